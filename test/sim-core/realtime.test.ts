// edf, rm and scheduler.realtime: small cases worked out by hand (the figures follow from the
// rules in docs/policies.md, "edf and rm").
import { describe, expect, it } from 'vitest'
import {
  POLICY_NAMES,
  schedulerFields,
  simulate,
  Simulation,
  validateScenario,
  type Scenario
} from '../../sim-core/index'

type Sched = Record<string, unknown>

function scenario(
  scheduler: Sched,
  threads: Record<string, unknown>[],
  cores = 1,
  maxTime?: number
): Scenario {
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'rt',
    machine: { cores },
    scheduler,
    processes: [{ name: 'p', threads }],
    ...(maxTime ? { limits: { maxTime } } : {})
  })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return v.scenario
}

/** T1: period 5, C 2 (u 0.4); T2: period 7, C 4 (u 0.571): U = 0.971, above RM's bound 2(√2−1) ≈ 0.828. */
const PAIR = [
  { name: 'T1', periodic: { period: 5, jobs: 7 }, ops: [{ cpu: 2 }] },
  { name: 'T2', periodic: { period: 7, jobs: 5 }, ops: [{ cpu: 4 }] }
]

const jobsOf = (r: ReturnType<typeof simulate>, thread: string) =>
  r.jobs
    .filter((j) => j.thread === `p/${thread}`)
    .map((j) => [j.release, j.finish, j.missed, j.aborted ?? false])

