// machine.cache in the engine: warm threads do warmRate work per tick, the run segment ends where
// a thread turns warm, and results count warm and cold ticks. Figures worked by hand.
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario } from '../../sim-core/index'
import type { ScenarioInput } from '../../sim-core/scenario/schema'
import { SegmentKind } from '../../sim-core/trace/trace-store'

function run(s: Omit<ScenarioInput, 'format' | 'version' | 'name'>) {
  const valid = validateScenario({ format: 'schedlab/scenario', version: 1, name: 'cache', ...s })
  if (!valid.ok) throw new Error(JSON.stringify(valid.problems))
  return simulate(valid.scenario)
}

/** The run segments as [task, start, end, warm]. */
function runSegments(r: ReturnType<typeof run>): number[][] {
  const t = r.trace
  const out: number[][] = []
  for (let i = 0; i < t.segments; i++)
    if (t.segKind[i] === SegmentKind.run)
      out.push([t.segTask[i], t.segStart[i], t.segEnd[i], t.segWarm[i]])
  return out
}

describe('machine.cache in the engine', () => {
  it('runs cold for warmupTime ticks, then warmRate units per tick, in two segments', () => {
    // cpu 10 units, warm-up 3, rate 2: 3 cold ticks do 3 units; the other 7 take ceil(7/2) = 4
    // warm ticks (the last does 1). Finish at 3 + 4 = 7.
    const r = run({
      machine: { cores: 1, cache: { size: 100, warmupTime: 3, warmRate: 2 } },
      scheduler: { policy: 'fcfs' },
      processes: [{ name: 'p', threads: [{ name: 't', workingSet: 50, ops: [{ cpu: 10 }] }] }]
    })
    expect(r.makespan).toBe(7)
    expect(runSegments(r)).toEqual([
      [0, 0, 3, 0],
      [0, 3, 7, 1]
    ])
    expect(r.threads[0]).toMatchObject({ cpu: 7, warm: 4, cold: 3 })
    expect(r.cores[0]).toMatchObject({ busy: 7, warm: 4 })
  })

  it('leaves a thread without a working set, or one larger than the cache, cold', () => {
    const r = run({
      machine: { cores: 1, cache: { size: 100, warmupTime: 3, warmRate: 2 } },
      scheduler: { policy: 'fcfs' },
      processes: [
        { name: 'p', threads: [{ name: 'none', ops: [{ cpu: 10 }] }] },
        { name: 'q', threads: [{ name: 'big', workingSet: 101, ops: [{ cpu: 10 }] }] }
      ]
    })
    // 10 + 10 cold ticks, one after the other.
    expect(r.makespan).toBe(20)
    expect(r.threads.map((t) => [t.warm, t.cold])).toEqual([
      [0, 10],
      [0, 10]
    ])
    expect(r.cores[0].warm).toBe(0)
  })

  it('keeps warm-up progress across a deschedule (rr, quantum 2)', () => {
    // a and b (cpu 6 each, working sets 50 + 50 fit) alternate every 2 ticks; warm-up 3.
    // a: [0,2) cold (2 units, 1 tick of warm-up left); b: [2,4) cold; a: [4,5) cold, warm at 5,
    // [5,6) warm does 2 units (5 of 6 done); b: [6,7) cold, warm at 7, [7,8) warm (5 done);
    // a: [8,9) last unit, finishes at 9; b: [9,10), finishes at 10.
    const r = run({
      machine: { cores: 1, cache: { size: 100, warmupTime: 3, warmRate: 2 } },
      scheduler: { policy: 'rr', quantum: 2 },
      processes: ['a', 'b'].map((name) => ({
        name,
        threads: [{ name: 't', workingSet: 50, ops: [{ cpu: 6 }] }]
      }))
    })
    expect(r.threads.map((t) => t.finish)).toEqual([9, 10])
    expect(r.threads.map((t) => [t.warm, t.cold])).toEqual([
      [2, 3],
      [2, 3]
    ])
    expect(runSegments(r)).toEqual([
      [0, 0, 2, 0],
      [1, 2, 4, 0],
      [0, 4, 5, 0],
      [0, 5, 6, 1],
      [1, 6, 7, 0],
      [1, 7, 8, 1],
      [0, 8, 9, 1],
      [1, 9, 10, 1]
    ])
  })

  it('rr alignedSlices ends every slice at the multiples of the quantum, even with nothing queued', () => {
    // Two cores, quantum 4: a (cpu 8) on core 0, b (cpu 2) on core 1 ends at 2 and c (cpu 8) is
    // picked there. Aligned, c's slice ends at 4 with a's; per dispatch it runs to 6.
    const scenario = (alignedSlices: boolean) =>
      run({
        machine: { cores: 2 },
        scheduler: { policy: 'rr', quantum: 4, alignedSlices },
        processes: [
          { name: 'a', threads: [{ name: 't', ops: [{ cpu: 8 }] }] },
          { name: 'b', threads: [{ name: 't', ops: [{ cpu: 2 }] }] },
          { name: 'c', threads: [{ name: 't', ops: [{ cpu: 8 }] }] }
        ]
      })
    // The trace merges a thread's back-to-back run segments on one core; its dispatches show
    // the slices. Aligned: c is dispatched at 2, 4 and 8 (finishing at 10); per dispatch, at 2
    // and 6.
    const dispatchesOfC = (r: ReturnType<typeof run>) => {
      const t = r.trace
      const out: number[] = []
      for (let i = 0; i < t.decisions; i++) if (t.decTask[i] === 2) out.push(t.decTime[i])
      return out
    }
    expect(dispatchesOfC(scenario(true))).toEqual([2, 4, 8])
    expect(dispatchesOfC(scenario(false))).toEqual([2, 6])
  })
})

