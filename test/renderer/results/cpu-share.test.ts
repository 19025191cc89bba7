// The CPU-share chart's data from a hand-made cfs trace whose every figure is worked out below.
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario, type SimResult } from '../../../sim-core'
import { PRESETS } from '../../../renderer/presets/presets'
import {
  cpuShareRows,
  cpuShareSeries,
  shareWeight,
  topThreads
} from '../../../renderer/src/features/charts/cpu-share'
import { demoResult, scenarioOf } from './fixtures'
import { DONE, READY, RUNNING, traceOf } from './trace-builder'

/**
 * One core, cfs, makespan 30, 3 buckets of 10. Thread 0 ("a", process p0, nice 0, weight 1024)
 * and thread 1 ("b", process p5, nice 5, weight 335), both ready from 0:
 *   [0,7) a, [7,10) b, [10,13) a, [13,20) b (b then exits), [20,30) a alone.
 * Bucket 0: a got 7/10, b 3/10; bucket 1: a 3/10, b 7/10; bucket 2: a 10/10.
 * Fair shares while both compete: 1024/1359 = 0.7535 and 335/1359 = 0.2465; in bucket 2 only a
 * is runnable, so a's fair share is 1 and b's 0.
 */
function twoThreads(policy: string): SimResult {
  const demo = demoResult().result
  const row = demo.threads[0]
  return {
    ...demo,
    policy,
    makespan: 30,
    threads: [
      { ...row, id: 'p0/a', process: 'p0', thread: 'a' },
      { ...row, id: 'p5/b', process: 'p5', thread: 'b' }
    ],
    trace: traceOf({
      segs: [
        [0, 7, 0, 0, 0],
        [7, 10, 0, 1, 0],
        [10, 13, 0, 0, 0],
        [13, 20, 0, 1, 0],
        [20, 30, 0, 0, 0]
      ],
      states: [
        [0, 0, RUNNING, 0],
        [0, 1, READY, 0],
        [7, 0, READY, 0],
        [7, 1, RUNNING, 0],
        [10, 1, READY, 0],
        [10, 0, RUNNING, 0],
        [13, 0, READY, 0],
        [13, 1, RUNNING, 0],
        [20, 1, DONE, 0],
        [20, 0, RUNNING, 0],
        [30, 0, DONE, 0]
      ]
    })
  }
}
const PROCESSES = [
  { name: 'p0', nice: 0, tickets: 100 },
  { name: 'p5', nice: 5, tickets: 300 }
]

describe('cpu share', () => {
  it('weighs threads by nice under cfs and eevdf, tickets under lottery and stride, else 1', () => {
    expect(shareWeight('cfs', PROCESSES[1])).toBe(335)
    expect(shareWeight('eevdf', PROCESSES[0])).toBe(1024)
    expect(shareWeight('lottery', PROCESSES[1])).toBe(300)
    expect(shareWeight('stride', PROCESSES[0])).toBe(100)
    expect(shareWeight('rr', PROCESSES[1])).toBe(1)
  })

  it('gives each bucket what each thread got and its fair share among the runnable', () => {
    const s = cpuShareSeries(twoThreads('cfs'), PROCESSES, 3)
    expect(s.bucket).toBe(10)
    expect(s.times).toEqual([0, 10, 20])
    expect(s.got[0]).toEqual([0.7, 0.3, 1])
    expect(s.got[1]).toEqual([0.3, 0.7, 0])
    expect(s.fair[0][0]).toBeCloseTo(0.7535, 4)
    expect(s.fair[1][0]).toBeCloseTo(0.2465, 4)
    expect(s.fair[0][1]).toBeCloseTo(0.7535, 4)
    expect(s.fair[0][2]).toBe(1)
    expect(s.fair[1][2]).toBe(0)
    expect(s.cpu).toEqual([20, 10])
  })

  it('splits by tickets under lottery: 100/400 and 300/400', () => {
    const s = cpuShareSeries(twoThreads('lottery'), PROCESSES, 3)
    expect(s.fair[0][0]).toBe(0.25)
    expect(s.fair[1][0]).toBe(0.75)
  })

  it('picks the threads that ran longest and makes rows with a closing row', () => {
    const s = cpuShareSeries(twoThreads('cfs'), PROCESSES, 3)
    expect(topThreads(s.cpu, 1)).toEqual([0])
    expect(s.threads).toEqual([0, 1])
    const rows = cpuShareRows(s, 30)
    expect(rows).toHaveLength(4)
    expect(rows[0]).toEqual({ t: 0, g0: 0.7, f0: 0.7535, g1: 0.3, f1: 0.2465 })
    expect(rows[3].t).toBe(30)
  })

  it('keeps only the busiest threads, yet weighs every runnable thread', () => {
    // Limit 1: thread 0 (20 ticks) is kept, thread 1 (10 ticks) only counts in the totals.
    const s = cpuShareSeries(twoThreads('cfs'), PROCESSES, 3, 1)
    expect(s.threads).toEqual([0])
    expect(s.got).toHaveLength(1)
    expect(s.got[0]).toEqual([0.7, 0.3, 1])
    expect(s.fair[0][0]).toBeCloseTo(0.7535, 4)
    expect(cpuShareRows(s, 30)[0]).toEqual({ t: 0, g0: 0.7, f0: 0.7535 })
  })
})

