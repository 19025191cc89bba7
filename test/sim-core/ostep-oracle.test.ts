/**
 * Second pair of eyes on the OSTEP compatibility layer.
 *
 * test/sim-core/ostep-oracle/ holds an independent, literal per-tick re-implementation ("oracle") of
 * scheduler.py, mlfq.py and process-run.py, written only from
 * test/fixtures/reference/ostep/SEMANTICS.md (not from the adapters or the engine). This file
 *  (a) checks the oracle against every stored reference case of those kinds, including the
 *      per-tick traces / schedules / event logs, which validates the oracle itself;
 *  (b) checks the product (ostepAdapter -> validateScenario -> simulate -> report) against the
 *      oracle on random explicit workloads (fast-check, fixed seed);
 *  (c) keeps every disagreement found (now fixed) as its own regression test with minimal flags.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mlfqOracle } from './ostep-oracle/mlfq'
import {
  processRunOracle,
  type Instr,
  type IoDoneMode,
  type SwitchMode
} from './ostep-oracle/process-run'
import { REFERENCE_DIR } from '../helpers/reference'
import { pyRound2 } from './ostep-oracle/py-format'
import { schedulerOracle, type SchedulerPolicy } from './ostep-oracle/scheduler'
import {
  AVERAGE_TOLERANCE,
  mlfqDiff,
  mlfqFlags,
  mlfqWorkload,
  processRunDiff,
  processRunFlags,
  processRunWorkload,
  schedulerDiff,
  schedulerFlags,
  schedulerWorkload,
  type MlfqWorkload,
  type SchedulerWorkload
} from './ostep-oracle/workloads'

// ------------------------------------------------------------------------------------------------
// Reference cases

/** The reference cases are kept inside the repository (see test/fixtures/reference/README.md). */
const CASES_DIR = join(REFERENCE_DIR, 'ostep', 'cases')
const KINDS = ['scheduler', 'mlfq', 'process-run'] as const
type Kind = (typeof KINDS)[number]

interface SchedulerCase {
  case: string
  sim: 'scheduler'
  params: { policy: SchedulerPolicy; quantum: number | null }
  jobs: { id: number; arrival: number; length: number }[]
  expected: {
    jobs: { id: number; response: number; turnaround: number; wait: number; completion: number }[]
    average: { response: number; turnaround: number; wait: number }
    trace: { time: number; job: number; ran: number; done_at: number | null }[]
    run_order: number[]
    total_time: number
  }
}

interface MlfqCase {
  case: string
  sim: 'mlfq'
  params: {
    quantum_by_level: number[]
    allotment_by_level: number[]
    boost: number
    io_time: number
    stay: boolean
    iobump: boolean
  }
  jobs: { id: number; start: number; run: number; io_freq: number }[]
  expected: {
    jobs: { id: number; response: number; turnaround: number; first_run: number; finish: number }[]
    average: { response: number; turnaround: number }
    total_time: number
    schedule: unknown[]
    events: unknown[]
  }
}

interface ProcessRunCase {
  case: string
  sim: 'process-run'
  params: { switch: SwitchMode; io_done: IoDoneMode; io_length: number }
  jobs: { pid: number; instructions: Instr[]; program: string }[]
  expected: {
    total_time: number
    cpu_busy: number
    io_busy: number
    processes: unknown[]
    trace: unknown[]
  }
}

type RefCase = SchedulerCase | MlfqCase | ProcessRunCase

function loadCases(): { cases: RefCase[]; error: string | null } {
  const where = `the OSTEP reference cases are expected in ${CASES_DIR} (test/fixtures/reference/ostep/cases)`
  if (!existsSync(CASES_DIR)) return { cases: [], error: `missing folder: ${where}` }
  const cases: RefCase[] = []
  for (const name of readdirSync(CASES_DIR).sort()) {
    if (!name.endsWith('.json')) continue
    const parsed = JSON.parse(readFileSync(join(CASES_DIR, name), 'utf8')) as unknown as {
      sim?: unknown
    }
    if ((KINDS as readonly unknown[]).includes(parsed.sim)) cases.push(parsed as RefCase)
  }
  const missing = KINDS.filter((k) => !cases.some((c) => c.sim === k))
  if (missing.length > 0) {
    return { cases, error: `no reference case of kind ${missing.join(', ')}: ${where}` }
  }
  return { cases, error: null }
}