describe('balance.movePinned', () => {
  it('false: the balance timer leaves a thread that has an affinity in its queue', () => {
    // Per-core queues, balance every 2 ticks, no idle stealing. a (cpu 4, core 0 only) and c
    // (cpu 3, affinity [0, 1]) are placed on core 0 (c: loads 1 and 1, the lower core), b (cpu 1,
    // core 1 only) on core 1. b ends at 1; at 2 core 1's queue is empty and balances.
    // movePinned true: it pulls c, which runs 2..5. false: c waits for a, runs 4..7 on core 0.
    const scenario = (movePinned: boolean) =>
      run({
        machine: { cores: 2 },
        scheduler: {
          policy: 'fcfs',
          queues: 'per-core',
          balance: { interval: 2, steal: false, movePinned }
        },
        processes: [
          { name: 'a', threads: [{ name: 't', affinity: [0], ops: [{ cpu: 4 }] }] },
          { name: 'b', threads: [{ name: 't', affinity: [1], ops: [{ cpu: 1 }] }] },
          { name: 'c', threads: [{ name: 't', affinity: [0, 1], ops: [{ cpu: 3 }] }] }
        ]
      })
    expect(scenario(true).threads.map((t) => t.finish)).toEqual([4, 1, 5])
    expect(scenario(false).threads.map((t) => t.finish)).toEqual([4, 1, 7])
  })
})

describe('placement and caches', () => {
  it('per-core queues: a waking thread goes back to its busy previous core when warm there', () => {
    // Per-core queues without idle stealing, cache warm-up 2, rate 2. w (working set 10) arrives at 0 on core 0: 2
    // cold ticks do 2 units, warm at 2, the other 2 units take 1 tick: its cpu op ends at 3; it
    // then waits 1 tick of I/O. y (core 0 only, no working set) arrives at 3 and runs 3..13.
    // At 4 w wakes: core 0 is busy but w is warm there, so it queues there (not on idle core 1),
    // runs at 13 still warm: 4 units in 2 ticks, finishing at 15.
    const r = run({
      machine: { cores: 2, cache: { size: 100, warmupTime: 2, warmRate: 2 } },
      scheduler: { policy: 'fcfs', queues: 'per-core', balance: { steal: false } },
      processes: [
        {
          name: 'w',
          threads: [{ name: 't', workingSet: 10, ops: [{ cpu: 4 }, { io: 1 }, { cpu: 4 }] }]
        },
        { name: 'y', arrival: 3, threads: [{ name: 't', affinity: [0], ops: [{ cpu: 10 }] }] }
      ]
    })
    expect(r.threads.map((t) => t.finish)).toEqual([15, 13])
    expect(r.threads[0]).toMatchObject({ warm: 3, cold: 2 })
    expect(r.cores[1].busy).toBe(0)
  })
})
