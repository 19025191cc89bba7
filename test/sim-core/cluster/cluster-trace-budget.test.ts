// The trace budget (maxTrace, --max-trace) holds for a cluster as a whole: the nodes' traces
// share it, so a run's trace memory does not grow with the node count.
import { describe, expect, it } from 'vitest'
import { Cluster } from '../../../sim-core/cluster/cluster'
import { validateScenario } from '../../../sim-core/scenario/parse'
import type { Scenario } from '../../../sim-core/scenario/schema'

/** `count` requests at `rate` to one 4-tick handler on each of `replicas` of 16 one-core nodes. */
function cluster16(replicas: number, count: number, rate = 0.5): Scenario {
  const nodes = Array.from({ length: 16 }, (_, i) => ({ name: `n${i}`, machine: { cores: 1 } }))
  const r = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'sixteen nodes',
    machine: { cores: 1 },
    scheduler: { policy: 'fcfs' },
    processes: [{ name: 'client', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
    nodes,
    network: { latency: 2 },
    services: [
      {
        name: 'orders',
        replicas: nodes.slice(0, replicas).map((n) => n.name),
        handler: { ops: [{ cpu: 4 }] }
      }
    ],
    requests: [{ to: 'orders', kind: 'uniform', rate, count }]
  })
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.scenario
}

function segments(c: Cluster): number[] {
  return c.machines.map((m) => m.trace.segmentCount)
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

describe('the trace budget of a cluster', () => {
  it('a 16-node cluster under maxTrace N keeps about N segments in all, not N per node', () => {
    // 1600 requests over 16 replicas: each node serves 100, a run segment each and the idle gaps
    // between them, so the whole run writes well over 16 x 150 segments. Under a budget of 150
    // per node each node would stop near 150 (2400 in all); the shared budget stops the run when
    // the nodes' records add up to 150 of one kind, plus the one instant that filled it (each
    // of the 16 one-core nodes writes at most a couple of segments in one instant).
    const c = new Cluster(cluster16(16, 1600), { maxTrace: 150 })
    c.step()
    expect(c.status).toBe('limit')
    expect(c.limitHit).toBe('maxTrace')
    const total = sum(segments(c))
    expect(total).toBeLessThanOrEqual(150 + 2 * 16)
    expect(total).toBeGreaterThan(100)
    // Every node that serves took part (round-robin spreads the work), none took a node's budget.
    expect(Math.max(...segments(c))).toBeLessThan(150)
  })

  it('the budget is shared, not split: one busy node may use nearly all of it', () => {
    // Only n0 serves; the other 15 nodes write nothing after their first instant. A budget
    // split 16 ways would stop n0 at 150 / 16 (about 9) segments; shared, n0 gets about 150.
    const c = new Cluster(cluster16(1, 400, 0.125), { maxTrace: 150 })
    c.step()
    expect(c.limitHit).toBe('maxTrace')
    expect(segments(c)[0]).toBeGreaterThan(100)
    expect(sum(segments(c))).toBeLessThanOrEqual(150 + 2 * 16)
  })

  it('a run whose trace fits the budget completes as before', () => {
    // 16 requests, one per node: a handful of segments per node, far below 10,000.
    const c = new Cluster(cluster16(16, 16), { maxTrace: 10_000 })
    c.step()
    expect(c.status).toBe('completed')
    expect(c.limitHit).toBeNull()
  })
})