const { cases: CASES, error: CASES_ERROR } = loadCases()
const casesOf = <K extends Kind>(kind: K): Extract<RefCase, { sim: K }>[] =>
  CASES.filter((c): c is Extract<RefCase, { sim: K }> => c.sim === kind)

function expectAverages(got: Record<string, number>, want: Record<string, number>): void {
  for (const [k, v] of Object.entries(want)) {
    expect(
      Math.abs(got[k] - v),
      `average.${k}: oracle ${got[k]}, expected ${v}`
    ).toBeLessThanOrEqual(AVERAGE_TOLERANCE + 1e-9)
  }
}

describe('OSTEP oracle vs. stored reference cases', () => {
  it('finds the reference cases of kinds scheduler, mlfq and process-run', () => {
    if (CASES_ERROR !== null) throw new Error(CASES_ERROR)
    expect(CASES.length).toBeGreaterThan(0)
  })

  for (const c of casesOf('scheduler')) {
    it(`${c.case}: scheduler oracle reproduces jobs, averages and trace`, () => {
      const r = schedulerOracle(
        c.jobs.map((j) => j.length),
        c.params.policy,
        c.params.quantum ?? 1
      )
      expect(r.jobs).toEqual(c.expected.jobs)
      expectAverages(r.average, c.expected.average)
      expect(r.trace).toEqual(c.expected.trace)
      expect(r.run_order).toEqual(c.expected.run_order)
      expect(r.total_time).toBe(c.expected.total_time)
    })
  }

  for (const c of casesOf('mlfq')) {
    it(`${c.case}: mlfq oracle reproduces jobs, averages, schedule and events`, () => {
      const p = c.params
      const r = mlfqOracle(
        c.jobs.map((j) => ({ start: j.start, run: j.run, ioFreq: j.io_freq })),
        {
          quantumHiFirst: p.quantum_by_level,
          allotmentHiFirst: p.allotment_by_level,
          boost: p.boost,
          ioTime: p.io_time,
          stay: p.stay,
          iobump: p.iobump
        }
      )
      expect(r.jobs).toEqual(c.expected.jobs)
      expectAverages(r.average, c.expected.average)
      expect(r.total_time).toBe(c.expected.total_time)
      expect(r.schedule).toEqual(c.expected.schedule)
      expect(r.events).toEqual(c.expected.events)
    })
  }

  for (const c of casesOf('process-run')) {
    it(`${c.case}: process-run oracle reproduces stats, processes and per-tick trace`, () => {
      const r = processRunOracle(
        c.jobs.map((j) => j.instructions),
        c.params.io_length,
        c.params.switch,
        c.params.io_done
      )
      expect(r.trace).toEqual(c.expected.trace)
      expect(r.processes).toEqual(c.expected.processes)
      expect(r.total_time).toBe(c.expected.total_time)
      expect(r.cpu_busy).toBe(c.expected.cpu_busy)
      expect(r.io_busy).toBe(c.expected.io_busy)
    })
  }

  it("pyRound2 matches CPython's '%.2f' (ties to even on the exact binary value)", () => {
    // Values checked against CPython 3: '%.2f' % x
    const py: [number, number][] = [
      [0.125, 0.12],
      [0.375, 0.38],
      [4.625, 4.62],
      [5.125, 5.12],
      [11.875, 11.88],
      [2.675, 2.67],
      [1.005, 1],
      [0.015, 0.01],
      [0.025, 0.03],
      [8 + 2 / 3, 8.67],
      [170 + 2 / 3, 170.67],
      [178.5, 178.5]
    ]
    for (const [x, want] of py) expect(pyRound2(x), String(x)).toBe(want)
  })
})

// ------------------------------------------------------------------------------------------------
// Product vs. oracle on random workloads

/** Fixed, so the runs are deterministic; fast-check prints the shrunk counterexample on failure. */
const SEED = 20_251_128
const RUNS = { scheduler: 600, processRun: 600, mlfq: 600 } as const

