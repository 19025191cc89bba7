// Per-core balancing (issue 12 item 3): idle stealing (`balance.steal`) and the periodic pull
// (`balance.interval`), for rr and for a keyed policy (priority). Figures worked out by hand
// from the rules in sim-core/engine/placement.ts (docs/policies.md, "Placement and balancing").
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario, type ScenarioInput } from '../../sim-core/index'

type Input = Omit<ScenarioInput, 'format' | 'version' | 'name'>

function run(input: Input) {
  const v = validateScenario({ format: 'schedlab/scenario', version: 1, name: 'pc', ...input })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return simulate(v.scenario)
}

const one = (name: string, cpu: number, extra: object = {}) => ({
  name,
  ...extra,
  threads: [{ name: 't', ops: [{ cpu }] }]
})

/**
 * rr (quantum 100: no slices) on two cores: p (10), q (1), r (3), s (3), all at 0. p → core 0,
 * q → core 1, r → core 0 (loads 1, 1: tie), s → core 1 (2 vs 1). Core 0 runs p, queue [r];
 * core 1 runs q, queue [s]. t=1: q exits, core 1 takes s (1-4). t=4: s exits: core 1 idles
 * with an empty queue while r waits on core 0 behind p (until 10).
 */
const rr = (balance: { interval: number; steal: boolean }): Input => ({
  machine: { cores: 2 },
  scheduler: { policy: 'rr', quantum: 100, queues: 'per-core', balance },
  processes: [one('p', 10), one('q', 1), one('r', 3), one('s', 3)]
})

describe('balancing per-core queues (rr)', () => {
  it('without balancing, r waits for p on core 0: it runs 10-13', () => {
    const r = run(rr({ interval: 0, steal: false }))
    expect(r.threads.map((t) => t.finish)).toEqual([10, 1, 13, 4])
    expect(r.makespan).toBe(13)
  })

  it('an idle core steals at once: core 1 takes r at 4, done at 7', () => {
    // r never ran, so running it on core 1 is no migration (it has no previous core).
    const r = run(rr({ interval: 0, steal: true }))
    expect(r.threads.map((t) => t.finish)).toEqual([10, 1, 7, 4])
    expect(r.cores[1].busy).toBe(1 + 3 + 3)
    expect(r.summary.migrations).toBe(0)
  })

  it('the balance timer pulls at its period: at 5, core 1 (empty queue) pulls r, done at 8', () => {
    // Interval 5, no stealing: core 1 is idle 4-5; at t=5 core 0's queue holds r (not empty:
    // it pulls nothing), core 1's is empty: it pulls r from core 0, and takes it at once.
    // Core 1 idles 4-5 and 8-10 (p still runs on core 0): 3 ticks.
    const r = run(rr({ interval: 5, steal: false }))
    expect(r.threads.map((t) => t.finish)).toEqual([10, 1, 8, 4])
    expect(r.cores[1].idle).toBe(3)
  })

  it('a migrated task pays the migration cost and counts on its thread and on the core it moves to', () => {
    // rr quantum 2, migration 1: a (6) and b (2) on core 0 ... placed by affinity-free rules:
    // a → core 0, b → core 1 (0 vs 1), c (6) → core 0 (1, 1: tie), d (1) → core 1 (2 vs 1).
    // Core 0: a 0-2, queue [c]; core 1: b 0-2, queue [d]. t=2: a's slice ends: core 0 queue
    // [c, a], it takes c; b exits, core 1 takes d (2-3). t=3: d exits, core 1 steals from core
    // 0: its queue [a] → a, which last ran on core 0: a migration, 1 tick (3-4), then a runs
    // 4-6 (slice), 6-8 on core 1 (alone there). c runs on core 0 2-4, 4-6, 6-8.
    const r = run({
      machine: { cores: 2, costs: { migration: 1 } },
      scheduler: { policy: 'rr', quantum: 2, queues: 'per-core' },
      processes: [one('a', 6), one('b', 2), one('c', 6), one('d', 1)]
    })
    expect(r.threads.map((t) => [t.finish, t.migrations, t.overhead])).toEqual([
      [8, 1, 1],
      [2, 0, 0],
      [8, 0, 0],
      [3, 0, 0]
    ])
    expect(r.cores.map((c) => c.migrations)).toEqual([0, 1])
    expect(r.summary.migrations).toBe(1)
  })
})

describe('balancing per-core queues (priority, non-preemptive)', () => {
  it('steals the first task in the busiest queue pick order (priority order, not arrival)', () => {
    // p (prio 1, 10) → core 0 and q (prio 1, 2) → core 1 at t=0. At t=1: r1 (prio 5, 3) →
    // core 0 (loads 1, 1: tie); r2 (prio 2, 3) → core 1 (2 vs 1); r3 (prio 3, 3) → core 0
    // (2, 2: tie). Core 0's queue in pick order: [r3, r1]. t=2: q exits, core 1 takes r2
    // (2-5). t=5: r2 exits, core 1 steals r3 (priority 3 before 5): 5-8; t=8: it steals r1:
    // 8-11. p ends at 10 on core 0.
    const r = run({
      machine: { cores: 2 },
      scheduler: { policy: 'priority', preemptive: false, queues: 'per-core' },
      processes: [
        one('p', 10, { priority: 1 }),
        one('q', 2, { priority: 1 }),
        one('r1', 3, { priority: 5, arrival: 1 }),
        one('r2', 3, { priority: 2, arrival: 1 }),
        one('r3', 3, { priority: 3, arrival: 1 })
      ]
    })
    expect(r.threads.map((t) => [t.id, t.finish])).toEqual([
      ['p/t', 10],
      ['q/t', 2],
      ['r1/t', 11],
      ['r2/t', 5],
      ['r3/t', 8]
    ])
  })
})
