// cfs (issue 13 item 1): nice weights, vruntime, sched_slice, sleeper placement and wakeup
// preemption. Every figure follows from the model in sim-core/sched/policies/cfs.ts
// (docs/policies.md, "cfs"): defaults targetLatency 24, minGranularity 3, wakeupGranularity 4.
import { describe, expect, it } from 'vitest'
import { hog, picks, run, runOneCore, shareRatio } from './fair-helpers'

describe('cfs shares follow the nice weights', () => {
  it('nice 0 vs nice 5 on one core share the CPU 1024 : 335 within 1%', () => {
    // Weights 1024 and 335 (sched_prio_to_weight). CFS always runs the smaller vruntime, so the
    // two vruntimes never drift apart by more than a slice of weighted time; their CPU times
    // therefore approach cpuA / 1024 = cpuB / 335, i.e. a ratio of 1024 / 335 = 3.0567, with an
    // error of about one slice (18 ticks) in 100,000.
    const ratio = shareRatio({ policy: 'cfs' }, 5, 100_000)
    expect(Math.abs(ratio / (1024 / 335) - 1)).toBeLessThan(0.01)
  })

  it('nice 0 vs nice 10 share the CPU 1024 : 110 within 1%', () => {
    // Same argument with weight 110: ratio 1024 / 110 = 9.309.
    const ratio = shareRatio({ policy: 'cfs' }, 10, 100_000)
    expect(Math.abs(ratio / (1024 / 110) - 1)).toBeLessThan(0.01)
  })

  it('equal weights alternate slice by slice: a 0-12, b 12-24, a 24-36', () => {
    // Two nice-0 threads: load 2048, sched_slice = 24 × 1024 / 2048 = 12. Both start at
    // vruntime 0 (min_vruntime): a was queued first. After 12 ticks a is 12 ahead: b runs;
    // then both are at 12 and a, queued at 12 (before b at 24), runs again.
    const r = runOneCore({ policy: 'cfs' }, [hog('a'), hog('b')], 48)
    expect(picks(r).slice(0, 4)).toEqual([
      [0, 0],
      [12, 1],
      [24, 0],
      [36, 1]
    ])
  })
})

describe('cfs slices (sched_slice)', () => {
  it('nice 0 gets 18 ticks and nice 5 gets 5 beside each other', () => {
    // Load 1024 + 335 = 1359: a's slice 24 × 1024 / 1359 = 18.08 → 18; b's 24 × 335 / 1359 =
    // 5.92 → 5 (whole ticks rounded down, above minGranularity 3). a runs 0-18 (vruntime 18),
    // b 18-23 (vruntime 5 × 1024 / 335 = 15.3 < 18: b again, another 5 ticks, 23-28, now
    // 30.6 > 18), then a at 28.
    const r = runOneCore({ policy: 'cfs' }, [hog('a', 0), hog('b', 5)], 60)
    expect(picks(r).slice(0, 4)).toEqual([
      [0, 0],
      [18, 1],
      [23, 1],
      [28, 0]
    ])
  })

  it('with more threads than targetLatency / minGranularity the period stretches: 9 threads get 3 ticks each', () => {
    // 9 nice-0 threads > sched_nr_latency 24 / 3 = 8: period 9 × 3 = 27, slice 27 / 9 = 3;
    // each runs once in queue order: picks at 0, 3, 6, ..., 24.
    const r = runOneCore(
      { policy: 'cfs' },
      Array.from({ length: 9 }, (_, i) => hog(`p${i}`)),
      27
    )
    expect(picks(r).slice(0, 9)).toEqual(Array.from({ length: 9 }, (_, i) => [3 * i, i]))
  })

  it('a slice never drops below minGranularity', () => {
    // nice 0 and nice 19 (weight 15): 24 × 15 / 1039 = 0.35 → minGranularity 5 here.
    // a runs 24 × 1024 / 1039 = 23.65 → 23 ticks (0-23); then c runs 5 (23-28).
    const r = runOneCore({ policy: 'cfs', minGranularity: 5 }, [hog('a', 0), hog('c', 19)], 40)
    expect(picks(r).slice(0, 3)).toEqual([
      [0, 0],
      [23, 1],
      [28, 0]
    ])
  })
})