describe('edf and rm on one core', () => {
  it('EDF meets every deadline at U = 0.971 where RM misses one', () => {
    // EDF: T1 0-2, T2 2-5 (3 of 4); at 5 T1's job 1 (deadline 10) does not beat T2's 7: T2
    // finishes 6, T1 6-8; T2's job 1 (deadline 14) 8-12; T1's job 2 (15) 12-14; T2's job 2 (21)
    // 14-15, preempted at 15 by T1's job 3 (20) 15-17, T2 17-20; T1 20-22; T2 (28) 22-26; T1 (30)
    // 26-28; T2 (35) 28-32 (T1's job 6, released 30 with deadline 35, ties and does not preempt);
    // T1 32-34. No misses: U <= 1 is EDF's bound on one core.
    const edf = simulate(scenario({ policy: 'edf' }, PAIR))
    expect(edf.summary.deadlineMisses).toBe(0)
    expect(jobsOf(edf, 'T2')).toEqual([
      [0, 6, false, false],
      [7, 12, false, false],
      [14, 20, false, false],
      [21, 26, false, false],
      [28, 32, false, false]
    ])
    expect(jobsOf(edf, 'T1').map((j) => j[1])).toEqual([2, 8, 14, 17, 22, 28, 34])
    // RM (T1 first: shorter period): T1 0-2, T2 2-5, T1 5-7; at 7 T2's job 0 has 1 tick left at
    // its deadline: dropped (abort), a miss, and job 1 (released at 7) starts at once: 7-10, T1
    // 10-12, T2 12-13. Then T2 14-15, T1 15-17, T2 17-20; T1 20-22; T2 22-25, T1 25-27, T2 27-28
    // (exactly at its deadline 28: not a miss); T2 28-30, T1 30-32, T2 32-34.
    const rm = simulate(scenario({ policy: 'rm' }, PAIR))
    expect(rm.summary.deadlineMisses).toBe(1)
    expect(jobsOf(rm, 'T2')).toEqual([
      [0, null, true, true],
      [7, 13, false, false],
      [14, 20, false, false],
      [21, 28, false, false],
      [28, 34, false, false]
    ])
    expect(jobsOf(rm, 'T1').map((j) => j[1])).toEqual([2, 7, 12, 17, 22, 27, 32])
    // The dropped job ran 3 of its 4 ticks: T2 got 3 + 4·4 = 19 ticks of CPU.
    expect(rm.threads.find((t) => t.id === 'p/T2')?.cpu).toBe(19)
  })

  it('onMiss "continue": the late job runs to its end and counts as a miss; the next waits for it', () => {
    // RM as above until 7: T2's job 0 keeps running 7-8 (finish 8 > deadline 7: a miss); job 1
    // (released 7, deadline 14) 8-10, T1 10-12, T2 12-14 (at its deadline: met). From 14 on as
    // with abort.
    const rm = simulate(scenario({ policy: 'rm', onMiss: 'continue' }, PAIR))
    expect(rm.summary.deadlineMisses).toBe(1)
    expect(jobsOf(rm, 'T2').slice(0, 3)).toEqual([
      [0, 8, true, false],
      [7, 14, false, false],
      [14, 20, false, false]
    ])
    expect(rm.threads.find((t) => t.id === 'p/T2')?.cpu).toBe(20)
  })

  it('a job dropped while waiting leaves its queue, and the thread waits for its next release', () => {
    // EDF, overloaded: A (period 4, C 3) and B (period 4, C 3, listed second). Equal deadlines
    // go to A: A 0-3, B 3-4 (1 tick); at 4 B's job 0 is dropped (ran 1 of 3), both release
    // again: A 4-7, B 7-8, dropped at 8, ... Every B job is dropped; A meets all.
    const r = simulate(
      scenario({ policy: 'edf' }, [
        { name: 'A', periodic: { period: 4, jobs: 3 }, ops: [{ cpu: 3 }] },
        { name: 'B', periodic: { period: 4, jobs: 3 }, ops: [{ cpu: 3 }] }
      ])
    )
    expect(jobsOf(r, 'A').map((j) => j[1])).toEqual([3, 7, 11])
    expect(jobsOf(r, 'B')).toEqual([
      [0, null, true, true],
      [4, null, true, true],
      [8, null, true, true]
    ])
    expect(r.summary.deadlineMisses).toBe(3)
    expect(r.threads.find((t) => t.id === 'p/B')?.cpu).toBe(3)
  })

  it('non-periodic threads run below the periodic ones, FIFO, and are preempted by a release', () => {
    // 'batch' (C 10) runs 0-2 until P's job (period 5, C 2, offset 2) arrives: P 2-4, batch
    // 4-7, P 7-9, batch 9-14.
    const r = simulate(
      scenario({ policy: 'edf' }, [
        { name: 'batch', ops: [{ cpu: 10 }] },
        { name: 'P', periodic: { period: 5, offset: 2, jobs: 2 }, ops: [{ cpu: 2 }] }
      ])
    )
    expect(jobsOf(r, 'P').map((j) => j[1])).toEqual([4, 9])
    expect(r.threads.find((t) => t.id === 'p/batch')?.finish).toBe(14)
  })
})

describe('global edf on two cores', () => {
  it('a release displaces the running job with the latest deadline', () => {
    // X (deadline 100) and Y (deadline 50) start on cores 0 and 1 at time 0; Z arrives at 5 with
    // deadline 5 + 20 = 25: it displaces X (latest deadline, 100), which resumes when Z ends at 15.
    const sim = new Simulation(
      scenario(
        { policy: 'edf' },
        [
          { name: 'X', periodic: { period: 100, jobs: 1 }, ops: [{ cpu: 20 }] },
          { name: 'Y', periodic: { period: 50, jobs: 1 }, ops: [{ cpu: 20 }] },
          { name: 'Z', periodic: { period: 20, offset: 5, jobs: 1 }, ops: [{ cpu: 10 }] }
        ],
        2
      )
    )
    sim.step()
    const finish = Object.fromEntries(sim.tasks.map((t) => [t.threadName, t.finish]))
    // X ran 0-5 and 15-30; Y 0-20 undisturbed; Z 5-15.
    expect(finish).toEqual({ X: 30, Y: 20, Z: 15 })
    expect(sim.preemptions).toBe(1)
  })
})

