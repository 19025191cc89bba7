// eevdf (issue 13 item 2): lag, eligibility, virtual deadlines, per-thread slices and lag kept
// across sleep. Every figure follows from the model in sim-core/sched/policies/eevdf.ts
// (docs/policies.md, "eevdf"): baseSlice 3; a new thread's first deadline is half a slice away
// (PLACE_DEADLINE_INITIAL); a thread runs until its vruntime reaches its deadline, in whole
// ticks rounded up. Virtual times below are in ticks (nice 0: 1 tick of CPU = 1 tick of vruntime).
import { describe, expect, it } from 'vitest'
import { hog, picks, run, runOneCore, shareRatio, type Input } from './fair-helpers'

/** The fair samples of thread `task` at time `at`, as [vruntime, lag, deadline]. */
function samples(r: ReturnType<typeof run>, task: number, at: number): number[][] {
  const t = r.trace
  const out: number[][] = []
  for (let i = 0; i < t.fairSamples; i++)
    if (t.fsTask[i] === task && t.fsTime[i] === at)
      out.push([t.fsVruntime[i], t.fsLag[i], t.fsDeadline[i]])
  return out
}

describe('eevdf shares follow the nice weights', () => {
  it('nice 0 vs nice 5 on one core share the CPU 1024 : 335 within 1%', () => {
    // Both run in 3-tick requests, but a thread is eligible only while its vruntime is at most
    // the weighted average V, so neither vruntime can run ahead of V by more than a slice:
    // cpuA / 1024 and cpuB / 335 stay within a few ticks of each other, and the ratio tends to
    // 1024 / 335 = 3.0567 (off by a few ticks in 100,000).
    const ratio = shareRatio({ policy: 'eevdf' }, 5, 100_000)
    expect(Math.abs(ratio / (1024 / 335) - 1)).toBeLessThan(0.01)
  })

  it('nice 0 vs nice 10 share the CPU 1024 : 110 within 1%', () => {
    const ratio = shareRatio({ policy: 'eevdf' }, 10, 100_000)
    expect(Math.abs(ratio / (1024 / 110) - 1)).toBeLessThan(0.01)
  })

  it('a shorter slice request changes the rhythm, not the share: slice 1 vs 3 share 1 : 1', () => {
    const r = runOneCore({ policy: 'eevdf' }, [hog('a', 0, { slice: 1 }), hog('b', 0)], 100_000)
    expect(Math.abs(r.threads[0].cpu / r.threads[1].cpu - 1)).toBeLessThan(0.01)
    // And with weights: a short slice on the nice-0 thread keeps 1024 : 335.
    const w = runOneCore({ policy: 'eevdf' }, [hog('a', 0, { slice: 1 }), hog('b', 5)], 100_000)
    expect(Math.abs(w.threads[0].cpu / w.threads[1].cpu / (1024 / 335) - 1)).toBeLessThan(0.01)
  })
})

describe('eevdf deadlines and slices (update_deadline, pick_eevdf)', () => {
  it('two nice-0 threads: a 0-2, b 2-4, then 3-tick slices in turn', () => {
    // Both placed at V = 0 with deadline 0 + 3 / 2 = 1.5; equal deadlines: a (queued first).
    // a runs until its vruntime reaches 1.5: 2 whole ticks (0-2), then deadline 2 + 3 = 5.
    // V = (2 + 0) / 2 = 1: only b (0) is eligible: b 2-4 (deadline 5). Both at vruntime 2,
    // deadline 5: a, queued first (at 2), runs 3 ticks to its deadline (4-7), then b (7-10).
    const r = runOneCore({ policy: 'eevdf' }, [hog('a'), hog('b')], 20)
    expect(picks(r).slice(0, 5)).toEqual([
      [0, 0],
      [2, 1],
      [4, 0],
      [7, 1],
      [10, 0]
    ])
    expect(samples(r, 0, 0)).toEqual([[0, 0, 1.5]])
    // At 2 a is queued again: vruntime 2, V = 1, lag −1, new deadline 5.
    expect(samples(r, 0, 2)).toEqual([[2, -1, 5]])
  })

  it('baseSlice sets the request: baseSlice 6 gives 6-tick turns after the first half slice', () => {
    // Deadlines 3 at first: a 0-3 (deadline 9), b 3-6 (9), a 6-12, b 12-18.
    const r = runOneCore({ policy: 'eevdf', baseSlice: 6 }, [hog('a'), hog('b')], 20)
    expect(picks(r).slice(0, 4)).toEqual([
      [0, 0],
      [3, 1],
      [6, 0],
      [12, 1]
    ])
  })
})

