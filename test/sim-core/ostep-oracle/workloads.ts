/**
 * Random explicit workloads for the three OSTEP simulators, their `schedlab ostep` flags, and a
 * comparison of an adapter report against the oracle. Shared by ostep-oracle.test.ts.
 */
import fc from 'fast-check'
import { ostepAdapter, type OstepSim } from '../../../sim-core/compat/ostep/index'
import { simulate, validateScenario } from '../../../sim-core/index'
import { mlfqOracle } from './mlfq'
import { parseProgram, processRunOracle, type IoDoneMode, type SwitchMode } from './process-run'
import { schedulerOracle, type SchedulerPolicy } from './scheduler'

/** The hidden checker's (and the brief's) tolerance for the printed `%.2f` averages. */
export const AVERAGE_TOLERANCE = 0.005

// ----------------------------------------------------------------------------------------------
// Running the product

/** argv -> ostepAdapter -> validateScenario -> simulate -> report. */
export function runProduct(sim: OstepSim, argv: readonly string[]): unknown {
  const run = ostepAdapter(sim, argv)
  const v = validateScenario(run.scenario)
  if (!v.ok) {
    throw new Error(
      `ostep ${sim} ${argv.join(' ')}: scenario rejected: ${JSON.stringify(v.problems)}`
    )
  }
  return run.report(simulate(v.scenario))
}

// ----------------------------------------------------------------------------------------------
// Comparing (field by field, so the diff names what differs)

type Row = Record<string, unknown>

const isRow = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x)

function rows(x: unknown, what: string): Row[] {
  if (!Array.isArray(x) || !x.every(isRow)) throw new Error(`${what}: expected an array of objects`)
  return x
}

/** Differences between a report's per-item rows and the oracle's, on the given integer fields. */
function diffRows(
  label: string,
  actual: unknown,
  expected: readonly Row[],
  keys: readonly string[]
): string[] {
  const got = rows(actual, label)
  const out: string[] = []
  if (got.length !== expected.length)
    out.push(`${label}: ${got.length} rows, want ${expected.length}`)
  for (let i = 0; i < Math.min(got.length, expected.length); i++) {
    for (const k of keys) {
      if (!Object.is(got[i][k], expected[i][k])) {
        out.push(`${label}[${i}].${k}: got ${String(got[i][k])}, want ${String(expected[i][k])}`)
      }
    }
  }
  return out
}

function diffAverages(actual: unknown, expected: Record<string, number>): string[] {
  if (!isRow(actual)) return ['average: missing']
  const out: string[] = []
  for (const [k, want] of Object.entries(expected)) {
    const got = actual[k]
    if (typeof got !== 'number' || !(Math.abs(got - want) <= AVERAGE_TOLERANCE + 1e-9)) {
      out.push(
        `average.${k}: got ${String(got)}, want ${want} (printed %.2f, ±${AVERAGE_TOLERANCE})`
      )
    }
  }
  return out
}

// ----------------------------------------------------------------------------------------------
// scheduler

export interface SchedulerWorkload {
  policy: SchedulerPolicy
  quantum: number
  lengths: number[]
}

export const schedulerWorkload: fc.Arbitrary<SchedulerWorkload> = fc.record({
  policy: fc.constantFrom<SchedulerPolicy>('FIFO', 'SJF', 'RR'),
  quantum: fc.integer({ min: 1, max: 6 }),
  lengths: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 8 })
})

export const schedulerFlags = (w: SchedulerWorkload): string[] => [
  '-p',
  w.policy,
  '-q',
  String(w.quantum),
  '-l',
  w.lengths.join(',')
]

export function schedulerDiff(w: SchedulerWorkload): string[] {
  const want = schedulerOracle(w.lengths, w.policy, w.quantum)
  const got = runProduct('scheduler', schedulerFlags(w))
  if (!isRow(got)) return ['report is not an object']
  return [
    ...diffRows('jobs', got.jobs, want.jobs as unknown as Row[], [
      'id',
      'response',
      'turnaround',
      'wait',
      'completion'
    ]),
    ...diffAverages(got.average, want.average)
  ]
}

// ----------------------------------------------------------------------------------------------
// process-run

export interface ProcessRunWorkload {
  /** `-P` syntax per process, e.g. `c3,i,c2`. */
  programs: string[]
  ioLength: number
  switchMode: SwitchMode
  ioDoneMode: IoDoneMode
}

const programPart = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'i', 'i', 'i')