describe('partitioned edf (per-core queues)', () => {
  // Utilizations 0.6 (A), 0.5 (B), 0.4 (D), 0.3 (C), taken in that (decreasing) order on 2 cores.
  const FOUR = [
    { name: 'A', periodic: { period: 10, jobs: 2 }, ops: [{ cpu: 6 }] },
    { name: 'B', periodic: { period: 10, jobs: 2 }, ops: [{ cpu: 5 }] },
    { name: 'C', periodic: { period: 10, jobs: 2 }, ops: [{ cpu: 3 }] },
    { name: 'D', periodic: { period: 10, jobs: 2 }, ops: [{ cpu: 4 }] }
  ]
  const coresOf = (partition: string) => {
    const sim = new Simulation(scenario({ policy: 'edf', queues: 'per-core', partition }, FOUR, 2))
    sim.step()
    expect(sim.migrations).toBe(0)
    return Object.fromEntries(sim.tasks.map((t) => [t.threadName, t.lastCpu]))
  }

  it('first-fit, best-fit and worst-fit by decreasing utilization', () => {
    // first-fit: A→0 (0.6); B: 0.6+0.5 > 1 → 1; D: fits 0 (1.0); C: 0 is full → 1 (0.8).
    expect(coresOf('first-fit')).toEqual({ A: 0, B: 1, C: 1, D: 0 })
    // best-fit (the fullest core that fits): A→0; B→1 (only fit); D: 0 (0.6) beats 1 (0.5);
    // C: only 1 fits. The same as first-fit here.
    expect(coresOf('best-fit')).toEqual({ A: 0, B: 1, C: 1, D: 0 })
    // worst-fit (the emptiest that fits): A→0; B→1; D→1 (0.5 < 0.6) = 0.9; C: 1 is 0.9 → 0.
    expect(coresOf('worst-fit')).toEqual({ A: 0, B: 1, C: 0, D: 1 })
  })

  it('a thread that fits on no core is a validation problem naming it', () => {
    const v = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'nofit',
      machine: { cores: 2 },
      scheduler: { policy: 'rm', queues: 'per-core' },
      processes: [
        {
          name: 'p',
          threads: ['a', 'b', 'c'].map((name) => ({
            name,
            periodic: { period: 10, jobs: 1 },
            ops: [{ cpu: 6 }]
          }))
        }
      ]
    })
    expect(v.ok).toBe(false)
    if (v.ok) return
    // Three threads of 0.6 on two cores: the third (c) fits on neither.
    expect(v.problems).toContainEqual(
      expect.objectContaining({
        path: 'processes[0].threads[2].periodic',
        code: 'partitionNoFit',
        message:
          'partitioned rm: periodic thread "p/c" (utilization 0.600) fits on no core by first-fit'
      })
    )
    // The same set as a realtime class over rr on per-core queues (partitioned first-fit).
    const rr = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'nofit',
      machine: { cores: 2 },
      scheduler: { policy: 'rr', realtime: 'edf', queues: 'per-core' },
      processes: [
        {
          name: 'p',
          threads: ['a', 'b', 'c'].map((name) => ({
            name,
            periodic: { period: 10, jobs: 1 },
            ops: [{ cpu: 6 }]
          }))
        }
      ]
    })
    expect(rr.ok ? [] : rr.problems.map((p) => p.message)).toEqual([
      'partitioned edf (realtime): periodic thread "p/c" (utilization 0.600) fits on no core by first-fit'
    ])
  })
})

