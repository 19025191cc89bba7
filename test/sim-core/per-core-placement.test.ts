// Per-core run queues (issue 12 item 3): where the default selectCpu puts arriving and waking
// threads, what each core picks, wakeup preemption on the target core only, affinity, and the
// migration cost and counts. Every figure is worked out by hand in the comments from the rules
// in sim-core/engine/placement.ts (docs/policies.md, "Placement and balancing").
import { describe, expect, it } from 'vitest'
import {
  PolicyViolation,
  Simulation,
  simulate,
  validateScenario,
  type ScenarioInput
} from '../../sim-core/index'

type Input = Omit<ScenarioInput, 'format' | 'version' | 'name'>

function scenario(input: Input) {
  const v = validateScenario({ format: 'schedlab/scenario', version: 1, name: 'pc', ...input })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return v.scenario
}

const decisions = (r: ReturnType<typeof simulate>) =>
  Array.from({ length: r.trace.decisions }, (_, i) => [
    r.trace.decTime[i],
    r.trace.decCpu[i],
    r.threads[r.trace.decTask[i]].process,
    r.trace.decFrom[i]
  ])

const rrFour = (steal: boolean): Input => ({
  machine: { cores: 2 },
  scheduler: { policy: 'rr', quantum: 2, queues: 'per-core', balance: { interval: 0, steal } },
  processes: ['a', 'b', 'c', 'd'].map((name, i) => ({
    name,
    threads: [{ name: 't', ops: [{ cpu: 2 + i }] }]
  }))
})

