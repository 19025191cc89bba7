// edf, rm and scheduler.realtime over random workloads (the engine-properties generator, with
// some threads made periodic): no policy violation, no overlap, and the job accounting adds up.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SegmentKind, simulate, validateScenario, type ScenarioInput } from '../../sim-core/index'
import { affinityScenarioArb, perCoreScenarioArb } from './arbitraries'

const RUNS = 150

/** Makes some threads periodic and puts the scenario under a real-time scheduler. */
const realtimeArb = (base: fc.Arbitrary<ScenarioInput>) =>
  fc
    .tuple(
      base,
      fc.oneof(
        fc.record({
          policy: fc.constantFrom('edf' as const, 'rm' as const),
          onMiss: fc.constantFrom('abort' as const, 'continue' as const),
          partition: fc.constantFrom(
            'first-fit' as const,
            'best-fit' as const,
            'worst-fit' as const
          )
        }),
        fc.record({
          policy: fc.constantFrom('rr' as const, 'priority' as const, 'mlfq' as const),
          realtime: fc.constantFrom('edf' as const, 'rm' as const, 'fifo' as const)
        })
      ),
      fc.array(
        fc.option(
          fc.record({
            period: fc.integer({ min: 4, max: 40 }),
            offset: fc.integer({ min: 0, max: 5 }),
            jobs: fc.integer({ min: 1, max: 4 })
          }),
          { nil: undefined }
        ),
        { minLength: 12, maxLength: 12 }
      )
    )
    .map(([s, sched, periodic]): ScenarioInput => {
      let k = 0
      const { policy: _p, ...rest } = s.scheduler as Record<string, unknown>
      const engine = Object.fromEntries(
        Object.entries(rest).filter(([key]) =>
          ['queues', 'balance', 'switchOnIo', 'ioCompletionPreempts', 'pickBeforeWakeups'].includes(
            key
          )
        )
      )
      return {
        ...s,
        scheduler: { ...engine, ...sched } as ScenarioInput['scheduler'],
        processes: s.processes.map((p) => ({
          ...p,
          threads: p.threads.map((t) => {
            const per = periodic[k++ % periodic.length]
            return per ? { ...t, periodic: per } : t
          })
        }))
      }
    })

function check(s: ScenarioInput): void {
  const v = validateScenario(s)
  // A partition that does not fit is a validation problem, not a run: that is its own test.
  if (!v.ok) {
    expect(v.problems.every((p) => p.code === 'partitionNoFit')).toBe(true)
    return
  }
  const r = simulate(v.scenario)
  expect(['completed', 'limit']).toContain(r.status)
  const byTask = new Map<number, [number, number][]>()
  for (let i = 0; i < r.trace.segments; i++) {
    if (r.trace.segKind[i] === SegmentKind.idle || r.trace.segKind[i] === SegmentKind.held) continue
    const list = byTask.get(r.trace.segTask[i]) ?? []
    list.push([r.trace.segStart[i], r.trace.segEnd[i]])
    byTask.set(r.trace.segTask[i], list)
  }
  for (const ivs of byTask.values()) {
    ivs.sort((a, b) => a[0] - b[0])
    for (let i = 1; i < ivs.length; i++) expect(ivs[i][0]).toBeGreaterThanOrEqual(ivs[i - 1][1])
  }
  // Every aborted row is a miss with no finish; a finished row is a miss iff it ended late.
  for (const j of r.jobs) {
    if (j.aborted) expect([j.finish, j.missed]).toEqual([null, true])
    else if (j.finish !== null) expect(j.missed).toBe(j.finish > j.deadline)
  }
  expect(r.summary.deadlineMisses).toBeGreaterThanOrEqual(r.jobs.filter((j) => j.missed).length)
}

describe('real-time scheduling invariants (fast-check)', () => {
  it('global queue, with thread affinity: runs end cleanly and jobs add up', () => {
    fc.assert(fc.property(realtimeArb(affinityScenarioArb), check), {
      numRuns: RUNS,
      seed: 1313
    })
  })

  it('per-core queues (partitioned), with balancing: runs end cleanly and jobs add up', () => {
    fc.assert(fc.property(realtimeArb(perCoreScenarioArb), check), { numRuns: RUNS, seed: 1314 })
  })
})
