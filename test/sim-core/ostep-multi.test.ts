// OSTEP multi.py: an independent per-tick oracle (ostep-oracle/multi.ts) checked against every
// stored reference case, tick by tick; then the product (adapter -> ordinary scenario -> engine)
// checked against the reference answers and against the oracle on random workloads.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ostepAdapter } from '../../sim-core/compat/ostep/index'
import type { MultiReport } from '../../sim-core/compat/ostep/multi'
import { simulate, validateScenario } from '../../sim-core/index'
import { referenceCases } from '../helpers/reference'
import { pyRound2 } from './ostep-oracle/py-format'
import { multiOracle, type MultiOracleJob, type MultiOracleParams } from './ostep-oracle/multi'

interface MultiCase {
  case: string
  options: string[]
  params: {
    num_cpus: number
    quantum: number
    per_cpu_queues: boolean
    peek_interval: number
    warmup_time: number
    warm_rate: number
    cache_size: number
  }
  jobs: { name: string; run_time: number; working_set: number; affinity: number[] | null }[]
  expected: {
    finish_time: number
    cpus: {
      cpu: number
      utilization_pct: number
      warm_pct: number
      ran_ticks: number
      warm_ticks: number
    }[]
    jobs: { name: string; finish: number }[]
    initial_queues: Record<string, string[]>
    trace: { t: number; cpus: [string | null, number | null, string][] }[]
  }
}

const cases = referenceCases<MultiCase>('ostep/cases', (f) => /^multi-\d+\.json$/.test(f)).map(
  (c) => c.data
)

const oracleJobs = (c: MultiCase): MultiOracleJob[] =>
  c.jobs.map((j) => ({
    name: j.name,
    run: j.run_time,
    ws: j.working_set,
    affinity: j.affinity ?? []
  }))

const oracleParams = (c: MultiCase): MultiOracleParams => ({
  cpus: c.params.num_cpus,
  quantum: c.params.quantum,
  perCpu: c.params.per_cpu_queues,
  peek: c.params.peek_interval,
  warmup: c.params.warmup_time,
  warmRate: c.params.warm_rate,
  cacheSize: c.params.cache_size
})

/** The case as explicit-workload flags (a random -s/-j workload becomes its -L list). */
export function multiFlags(c: MultiCase): string[] {
  const p = c.params
  const flags = [
    '-n',
    String(p.num_cpus),
    '-q',
    String(p.quantum),
    '-L',
    c.jobs.map((j) => `${j.name}:${j.run_time}:${j.working_set}`).join(','),
    '-P',
    String(p.peek_interval),
    '-w',
    String(p.warmup_time),
    '-r',
    String(p.warm_rate),
    '-M',
    String(p.cache_size)
  ]
  const pinned = c.jobs.filter((j) => j.affinity && j.affinity.length > 0)
  if (pinned.length > 0)
    flags.push('-A', pinned.map((j) => `${j.name}:${(j.affinity ?? []).join('.')}`).join(','))
  if (p.per_cpu_queues) flags.push('-p')
  return flags
}

function runProduct(flags: string[]): MultiReport {
  const run = ostepAdapter('multi', flags)
  const valid = validateScenario(run.scenario)
  if (!valid.ok) throw new Error(valid.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  return run.report(simulate(valid.scenario)) as MultiReport
}

describe('multi oracle vs. the stored reference cases', () => {
  it('finds the multi cases', () => expect(cases.length).toBeGreaterThanOrEqual(8))
  for (const c of cases) {
    it(`${c.case}: reproduces finish time, per-cpu ticks, finishes and the per-tick trace`, () => {
      const got = multiOracle(oracleJobs(c), oracleParams(c))
      expect(got.finish_time).toBe(c.expected.finish_time)
      expect(got.cpus.map((x) => [x.ran, x.warm])).toEqual(
        c.expected.cpus.map((x) => [x.ran_ticks, x.warm_ticks])
      )
      expect(got.jobs).toEqual(c.expected.jobs.map((j) => ({ name: j.name, finish: j.finish })))
      expect(got.initial_queues).toEqual(c.expected.initial_queues)
      expect(got.trace).toEqual(c.expected.trace.map((r) => ({ t: r.t, cpus: r.cpus })))
    })
  }
})

describe('schedlab ostep multi (adapter + engine) vs. the reference cases', () => {
  for (const c of cases) {
    it(`${c.case}: ${c.options.join(' ')}`, () => {
      const got = runProduct(multiFlags(c))
      expect(got.finish_time).toBe(c.expected.finish_time)
      expect(got.jobs).toEqual(c.expected.jobs.map((j) => ({ name: j.name, finish: j.finish })))
      expect(got.cpus).toEqual(
        c.expected.cpus.map((x) => ({
          cpu: x.cpu,
          utilization_pct: x.utilization_pct,
          warm_pct: x.warm_pct
        }))
      )
    })
  }
})

/** Random explicit workloads on minCpus..maxCpus CPUs, small enough to run hundreds. */
const workloadOn = (minCpus: number, maxCpus: number) =>
  fc
    .record({
      cpus: fc.integer({ min: minCpus, max: maxCpus }),
      quantum: fc.integer({ min: 1, max: 12 }),
      warmup: fc.integer({ min: 0, max: 12 }),
      warmRate: fc.integer({ min: 1, max: 4 }),
      cacheSize: fc.integer({ min: 10, max: 150 }),
      jobs: fc.array(
        fc.record({
          run: fc.integer({ min: 0, max: 80 }),
          ws: fc.integer({ min: 0, max: 200 }),
          pin: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1 }), {
            nil: undefined
          })
        }),
        { minLength: 1, maxLength: 6 }
      )
    })
    .map((w) => ({
      ...w,
      jobs: w.jobs.map((j, i) => ({
        name: String.fromCharCode(97 + i),
        run: j.run,
        ws: j.ws,
        affinity: (j.pin ?? []).filter((c) => c < w.cpus)
      }))
    }))