describe('per-core placement (rr, quantum 2, two cores)', () => {
  it('puts arrivals on the least loaded core, ties to the lowest id; each core picks from its own queue', () => {
    // a(2) b(3) c(4) d(5) arrive at 0. Loads (queued + running): a → core 0 (0, 0: tie → 0);
    // b → core 1 (1 vs 0); c → core 0 (1, 1: tie); d → core 1 (2 vs 1). Core 0 runs a, queue
    // [c]; core 1 runs b, queue [d]. t=2: a exits, core 0 takes c; b's slice ends, b queues
    // behind d on core 1, which takes d. t=4: c and d requeue on their own cores; core 0 takes c
    // again, core 1 takes b (queued before d). t=5: b exits, core 1 takes d. t=6: c exits.
    // t=7: d's slice ends, nothing else queued on core 1: d again, done at 8. No thread ever
    // changes core: no migrations.
    const r = simulate(scenario(rrFour(false)))
    expect(decisions(r)).toEqual([
      [0, 0, 'a', -1],
      [0, 1, 'b', -1],
      [2, 0, 'c', -1],
      [2, 1, 'd', -1],
      [4, 0, 'c', 0],
      [4, 1, 'b', 1],
      [5, 1, 'd', 1],
      [7, 1, 'd', 1]
    ])
    expect(r.threads.map((t) => t.finish)).toEqual([2, 5, 6, 8])
    expect(r.summary.migrations).toBe(0)
    expect(r.queues).toBe('per-core')
    expect(r.trace.runQueues).toBe(2)
  })

  it('records each core queue length, and shows each core its own queue', () => {
    const sim = new Simulation(scenario(rrFour(false)))
    // One round: the four arrivals at t=0 and the picks after them (see above).
    sim.step(1)
    expect(sim.now).toBe(0)
    expect(sim.queuedOn(0)).toEqual([2])
    expect(sim.queuedOn(1)).toEqual([3])
    expect(sim.queued()).toEqual([2, 3])
    sim.step()
    const t = sim.trace.data()
    const samples = Array.from({ length: t.rqSamples }, (_, i) => [
      t.rqTime[i],
      t.rqQueue[i],
      t.rqLength[i]
    ])
    // t=0: core 0 holds [c] and core 1 [d] after the picks. t=2: core 0's queue empties (c
    // picked); core 1's goes to [d, b] and back to [b] (one sample: the instant's last length).
    // t=4: core 0's c requeues and is picked (0); core 1: [b, d] then d (1). t=5: core 1 picks
    // d (0). t=7: d requeues and is picked again (0 at the end of the instant).
    expect(samples).toEqual([
      [0, 0, 1],
      [0, 1, 1],
      [2, 1, 1],
      [2, 0, 0],
      [4, 0, 0],
      [4, 1, 1],
      [5, 1, 0],
      [7, 1, 0]
    ])
  })

  it('wakes a thread on its previous core when it is idle, else on the least loaded, paying the migration', () => {
    // rr (quantum 100: no slices), migration costs 1 tick. x: cpu 2, io 3, cpu 2; y: cpu 4;
    // z: cpu 10, all at 0. x → core 0, y → core 1, z → core 0 (tie). t=2: x blocks, core 0
    // takes z. t=4: y exits, core 1 idles. t=5: x wakes; its previous core 0 runs z (load 1),
    // core 1 has load 0: x joins core 1, which takes it: 1 tick of migration (5-6), then x runs
    // 6-8. z runs 2-12. One migration: x's, onto core 1.
    const r = simulate(
      scenario({
        machine: { cores: 2, costs: { migration: 1 } },
        scheduler: { policy: 'rr', quantum: 100, queues: 'per-core' },
        processes: [
          { name: 'x', threads: [{ name: 't', ops: [{ cpu: 2 }, { io: 3 }, { cpu: 2 }] }] },
          { name: 'y', threads: [{ name: 't', ops: [{ cpu: 4 }] }] },
          { name: 'z', threads: [{ name: 't', ops: [{ cpu: 10 }] }] }
        ]
      })
    )
    expect(decisions(r)).toEqual([
      [0, 0, 'x', -1],
      [0, 1, 'y', -1],
      [2, 0, 'z', -1],
      [5, 1, 'x', 0]
    ])
    expect(r.threads.map((t) => [t.finish, t.overhead, t.migrations])).toEqual([
      [8, 1, 1],
      [4, 0, 0],
      [12, 0, 0]
    ])
    expect(r.cores.map((c) => [c.migrations, c.overhead])).toEqual([
      [0, 0],
      [1, 1]
    ])
    expect(r.summary.migrations).toBe(1)
  })

  it('a woken thread that stays on its idle previous core does not migrate', () => {
    // x: cpu 2, io 3, cpu 2 alone on core 0; y: cpu 10 on core 1. t=5: x's previous core 0
    // is idle (load 0): x goes back there, no migration; it finishes at 7.
    const r = simulate(
      scenario({
        machine: { cores: 2, costs: { migration: 1 } },
        scheduler: { policy: 'rr', quantum: 100, queues: 'per-core' },
        processes: [
          { name: 'x', threads: [{ name: 't', ops: [{ cpu: 2 }, { io: 3 }, { cpu: 2 }] }] },
          { name: 'y', threads: [{ name: 't', ops: [{ cpu: 10 }] }] }
        ]
      })
    )
    expect(decisions(r)).toEqual([
      [0, 0, 'x', -1],
      [0, 1, 'y', -1],
      [5, 0, 'x', 0]
    ])
    expect(r.threads[0].finish).toBe(7)
    expect(r.summary.migrations).toBe(0)
  })
})