export const processRunWorkload: fc.Arbitrary<ProcessRunWorkload> = fc.record({
  programs: fc.array(
    fc.array(programPart, { minLength: 1, maxLength: 5 }).map((p) => p.join(',')),
    { minLength: 1, maxLength: 4 }
  ),
  ioLength: fc.integer({ min: 0, max: 6 }),
  switchMode: fc.constantFrom<SwitchMode>('SWITCH_ON_IO', 'SWITCH_ON_END'),
  ioDoneMode: fc.constantFrom<IoDoneMode>('IO_RUN_LATER', 'IO_RUN_IMMEDIATE')
})

export const processRunFlags = (w: ProcessRunWorkload): string[] => [
  '-P',
  w.programs.join(':'),
  '-L',
  String(w.ioLength),
  '-S',
  w.switchMode,
  '-I',
  w.ioDoneMode
]

export function processRunDiff(w: ProcessRunWorkload): string[] {
  const want = processRunOracle(
    w.programs.map(parseProgram),
    w.ioLength,
    w.switchMode,
    w.ioDoneMode
  )
  const got = runProduct('process-run', processRunFlags(w))
  if (!isRow(got)) return ['report is not an object']
  const out: string[] = []
  for (const k of ['total_time', 'cpu_busy', 'io_busy'] as const) {
    if (got[k] !== want[k]) out.push(`${k}: got ${String(got[k])}, want ${want[k]}`)
  }
  out.push(
    ...diffRows('processes', got.processes, want.processes as unknown as Row[], [
      'pid',
      'first_run_tick',
      'finish_tick',
      'cpu_ticks'
    ])
  )
  return out
}

// ----------------------------------------------------------------------------------------------
// mlfq

export interface MlfqWorkload {
  /** Highest priority first. */
  quanta: number[]
  /** Highest priority first. */
  allotments: number[]
  /** Express the levels as `-n N -q Q -a A` (only when all levels are equal). */
  uniformFlags: boolean
  jobs: { start: number; run: number; ioFreq: number }[]
  ioTime: number
  boost: number
  stay: boolean
  iobump: boolean
}

const mlfqLevels = fc.oneof(
  // per-level lists: -Q/-A
  fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.record({
      quanta: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
      allotments: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }),
      uniformFlags: fc.constant(false)
    })
  ),
  // one value for all levels: -n/-q/-a
  fc
    .record({
      n: fc.integer({ min: 1, max: 4 }),
      q: fc.integer({ min: 1, max: 10 }),
      a: fc.integer({ min: 1, max: 3 })
    })
    .map(({ n, q, a }) => ({
      quanta: Array.from({ length: n }, () => q),
      allotments: Array.from({ length: n }, () => a),
      uniformFlags: true
    }))
)

export const mlfqWorkload: fc.Arbitrary<MlfqWorkload> = fc
  .record({
    levels: mlfqLevels,
    jobs: fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: 30 }),
        run: fc.integer({ min: 1, max: 60 }),
        ioFreq: fc.integer({ min: 0, max: 10 })
      }),
      { minLength: 1, maxLength: 4 }
    ),
    ioTime: fc.integer({ min: 0, max: 6 }),
    boost: fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 60 })),
    stay: fc.boolean(),
    iobump: fc.boolean()
  })
  .map(({ levels, ...rest }) => ({ ...levels, ...rest }))

export function mlfqFlags(w: MlfqWorkload): string[] {
  const out = w.uniformFlags
    ? ['-n', String(w.quanta.length), '-q', String(w.quanta[0]), '-a', String(w.allotments[0])]
    : ['-Q', w.quanta.join(','), '-A', w.allotments.join(',')]
  out.push('-l', w.jobs.map((j) => `${j.start},${j.run},${j.ioFreq}`).join(':'))
  out.push('-i', String(w.ioTime), '-B', String(w.boost))
  if (w.stay) out.push('-S')
  if (w.iobump) out.push('-I')
  return out
}

export function mlfqDiff(w: MlfqWorkload): string[] {
  const want = mlfqOracle(w.jobs, {
    quantumHiFirst: w.quanta,
    allotmentHiFirst: w.allotments,
    boost: w.boost,
    ioTime: w.ioTime,
    stay: w.stay,
    iobump: w.iobump
  })
  const got = runProduct('mlfq', mlfqFlags(w))
  if (!isRow(got)) return ['report is not an object']
  return [
    ...diffRows('jobs', got.jobs, want.jobs as unknown as Row[], [
      'id',
      'response',
      'turnaround',
      'first_run',
      'finish'
    ]),
    ...diffAverages(got.average, want.average)
  ]
}
