// createRun() on a cluster: the app's run path (worker, page fallback) gets the request figures
// and the nodes laid end to end as one SimResult; single-machine runs are untouched.
import { describe, expect, it } from 'vitest'
import { createRun, simulate } from '../../../sim-core'
import { Cluster } from '../../../sim-core/cluster/cluster'
import { buildClusterResult } from '../../../sim-core/metrics/cluster-result'
import { SegmentKind } from '../../../sim-core/trace/trace-store'
import type { Scenario } from '../../../sim-core/scenario/schema'
import { clusterScenario } from './cluster-scenario'

const scenario = clusterScenario

/** Two one-core nodes behind round-robin, 10 requests every 2 ticks, 4 ticks of CPU, 2 each way. */
const twoNodes = (): Scenario =>
  scenario({
    nodes: [
      { name: 'a', machine: { cores: 1 } },
      { name: 'b', machine: { cores: 2 } }
    ],
    network: { latency: 2 },
    services: [
      { name: 'orders', replicas: ['a', 'b'], handler: { threads: 1, ops: [{ cpu: 4 }] } }
    ],
    requests: [{ to: 'orders', kind: 'uniform', rate: 0.5, count: 10 }]
  })

describe('createRun on a cluster', () => {
  it('returns the cluster figures next to the nodes laid end to end', () => {
    const run = createRun(twoNodes())
    expect(run.simulation).toBeNull()
    run.finish()
    const r = run.result()
    const c = new Cluster(twoNodes())
    c.step()
    // The same figures as the CLI's cluster path (buildClusterResult on its own Cluster).
    expect(r.cluster?.result).toEqual(buildClusterResult(c))
    // Round-robin: each replica gets one request every 4 ticks and serves it in 4, so nobody
    // waits: every latency is 2 + 4 + 2 = 8.
    expect(r.cluster?.result.requests.latency).toEqual({ mean: 8, p50: 8, p95: 8, p99: 8, max: 8 })
    expect(r.cluster?.requests).toHaveLength(10)
    // Node a: 1 core, the client thread (process on the first node) + 1 handler; node b: 2 cores, 1 handler.
    expect(r.cluster?.nodes).toEqual([
      { name: 'a', firstCore: 0, cores: 1, firstThread: 0, threads: 2 },
      { name: 'b', firstCore: 1, cores: 2, firstThread: 2, threads: 1 }
    ])
    expect(r.cores.map((c) => c.id)).toEqual([0, 1, 2])
    expect(r.threads.map((t) => t.id)).toEqual([
      'a/client/t',
      'a/orders/handler-0',
      'b/orders/handler-0'
    ])
    // Node b's handler (merged thread 2) runs its 5 requests (odd ones) for 4 ticks each, on b's cores (1, 2).
    let bBusy = 0
    for (let i = 0; i < r.trace.segments; i++) {
      if (r.trace.segTask[i] !== 2 || r.trace.segKind[i] !== SegmentKind.run) continue
      expect(r.trace.segCpu[i]).toBeGreaterThanOrEqual(1)
      bBusy += r.trace.segEnd[i] - r.trace.segStart[i]
    }
    expect(bBusy).toBe(5 * 4)
    // Each merged group stays in time order.
    for (let i = 1; i < r.trace.segments; i++)
      expect(r.trace.segStart[i]).toBeGreaterThanOrEqual(r.trace.segStart[i - 1])
  })

  it('reports progress as requests answered and can be stopped', async () => {
    const run = createRun(twoNodes())
    const seen: number[] = []
    let chunks = 0
    const finished = await run.finishYielding({
      chunkEvents: 1,
      onChunk: (p) => seen.push(p.finished),
      pause: async () => {},
      stopped: () => ++chunks > 3
    })
    expect(finished).toBe(false)
    expect(seen.length).toBeGreaterThan(0)
    expect(run.progress().total).toBe(10)
  })

  it('leaves a single-machine result without `cluster`', () => {
    const r = simulate(scenario({}))
    expect(r.cluster).toBeUndefined()
    expect(r.threads.map((t) => t.id)).toEqual(['client/t'])
  })
})
