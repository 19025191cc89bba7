// Issue 17: a cluster of 16 nodes × 8 cores serving 100,000 requests, next to the single-machine
// engine on the main bench workload (10,000 threads on 16 cores), both recording no trace. Goal:
// the cluster's event rate within 2× of the single machine's.
import { Cluster, Simulation, validateScenario, type ScenarioInput } from '../sim-core/index'
import { benchWorkload } from './workload'

/**
 * 16 nodes of 8 cores; one service replicated on every node, 8 handler threads each, a request
 * needing 3 ticks of CPU, 10 of I/O and 2 more of CPU; Poisson arrivals at 18 a tick, about 70%
 * of the 128 cores (18 × 5 / 128); least-outstanding balancing, 2 ticks of network latency.
 */
export function clusterWorkload(requests = 100_000, nodes = 16, cores = 8): ScenarioInput {
  const names = Array.from({ length: nodes }, (_, i) => `n${i}`)
  return {
    format: 'schedlab/scenario',
    version: 1,
    name: `bench cluster ${nodes} nodes x ${cores} cores`,
    seed: 17,
    machine: { cores: 1 },
    scheduler: { policy: 'rr', quantum: 4 },
    processes: [{ name: 'idle', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
    nodes: names.map((name) => ({ name, machine: { cores } })),
    network: { latency: 2 },
    services: [
      {
        name: 'orders',
        replicas: names,
        balancer: 'least-outstanding',
        handler: { threads: cores, ops: [{ cpu: 3 }, { io: 10 }, { cpu: 2 }] }
      }
    ],
    requests: [{ to: 'orders', kind: 'poisson', rate: 18, count: requests }]
  }
}

export interface ClusterBenchRow {
  name: string
  status: string
  events: number
  ms: number
  eventsPerSec: number
  /** Peak of heap + typed arrays above the start, sampled between steps. */
  peakMb: number
  makespan: number
}

function memory(): number {
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

function measure(
  name: string,
  run: { step(b: number): boolean },
  get: () => Omit<ClusterBenchRow, 'name' | 'ms' | 'eventsPerSec' | 'peakMb'>,
  base: number,
  t0: number
): ClusterBenchRow {
  let peak = base
  while (!run.step(100_000)) peak = Math.max(peak, memory())
  const ms = performance.now() - t0
  peak = Math.max(peak, memory())
  const r = get()
  return { name, ...r, ms, eventsPerSec: r.events / (ms / 1000), peakMb: (peak - base) / 1048576 }
}

function valid(input: ScenarioInput) {
  const v = validateScenario(input)
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  return v.scenario
}

function runCluster(): ClusterBenchRow {
  const scenario = valid(clusterWorkload())
  global.gc?.()
  const base = memory()
  const t0 = performance.now()
  const c = new Cluster(scenario, { trace: false })
  return measure(
    'cluster',
    c,
    () => ({ status: c.status, events: c.engine.events, makespan: c.makespan }),
    base,
    t0
  )
}

function runSingle(): ClusterBenchRow {
  const scenario = valid(benchWorkload('rr'))
  global.gc?.()
  const base = memory()
  const t0 = performance.now()
  const sim = new Simulation(scenario, { trace: false })
  return measure(
    'single',
    sim,
    () => ({ status: sim.status, events: sim.events, makespan: sim.makespan }),
    base,
    t0
  )
}

/** Best of three rounds each, alternating, so a busy machine penalises both alike. */
export function benchCluster(): { single: ClusterBenchRow; cluster: ClusterBenchRow } {
  let single: ClusterBenchRow | null = null
  let cluster: ClusterBenchRow | null = null
  for (let round = 0; round < 3; round++) {
    const s = runSingle()
    if (!single || s.eventsPerSec > single.eventsPerSec) single = s
    const c = runCluster()
    if (!cluster || c.eventsPerSec > cluster.eventsPerSec) cluster = c
  }
  return { single: single as ClusterBenchRow, cluster: cluster as ClusterBenchRow }
}