describe('scheduler.realtime: a real-time class above a fair policy', () => {
  const MIX = [
    { name: 'batch', ops: [{ cpu: 20 }] },
    { name: 'tick', periodic: { period: 10, offset: 1, jobs: 3 }, ops: [{ cpu: 2 }] }
  ]

  it('a periodic release preempts an rr thread at once', () => {
    // rr (quantum 4) with realtime "fifo": batch 0-1; tick's jobs (released 1, 11, 21) take the
    // core at once: 1-3, 11-13, 21-23; batch runs 3-11, 13-21 and its last 3 ticks 23-26.
    const r = simulate(scenario({ policy: 'rr', quantum: 4, realtime: 'fifo' }, MIX))
    expect(jobsOf(r, 'tick').map((j) => j[1])).toEqual([3, 13, 23])
    expect(r.threads.find((t) => t.id === 'p/batch')?.finish).toBe(26)
  })

  it('without it the periodic thread waits for the quantum', () => {
    // Plain rr: batch 0-4; tick (queued at 1) 4-6; batch 6-10 and 10-14 (alone, its slice
    // renews); tick's job 1 (released 11) waits for that slice to end: 14-16; batch 16-20 and
    // 20-24 (done: 4 + 8 + 8 = 20); job 2 (released 21) waits until 24: 24-26.
    const r = simulate(scenario({ policy: 'rr', quantum: 4 }, MIX))
    expect(jobsOf(r, 'tick').map((j) => j[1])).toEqual([6, 16, 26])
    expect(r.threads.find((t) => t.id === 'p/batch')?.finish).toBe(24)
  })

  it('is accepted by every policy but edf and rm, and puts the periodic job first under each', () => {
    const withRealtime = POLICY_NAMES.filter((p) => schedulerFields(p).includes('realtime'))
    expect(withRealtime).toEqual(POLICY_NAMES.filter((p) => p !== 'edf' && p !== 'rm'))
    // Whatever the policy below, tick's jobs (released 1, 11, 21) take the core at once and the
    // only other thread, batch, gets the rest: jobs end at 3, 13, 23 and batch at 20 + 6 = 26.
    for (const policy of withRealtime) {
      const r = simulate(scenario({ policy, realtime: 'edf' }, MIX))
      expect(
        jobsOf(r, 'tick').map((j) => j[1]),
        policy
      ).toEqual([3, 13, 23])
      expect(r.threads.find((t) => t.id === 'p/batch')?.finish, policy).toBe(26)
    }
  })

  it('the policy below still preempts on its own wakeups', () => {
    // priority (preemptive) under a realtime class: 'high' (priority 0) arrives at 3 and
    // preempts 'low' (priority 5) as plain priority would: low 0-3, high 3-5, low 5-12.
    const v = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'below',
      machine: { cores: 1 },
      scheduler: { policy: 'priority', realtime: 'edf' },
      processes: [
        { name: 'low', priority: 5, threads: [{ name: 'main', ops: [{ cpu: 10 }] }] },
        {
          name: 'high',
          priority: 0,
          threads: [{ name: 'main', arrival: 3, ops: [{ cpu: 2 }] }]
        }
      ]
    })
    if (!v.ok) throw new Error(JSON.stringify(v.problems))
    const r = simulate(v.scenario)
    expect(r.threads.map((t) => [t.id, t.finish])).toEqual([
      ['low/main', 12],
      ['high/main', 5]
    ])
  })

  it('edf inside the class orders the periodic threads by deadline over priority scheduling', () => {
    // priority + realtime "edf": L (period 20, C 5) and S (period 8, C 3), both released at 0:
    // S (deadline 8) first 0-3, then L (deadline 20) 3-8; S's job 1 (8, deadline 16) preempts
    // nothing (L has finished at 8): 8-11. The non-periodic 'bg' runs only in the gaps: 11-16.
    const r = simulate(
      scenario({ policy: 'priority', realtime: 'edf' }, [
        { name: 'bg', ops: [{ cpu: 5 }] },
        { name: 'L', periodic: { period: 20, jobs: 1 }, ops: [{ cpu: 5 }] },
        { name: 'S', periodic: { period: 8, jobs: 2 }, ops: [{ cpu: 3 }] }
      ])
    )
    expect(jobsOf(r, 'S').map((j) => j[1])).toEqual([3, 11])
    expect(jobsOf(r, 'L').map((j) => j[1])).toEqual([8])
    expect(r.threads.find((t) => t.id === 'p/bg')?.finish).toBe(16)
  })
})
