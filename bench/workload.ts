// The benchmark workload: 10,000 threads on 16 cores, mixed CPU and I/O, from one seed.
import { Rng } from '../sim-core/engine/rng'
import type { ScenarioInput } from '../sim-core/index'

export function benchWorkload(
  policy: 'rr' | 'mlfq',
  threads = 10_000,
  iterations = 125,
  cores = 16
): ScenarioInput {
  const rng = new Rng(42)
  const processes: ScenarioInput['processes'] = []
  const perProcess = 10
  for (let p = 0; p < threads / perProcess; p++) {
    processes.push({
      name: `p${p}`,
      arrival: rng.below(2000),
      threads: Array.from({ length: perProcess }, (_, t) => ({
        name: `t${t}`,
        ops: [
          {
            repeat: iterations,
            ops: [
              { cpu: rng.between(1, 9) },
              rng.next() < 0.5
                ? { io: rng.between(5, 60), device: 'disk' }
                : { io: rng.between(5, 60) }
            ]
          },
          { cpu: rng.between(1, 9) }
        ]
      }))
    })
  }
  return {
    format: 'schedlab/scenario',
    version: 1,
    name: `bench ${policy} ${threads} threads`,
    seed: 42,
    machine: { cores, costs: { threadSwitch: 1, processSwitch: 2, migration: 1 } },
    scheduler:
      policy === 'rr'
        ? { policy: 'rr', quantum: 4 }
        : {
            policy: 'mlfq',
            levels: [
              { quantum: 2, allotment: 1 },
              { quantum: 4, allotment: 2 },
              { quantum: 8, allotment: 4 }
            ],
            boost: 500
          },
    devices: [{ name: 'disk', channels: 64 }],
    processes
  }
}

/**
 * Issue 12's many-core run: 20,000 threads on 64 cores under rr, on one shared run queue or on
 * per-core queues with balancing every 50 ticks and idle stealing: the same workload, so the two
 * event rates compare what per-core placement and balancing cost the engine.
 */
export function manyCoresWorkload(queues: 'global' | 'per-core'): ScenarioInput {
  const base = benchWorkload('rr', 20_000, 25, 64)
  return {
    ...base,
    name: `bench rr 20000 threads on 64 cores, ${queues} queues`,
    scheduler:
      queues === 'global'
        ? { policy: 'rr', quantum: 4 }
        : { policy: 'rr', quantum: 4, queues: 'per-core', balance: { interval: 50, steal: true } }
  }
}