describe('per-core wakeup preemption (priority, preemptive)', () => {
  const input = (queues: 'global' | 'per-core'): Input => ({
    machine: { cores: 2 },
    scheduler: { policy: 'priority', queues },
    processes: [
      { name: 'lo1', priority: 5, threads: [{ name: 't', ops: [{ cpu: 10 }] }] },
      { name: 'lo2', priority: 9, threads: [{ name: 't', ops: [{ cpu: 10 }] }] },
      { name: 'hi', priority: 1, arrival: 3, threads: [{ name: 't', ops: [{ cpu: 2 }] }] }
    ]
  })

  it('checks only the core the woken thread is placed on', () => {
    // lo1 → core 0, lo2 → core 1. t=3: hi arrives; both cores have load 1: core 0. It preempts
    // lo1 there (1 < 5), although lo2 (9) on core 1 is the least important running thread.
    // hi runs 3-5; lo1 resumes on core 0 at 5 and ends at 12; lo2 ends at 10.
    const r = simulate(scenario(input('per-core')))
    expect(r.threads.map((t) => [t.id, t.finish, t.preemptions])).toEqual([
      ['lo1/t', 12, 1],
      ['lo2/t', 10, 0],
      ['hi/t', 5, 0]
    ])
  })

  it('while one global queue preempts the least important running thread anywhere', () => {
    // Global: hi preempts lo2 (priority 9, the largest key) on core 1; lo2 resumes at 5, ends at 12.
    const r = simulate(scenario(input('global')))
    expect(r.threads.map((t) => [t.id, t.finish, t.preemptions])).toEqual([
      ['lo1/t', 10, 0],
      ['lo2/t', 12, 1],
      ['hi/t', 5, 0]
    ])
  })
})

describe('per-core affinity', () => {
  const input: Input = {
    machine: { cores: 2 },
    scheduler: {
      policy: 'rr',
      quantum: 2,
      queues: 'per-core',
      balance: { interval: 0, steal: true }
    },
    processes: [
      { name: 'a', threads: [{ name: 't', affinity: [1], ops: [{ cpu: 2 }] }] },
      { name: 'b', threads: [{ name: 't', ops: [{ cpu: 2 }] }] },
      { name: 'c', affinity: [1], threads: [{ name: 't', ops: [{ cpu: 2 }] }] }
    ]
  }

  it('places, picks and steals only within a thread affinity (thread ∩ process)', () => {
    // a (thread affinity [1]) → core 1; b → core 0 (load 0 vs 1); c (process affinity [1]) →
    // core 1, queued behind a. t=2: a and b exit. Core 1 takes c; core 0 idles with an empty
    // queue and would steal, but c may not run on core 0 — and it is core 1's by then anyway.
    const r = simulate(scenario(input))
    expect(decisions(r)).toEqual([
      [0, 0, 'b', -1],
      [0, 1, 'a', -1],
      [2, 1, 'c', -1]
    ])
    expect(r.makespan).toBe(4)
  })

  it('steals nothing a thread affinity forbids', () => {
    // a: cpu 1 on core 0; p (affinity [1]) and q (affinity [1]) on core 1. t=1: a exits; core 0
    // is idle with an empty queue, core 1's queue holds q, which may not run on core 0: core 0
    // stays idle. Core 1 runs p 0-2 (slice), q 2-4, p 4-6, q 6-8.
    const r = simulate(
      scenario({
        machine: { cores: 2 },
        scheduler: { policy: 'rr', quantum: 2, queues: 'per-core' },
        processes: [
          { name: 'a', threads: [{ name: 't', ops: [{ cpu: 1 }] }] },
          { name: 'p', affinity: [1], threads: [{ name: 't', ops: [{ cpu: 4 }] }] },
          { name: 'q', affinity: [1], threads: [{ name: 't', ops: [{ cpu: 4 }] }] }
        ]
      })
    )
    expect(r.threads.map((t) => t.finish)).toEqual([1, 6, 8])
    expect(r.cores[0].busy).toBe(1)
  })

  it('a policy that places a thread outside its affinity is a PolicyViolation', () => {
    const sim = new Simulation(scenario(input), {
      policy: { name: 'stubborn', selectCpu: () => 0 }
    })
    expect(() => sim.step()).toThrow(PolicyViolation)
    expect(() =>
      new Simulation(scenario(input), { policy: { name: 'stubborn', selectCpu: () => 0 } }).step()
    ).toThrow('stubborn placed a/t on core 0, which it may not run on')
  })
})