describe('cfs sleepers (place_entity) and wakeup preemption', () => {
  // a computes; b computes 1 tick, sleeps 100, then computes 5. a runs 0-12 (slice 12 beside
  // b), b 12-13, sleeps until 113. a, alone, runs from 13 (vruntime 12). At 113 a has run 112
  // ticks: vruntime 112, which is min_vruntime. b's vruntime is 1, placed at
  // max(1, 112 − 24 / 2) = 100 (GENTLE_FAIR_SLEEPERS), 12 behind a: more than wakeup_gran 4,
  // so b preempts a at once and runs 113-118.
  const sleeper = {
    name: 'b',
    threads: [{ name: 't', ops: [{ cpu: 1 }, { sleep: 100 }, { cpu: 5 }] }]
  }

  it('a sleeper comes back half a target latency behind min_vruntime and preempts', () => {
    const r = runOneCore({ policy: 'cfs' }, [hog('a'), sleeper], 200)
    const t = r.trace
    const at113 = [...Array(t.fairSamples).keys()].filter(
      (i) => t.fsTime[i] === 113 && t.fsTask[i] === 1
    )
    expect(at113.map((i) => t.fsVruntime[i])).toEqual([100])
    expect(Number.isNaN(t.fsLag[at113[0]])).toBe(true)
    expect(Number.isNaN(t.fsDeadline[at113[0]])).toBe(true)
    expect(picks(r)).toContainEqual([113, 1])
    expect(r.threads[1].finish).toBe(118)
  })

  it('within the wake-up granularity the sleeper waits: wakeupGranularity 13 lets a finish its slice', () => {
    // Same run, granularity 13 > the 12 ticks b is behind: no preemption. a's slice from 109
    // (13 + 4 × 24) is 24 ticks, so b first runs at 133.
    const r = runOneCore({ policy: 'cfs', wakeupGranularity: 13 }, [hog('a'), sleeper], 200)
    expect(picks(r)).toContainEqual([133, 1])
    expect(r.threads[1].finish).toBe(138)
  })

  it('records a sample whenever a thread is queued or leaves a core', () => {
    const r = runOneCore({ policy: 'cfs' }, [hog('a'), hog('b')], 24)
    const t = r.trace
    // Both queued at 0 with vruntime 0; a leaves its core at 12 with vruntime 12 and is queued
    // again (one sample per thread and instant: the later replaces the earlier); b likewise at 24.
    const rows = [...Array(t.fairSamples).keys()].map((i) => [
      t.fsTime[i],
      t.fsTask[i],
      t.fsVruntime[i]
    ])
    expect(rows).toEqual([
      [0, 0, 0],
      [0, 1, 0],
      [12, 0, 12],
      [24, 1, 12]
    ])
  })
})

describe('cfs on several cores', () => {
  it('a stolen thread keeps its distance from min_vruntime (migrate_task_rq_fair)', () => {
    // Per-core queues, stealing: a (cpu 100) → core 0, b (cpu 10) → core 1, c (cpu 100) →
    // core 0 (loads 1 and 1: the lower id). Core 0 runs a (slice 12 beside c); core 1 runs b
    // alone, so its queue's min_vruntime follows b to 10. At 10 b exits and core 1 steals c
    // (vruntime 0, at core 0's min_vruntime 0): c arrives at 0 − 0 + 10 = 10, level with core
    // 1's min_vruntime, not 10 ticks of credit ahead of it.
    const r = run({
      machine: { cores: 2 },
      scheduler: { policy: 'cfs', queues: 'per-core', balance: { interval: 0, steal: true } },
      processes: [
        { name: 'a', threads: [{ name: 't', ops: [{ cpu: 100 }] }] },
        { name: 'b', threads: [{ name: 't', ops: [{ cpu: 10 }] }] },
        { name: 'c', threads: [{ name: 't', ops: [{ cpu: 100 }] }] }
      ]
    })
    const t = r.trace
    const c10 = [...Array(t.fairSamples).keys()].filter(
      (i) => t.fsTask[i] === 2 && t.fsTime[i] === 10
    )
    expect(c10.map((i) => t.fsVruntime[i])).toEqual([10])
    expect(picks(r)).toContainEqual([10, 2])
  })

  it('per-core queues with balancing keep the shares by weight on each core', () => {
    // 4 hogs on 2 cores: a (nice 0) and b (nice 5) land on core 0 and 1, c (0) and d (5)
    // next to them by load. Balancing never moves anything (each queue keeps one). Each core
    // then shares 1024 : 335 between its two.
    const r = run({
      machine: { cores: 2 },
      scheduler: { policy: 'cfs', queues: 'per-core', balance: { interval: 10, steal: true } },
      processes: [hog('a', 0), hog('b', 5), hog('c', 0), hog('d', 5)],
      limits: { maxTime: 50_000 }
    })
    const cpu = r.threads.map((t) => t.cpu)
    expect(cpu[0] + cpu[1] + cpu[2] + cpu[3]).toBe(100_000)
    // a shares core 0 with c (both nice 0) and b core 1 with d (both nice 5): each gets half.
    expect(Math.abs(cpu[0] / cpu[2] - 1)).toBeLessThan(0.01)
    expect(Math.abs(cpu[1] / cpu[3] - 1)).toBeLessThan(0.01)
  })
})