const workload = workloadOn(1, 4)

type Workload = typeof workload extends fc.Arbitrary<infer W> ? W : never

function flagsOf(w: Workload, perCpu: boolean, peek: number): string[] {
  const f = [
    '-n',
    String(w.cpus),
    '-q',
    String(w.quantum),
    '-w',
    String(w.warmup),
    '-r',
    String(w.warmRate),
    '-M',
    String(w.cacheSize),
    '-P',
    String(peek),
    '-L',
    w.jobs.map((j) => `${j.name}:${j.run}:${j.ws}`).join(',')
  ]
  const pinned = w.jobs.filter((j) => j.affinity.length > 0)
  if (pinned.length > 0)
    f.push('-A', pinned.map((j) => `${j.name}:${j.affinity.join('.')}`).join(','))
  if (perCpu) f.push('-p')
  return f
}

function oracleOf(
  w: Workload,
  perCpu: boolean,
  peek: number,
  victim?: MultiOracleParams['victim']
) {
  return multiOracle(w.jobs, {
    cpus: w.cpus,
    quantum: w.quantum,
    perCpu,
    peek,
    warmup: w.warmup,
    warmRate: w.warmRate,
    cacheSize: w.cacheSize,
    victim
  })
}

/** A random victim among the other CPUs, from a small seeded generator (upstream: random.choice). */
function randomVictim(seed: number): NonNullable<MultiOracleParams['victim']> {
  let x = seed * 2654435761 + 1
  return (thief, cpus) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    const k = (x >>> 8) % (cpus - 1)
    return k < thief ? k : k + 1
  }
}

/** As upstream's case generator did: 12 seeds. */
const VICTIM_SEEDS = Array.from({ length: 12 }, (_, seed) => seed)

/** Whether the oracle's answer is the same whichever CPU a thief robs (as the generator kept cases). */
function victimIndependent(w: Workload, peek: number): boolean {
  const answers = VICTIM_SEEDS.map((seed) => {
    const r = oracleOf(w, true, peek, randomVictim(seed))
    return JSON.stringify([r.finish_time, r.cpus, r.jobs])
  })
  return answers.every((a) => a === answers[0])
}

function compare(w: Workload, perCpu: boolean, peek: number): void {
  const want = oracleOf(w, perCpu, peek)
  const got = runProduct(flagsOf(w, perCpu, peek))
  // As upstream prints them, '%3.2f' (ties to even on the exact binary value).
  const pct = (n: number) => pyRound2((100 * n) / want.finish_time)
  expect({ finish: got.finish_time, jobs: got.jobs, cpus: got.cpus }).toEqual({
    finish: want.finish_time,
    jobs: want.jobs,
    cpus: want.cpus.map((x) => ({
      cpu: x.cpu,
      utilization_pct: pct(x.ran),
      warm_pct: pct(x.warm)
    }))
  })
}

describe('schedlab ostep multi vs. the oracle on random workloads', () => {
  it('one central queue (affinity, warm-up 0, zero-length jobs, jobs larger than the cache)', () => {
    fc.assert(
      fc.property(workload, (w) => compare(w, false, 0)),
      { seed: 12, numRuns: 300 }
    )
  })

  it('per-CPU queues without stealing (round-robin assignment under affinity, requeue on the own CPU)', () => {
    fc.assert(
      fc.property(workload, (w) => compare(w, true, 0)),
      { seed: 13, numRuns: 200 }
    )
  })

  it('per-CPU queues with stealing on 3-4 CPUs, where the answer does not depend on the victim', () => {
    let compared = 0
    fc.assert(
      fc.property(workloadOn(3, 4), fc.integer({ min: 1, max: 30 }), (w, peek) => {
        fc.pre(!w.jobs.some((j) => j.affinity.length > 0 && (j.run < 4 || j.ws < 4)))
        fc.pre(victimIndependent(w, peek))
        compared++
        compare(w, true, peek)
      }),
      { seed: 15, numRuns: 150 }
    )
    // The filter must leave real work to compare.
    expect(compared).toBeGreaterThan(50)
  })

  it('per-CPU queues with stealing on two CPUs (the victim is forced, as upstream)', () => {
    fc.assert(
      fc.property(workloadOn(2, 2), fc.integer({ min: 1, max: 30 }), (w, peek) => {
        // Upstream's check would let CPU c steal a pinned job whose run time or working set is c
        // (a documented difference): leave those out.
        fc.pre(!w.jobs.some((j) => j.affinity.length > 0 && (j.run < 2 || j.ws < 2)))
        compare(w, true, peek)
      }),
      { seed: 14, numRuns: 200 }
    )
  })
})