describe('cpu share of a simulated run', () => {
  // Two CPU-bound threads of 20,000 ticks, nice 0 and nice 5, on one core: while both run the
  // scheduler should hand out 1024 : 335 (fair 0.7535 : 0.2465). Thread a, getting ~75 %, is
  // done by about 20,000 / 0.7535 ≈ 26,500, so buckets 0..59 (of 400 ticks) hold both threads.
  for (const policy of ['cfs', 'eevdf'] as const) {
    it(`${policy}: what nice 0 got tracks its fair share while both threads run`, () => {
      const scenario = scenarioOf({
        format: 'schedlab/scenario',
        version: 1,
        name: 'nice 0 vs 5',
        machine: { cores: 1 },
        scheduler: { policy },
        processes: [
          { name: 'a', threads: [{ name: 't', ops: [{ cpu: 20000 }] }] },
          { name: 'b', nice: 5, threads: [{ name: 't', ops: [{ cpu: 20000 }] }] }
        ]
      })
      const s = cpuShareSeries(simulate(scenario), scenario.processes, 100)
      expect(s.bucket).toBe(400)
      const both = s.got[0].slice(0, 60) as number[]
      for (let b = 0; b < 60; b++) {
        expect(s.fair[0][b]).toBeCloseTo(1024 / 1359, 6)
        // Slices do not line up with bucket edges, so one bucket strays by about 1 % (measured
        // up to 0.9 %); the mean over all 60 comes within 0.5 %.
        expect(Math.abs(both[b] - 1024 / 1359)).toBeLessThan(0.015)
      }
      const mean = both.reduce((x, y) => x + y, 0) / both.length
      expect(Math.abs(mean - 1024 / 1359)).toBeLessThan(0.005)
      // Once a is done, b runs alone: its fair share and what it got are both the whole CPU.
      expect(s.fair[1][99]).toBe(1)
      expect(s.got[1][99]).toBe(1)
    })
  }

  it('starts a thread that arrives late where it arrives, not at 0% from the start', () => {
    const preset = PRESETS.find((p) => p.id === 'go-handoff')
    const v = validateScenario(preset?.scenario)
    if (!v.ok) throw new Error('preset invalid')
    const r = simulate(v.scenario)
    const processes = v.scenario.processes.map((p) => ({ name: p.name, nice: 0, tickets: 1 }))
    const s = cpuShareSeries(r, processes)
    // Makespan 254 in 100 points: buckets of ceil(254 / 100) = 3 ticks. handoff/go arrives at
    // 150 (bucket 50 = [150, 153)) and its hand-off thread go.m1 is created at 153 (bucket 51).
    expect(r.makespan).toBe(254)
    expect(s.bucket).toBe(3)
    const m1 = r.threads.findIndex((t) => t.id === 'handoff/go.m1')
    expect(r.threads[m1].arrival).toBe(153)
    const j = s.threads.indexOf(m1)
    expect(j).toBeGreaterThanOrEqual(0)
    const firstDrawn = (line: (number | null)[]) => line.findIndex((v) => v !== null)
    expect(firstDrawn(s.got[j])).toBe(51)
    expect(firstDrawn(s.fair[j])).toBe(51)
    const go = s.threads.indexOf(r.threads.findIndex((t) => t.id === 'handoff/go'))
    expect(firstDrawn(s.got[go])).toBe(50)
    // A thread present from 0 is drawn from the first bucket, as before.
    const first = s.threads.indexOf(0)
    expect(s.got[first][0]).not.toBeNull()
  })
})
