// onMiss "abort" beyond the running or queued job (issue 13): the real-time class above a fair
// policy (scheduler.realtimeOnMiss), and a job blocked in a sleep or an I/O at its deadline.
// The figures follow from docs/policies.md, "edf and rm" and "realtime".
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario, type Scenario } from '../../sim-core/index'

function scenario(
  scheduler: Record<string, unknown>,
  threads: Record<string, unknown>[]
): Scenario {
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'rt',
    machine: { cores: 1 },
    scheduler,
    processes: [{ name: 'p', threads }]
  })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return v.scenario
}

const jobsOf = (r: ReturnType<typeof simulate>, thread: string) =>
  r.jobs
    .filter((j) => j.thread === `p/${thread}`)
    .map((j) => [j.release, j.finish, j.missed, j.aborted ?? false])

/** Overloaded: two periodic threads of period 4 and C 3 (U = 1.5). */
const OVERLOAD = [
  { name: 'A', periodic: { period: 4, jobs: 2 }, ops: [{ cpu: 3 }] },
  { name: 'B', periodic: { period: 4, jobs: 2 }, ops: [{ cpu: 3 }] }
]

describe('scheduler.realtimeOnMiss', () => {
  it('"abort" drops a late job of the real-time class above rr', () => {
    // rr + realtime "edf": equal deadlines go to A (listed first): A 0-3, B 3-4; at 4 B's job 0
    // (deadline 4) is dropped after 1 of its 3 ticks; both release: A 4-7, B 7-8, dropped at 8,
    // its last job: B ends at 8 with 2 ticks of CPU.
    const r = simulate(
      scenario({ policy: 'rr', quantum: 4, realtime: 'edf', realtimeOnMiss: 'abort' }, OVERLOAD)
    )
    expect(jobsOf(r, 'A')).toEqual([
      [0, 3, false, false],
      [4, 7, false, false]
    ])
    expect(jobsOf(r, 'B')).toEqual([
      [0, null, true, true],
      [4, null, true, true]
    ])
    expect(r.threads.find((t) => t.id === 'p/B')?.cpu).toBe(2)
  })

  it('absent, late jobs run to their end (as "continue")', () => {
    // A 0-3, B 3-4; at 4 B's job 0 (key: deadline 4) keeps the core against A's job 1 (8):
    // B 4-6 (late); B's job 1 (deadline 8) queues behind A's (8, listed first): A 6-9 and B
    // 9-12, both late. Three misses, none aborted.
    const r = simulate(scenario({ policy: 'rr', quantum: 4, realtime: 'edf' }, OVERLOAD))
    expect(jobsOf(r, 'B')).toEqual([
      [0, 6, true, false],
      [4, 12, true, false]
    ])
    expect(jobsOf(r, 'A')).toEqual([
      [0, 3, false, false],
      [4, 9, true, false]
    ])
  })
})

describe('onMiss "abort" and a job blocked at its deadline', () => {
  for (const op of ['sleep', 'io'] as const) {
    it(`a job in a ${op} at its deadline is dropped there; the thread then starts its next job`, () => {
      // edf (onMiss "abort" by default), period 10, 2 jobs of cpu 2, ${op} 10, cpu 1. Job 0
      // runs 0-2 and blocks 2-12; at its deadline 10 it is dropped (a miss, aborted). Job 1
      // is released at 10; the thread wakes at 12 and starts it from its first op: 12-14,
      // blocks 14-24; dropped at 20; it wakes at 24 after its last job and exits. CPU 2 + 2.
      // (Left alone, job 0 would end at 13 and job 1 at 26, both late, not aborted.)
      const r = simulate(
        scenario({ policy: 'edf' }, [
          {
            name: 'T',
            periodic: { period: 10, jobs: 2 },
            ops: [{ cpu: 2 }, { [op]: 10 }, { cpu: 1 }]
          }
        ])
      )
      expect(jobsOf(r, 'T')).toEqual([
        [0, null, true, true],
        [10, null, true, true]
      ])
      const t = r.threads.find((x) => x.id === 'p/T')
      expect([t?.cpu, t?.finish]).toEqual([4, 24])
      expect(r.summary.deadlineMisses).toBe(2)
    })
  }

  it('onMiss "continue" leaves the blocked job to run late', () => {
    // As above without the drop: job 0 wakes at 12 and ends 12-13 (late); job 1 (released 10)
    // runs 13-15, sleeps 15-25, ends 25-26 (late, deadline 20).
    const r = simulate(
      scenario({ policy: 'edf', onMiss: 'continue' }, [
        {
          name: 'T',
          periodic: { period: 10, jobs: 2 },
          ops: [{ cpu: 2 }, { sleep: 10 }, { cpu: 1 }]
        }
      ])
    )
    expect(jobsOf(r, 'T')).toEqual([
      [0, 13, true, false],
      [10, 26, true, false]
    ])
  })
})