type Check = 'per-job' | 'averages' | 'all'
const pick = (diffs: string[], check: Check): string[] =>
  check === 'all' ? diffs : diffs.filter((d) => d.startsWith('average') === (check === 'averages'))

function agree<T>(
  arb: fc.Arbitrary<T>,
  numRuns: number,
  diff: (w: T) => string[],
  flags: (w: T) => string[],
  check: Check
): void {
  fc.assert(
    fc.property(arb, (w) => {
      const d = pick(diff(w), check)
      if (d.length > 0) throw new Error(`flags: ${flags(w).join(' ')}\n  ${d.join('\n  ')}`)
    }),
    { seed: SEED, numRuns }
  )
}

describe('OSTEP product (adapter + engine) vs. oracle on random explicit workloads', () => {
  it(`scheduler: per-job response/turnaround/wait/completion agree (${RUNS.scheduler} workloads)`, () => {
    agree(schedulerWorkload, RUNS.scheduler, schedulerDiff, schedulerFlags, 'per-job')
  })
  it(`scheduler: printed averages agree within ${AVERAGE_TOLERANCE} (${RUNS.scheduler} workloads)`, () => {
    agree(schedulerWorkload, RUNS.scheduler, schedulerDiff, schedulerFlags, 'averages')
  })
  it(`process-run: stats and per-process ticks agree (${RUNS.processRun} workloads)`, () => {
    agree(processRunWorkload, RUNS.processRun, processRunDiff, processRunFlags, 'all')
  })
  it(`mlfq: per-job response/turnaround/first_run/finish agree (${RUNS.mlfq} workloads)`, () => {
    agree(mlfqWorkload, RUNS.mlfq, mlfqDiff, mlfqFlags, 'per-job')
  })
  it(`mlfq: printed averages agree within ${AVERAGE_TOLERANCE} (${RUNS.mlfq} workloads)`, () => {
    agree(mlfqWorkload, RUNS.mlfq, mlfqDiff, mlfqFlags, 'averages')
  })
})

// ------------------------------------------------------------------------------------------------
// Disagreements found by the property tests, minimised. Each is a product bug (the oracle follows
// SEMANTICS.md); they are left failing on purpose until sim-core is fixed.

describe('OSTEP product vs. oracle: known disagreements (minimal flag sets)', () => {
  // Upstream prints averages with '%3.2f', i.e. CPython's correctly rounded formatting, which
  // rounds an exact binary tie to even: 37/8 = 4.625 prints "4.62". The product reports 4.63
  // (round half up), 0.01 away from the printed value, which is outside the 0.005 tolerance.
  // Hits any run whose mean is exactly x.125 or x.625 (e.g. 8 jobs with a sum = 1 or 5 mod 8).
  it('regression: scheduler averages round exact ties to even: -p FIFO -l 1,1,1,1,1,1,1,2 → turnaround 4.62, not 4.63', () => {
    const w: SchedulerWorkload = { policy: 'FIFO', quantum: 1, lengths: [1, 1, 1, 1, 1, 1, 1, 2] }
    expect(schedulerOracle(w.lengths, w.policy, w.quantum).average.turnaround).toBe(4.62)
    expect(schedulerDiff(w)).toEqual([])
  })

  it('regression: mlfq averages round exact ties to even: -n 1 -q 10 -l 0,1,0 ×7 + 0,2,0 → turnaround 4.62, not 4.63', () => {
    const w: MlfqWorkload = {
      quanta: [10],
      allotments: [1],
      uniformFlags: true,
      jobs: [1, 1, 1, 1, 1, 1, 1, 2].map((run) => ({ start: 0, run, ioFreq: 0 })),
      ioTime: 5,
      boost: 0,
      stay: false,
      iobump: false
    }
    expect(mlfqFlags(w).join(' ')).toBe(
      '-n 1 -q 10 -a 1 -l 0,1,0:0,1,0:0,1,0:0,1,0:0,1,0:0,1,0:0,1,0:0,2,0 -i 5 -B 0'
    )
    expect(mlfqDiff(w)).toEqual([])
  })
})