describe('eevdf wake-up: a short slice gets the CPU sooner', () => {
  // a computes from 0. Its turns: 0-2 (first half slice), then 3 ticks each: 2-5, 5-8, 8-11
  // (picked at 8 with vruntime 8, deadline 11). b wakes up new at 9 (wake_up_new_task: the
  // same preemption check as any wake-up): a's vruntime is 9 = V, so b is placed at V = 9 with
  // lag 0, eligible, deadline 9 + half its slice.
  const newcomer = (slice?: number): Input => ({
    machine: { cores: 1 },
    scheduler: { policy: 'eevdf' },
    processes: [
      hog('a'),
      { name: 'b', arrival: 9, threads: [{ name: 't', slice, ops: [{ cpu: 1 }] }] }
    ],
    limits: { maxTime: 30 }
  })

  it('slice 1: deadline 9.5, earlier than a’s 11, and a shorter request: b preempts a at 9', () => {
    const r = run(newcomer(1))
    expect(samples(r, 1, 9)).toEqual([[9, 0, 9.5]])
    expect(picks(r)).toContainEqual([9, 1])
    expect(r.threads[1].waiting).toBe(0)
  })

  it('the base slice: deadline 10.5 is earlier too, but a keeps its slice (RUN_TO_PARITY): b waits until 11', () => {
    // The same request as a's: no PREEMPT_SHORT, so a runs to its deadline. At 11 a has
    // vruntime 11 (new deadline 14) and b (9 ≤ V = 10, deadline 10.5) is picked.
    const r = run(newcomer())
    expect(samples(r, 1, 9)).toEqual([[9, 0, 10.5]])
    expect(picks(r)).toContainEqual([11, 1])
    expect(r.threads[1].waiting).toBe(2)
  })
})

describe('eevdf keeps lag across sleep (update_entity_lag, place_entity)', () => {
  it('b sleeps with lag +1 and wakes with lag +1, eligible, and preempts the ineligible a', () => {
    // a and b nice 0: a 0-2, b 2-4, a 4-7 (vruntime 5, deadline 8), b 7-8: b has done its 3
    // ticks (vruntime 3) and sleeps 50. V = (5 + 3) / 2 = 4: b's lag is 4 − 3 = +1 (within
    // the clamp of 2 slices = 6). a alone runs 3-tick turns from 8: picked at 56 with vruntime
    // 53 (deadline 56). At 58 (vruntime 55 = V) b wakes: placed at V − 1 × (1024 + 1024) / 1024
    // = 53, so that with b counted V = (55 + 53) / 2 = 54 and b's lag is again 1; deadline
    // 53 + 3 = 56. a (55 > 54) is ineligible, so it has no slice to protect: b preempts at 58.
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'eevdf' },
      processes: [
        hog('a'),
        { name: 'b', threads: [{ name: 't', ops: [{ cpu: 3 }, { sleep: 50 }, { cpu: 5 }] }] }
      ],
      limits: { maxTime: 80 }
    })
    expect(samples(r, 1, 8)).toEqual([[3, 1, 5]])
    expect(samples(r, 1, 58)).toEqual([[53, 1, 56]])
    expect(picks(r)).toContainEqual([58, 1])
  })
})

describe('eevdf on several cores', () => {
  it('per-core queues with balancing: each core shares by weight', () => {
    // As for cfs: a, c (nice 0) on one core and b, d (nice 5) on the other; each pair 1 : 1.
    const r = run({
      machine: { cores: 2 },
      scheduler: { policy: 'eevdf', queues: 'per-core', balance: { interval: 10, steal: true } },
      processes: [hog('a', 0), hog('b', 5), hog('c', 0), hog('d', 5)],
      limits: { maxTime: 50_000 }
    })
    const cpu = r.threads.map((t) => t.cpu)
    expect(cpu[0] + cpu[1] + cpu[2] + cpu[3]).toBe(100_000)
    expect(Math.abs(cpu[0] / cpu[2] - 1)).toBeLessThan(0.01)
    expect(Math.abs(cpu[1] / cpu[3] - 1)).toBeLessThan(0.01)
  })
})
