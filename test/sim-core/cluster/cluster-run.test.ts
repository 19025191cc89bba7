import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Cluster } from '../../../sim-core/cluster/cluster'
import {
  buildClusterResult,
  requestRecords,
  type RequestRecord
} from '../../../sim-core/metrics/cluster-result'
import { validateScenario } from '../../../sim-core/scenario/parse'
import type { Scenario } from '../../../sim-core/scenario/schema'
import { clusterScenario } from './cluster-scenario'

const scenario = clusterScenario

function run(s: Scenario): { cluster: Cluster; records: RequestRecord[] } {
  const cluster = new Cluster(s)
  cluster.step()
  return { cluster, records: requestRecords(cluster) }
}

const nodes = (n: number, cores = 1) =>
  Array.from({ length: n }, (_, i) => ({ name: `n${i}`, machine: { cores } }))

/** Arrivals every 2 ticks to one service whose single handler thread needs 4 ticks of CPU, 2 ticks each way. */
function shop(replicas: number, count: number, balancer = 'round-robin'): Scenario {
  const ns = nodes(replicas)
  return scenario({
    nodes: ns,
    network: { latency: 2 },
    services: [
      {
        name: 'orders',
        replicas: ns.map((n) => n.name),
        balancer,
        handler: { threads: 1, ops: [{ cpu: 4 }] }
      }
    ],
    requests: [{ to: 'orders', kind: 'uniform', rate: 0.5, count }]
  })
}

describe('a replicated service', () => {
  it('with 1 replica the queue grows: request i waits 2i, the last one takes about 2 x count', () => {
    // Request i leaves at 2i and reaches the node at 2i + 2. One server doing 4 ticks each
    // finishes request i at 2 + 4(i + 1) = 4i + 6 (it arrives faster than it is served), so the
    // reply lands at 4i + 8 and the latency is 4i + 8 - 2i = 2i + 8. Last of 50: 2 x 49 + 8 = 106
    // (about 2 x 50 = 100).
    const { cluster, records } = run(shop(1, 50))
    const latency = records.map((r) => r.done - r.arrival)
    expect(latency).toEqual(records.map((_, i) => 2 * i + 8))
    expect(latency[49]).toBe(106)
    // Queueing time (taken minus queued) grows by 2 per request: 4i + 2 - (2i + 2) = 2i.
    expect(records.map((r) => r.started - r.queued)).toEqual(records.map((_, i) => 2 * i))
    const res = buildClusterResult(cluster)
    expect(res.status).toBe('completed')
    expect(res.requests).toMatchObject({ count: 50, completed: 50, failed: 0 })
    expect(res.requests.latency?.max).toBe(106)
    // The node is busy from 2 to 4 x 49 + 6 = 202 (200 ticks of handler CPU + the client's 1)
    // out of a makespan of 4 x 49 + 8 = 204.
    expect(res.makespan).toBe(204)
    expect(res.nodes[0].utilization).toBeCloseTo(201 / 204, 9)
  })

  it('with 4 replicas under round-robin every request takes 4 + 2 x 2 = 8', () => {
    // Each replica gets every 4th request, i.e. one every 8 ticks, and serves it in 4: no queue.
    const { cluster, records } = run(shop(4, 40))
    expect(records.map((r) => r.done - r.arrival)).toEqual(records.map(() => 8))
    expect(records.map((r) => r.node)).toEqual(records.map((_, i) => `n${i % 4}`))
    const res = buildClusterResult(cluster)
    expect(res.requests.latency).toEqual({ mean: 8, p50: 8, p95: 8, p99: 8, max: 8 })
    expect(res.services[0]).toMatchObject({ name: 'orders', count: 40, completed: 40 })
  })

  it('runs more than 15 nodes (each node takes 16 event kinds: the kind code is 16-bit)', () => {
    // 20 replicas under round-robin: each gets one request every 40 ticks and serves it in 4,
    // so every latency is 2 + 4 + 2 = 8, as with 4 replicas. (8-bit kind codes broke at 16 nodes.)
    const { records } = run(shop(20, 60))
    expect(records.map((r) => r.done - r.arrival)).toEqual(records.map(() => 8))
    expect(records[19].node).toBe('n19')
  })

  it('least-outstanding never sends to a replica with more requests in flight than another', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 2, max: 9 }),
        (seed, replicas, work) => {
          const s = shop(replicas, 60, 'least-outstanding')
          s.seed = seed
          ;(s.requests ?? [])[0].kind = 'poisson'
          ;(s.requests ?? [])[0].rate = 0.6
          ;(s.services ?? [])[0].handler.ops = [{ cpu: work }]
          const { records } = run(s)
          records.forEach((r, i) => {
            // In flight at request i's creation: sent earlier (or earlier at this instant) to a
            // replica and not yet answered. A reply landing at this very instant still counts:
            // creations come before deliveries at one instant.
            const inFlight = new Map<string, number>()
            for (let k = 0; k < replicas; k++) inFlight.set(`n${k}`, 0)
            for (let j = 0; j < i; j++) {
              const q = records[j]
              if (q.node !== null && q.done >= r.arrival)
                inFlight.set(q.node, (inFlight.get(q.node) ?? 0) + 1)
            }
            const chosen = inFlight.get(r.node ?? '') ?? -1
            expect(chosen).toBe(Math.min(...inFlight.values()))
          })
        }
      ),
      { numRuns: 25 }
    )
  })
})

describe('a node down from t=100 to t=200', () => {
  // Two replicas (n0, n1), round-robin, a request every 2 ticks, 4 ticks of handler CPU, 5 ticks
  // each way. Request i leaves at 2i; even i go to n0 while both are up.
  // - i = 46 (leaves 92) reaches n0 at 97 and runs 97..101: running at 100, so it fails.
  // - i = 48 (leaves 96) reaches n0 at 101, while it is down: lost, so it fails.
  // - i = 44 (leaves 88) is served 93..97; its reply left before 100 and lands at 102: completes.
  // - from 100 to 199 the balancer skips n0: requests 50..99 all go to n1.
  const s = () => {
    const base = shop(2, 200)
    base.network = { latency: 5, links: [] }
    base.faults = [{ node: 'n0', down: [100, 200] }]
    return base
  }

  it('receives nothing in that window, fails what it held, and every other request completes', () => {
    const { cluster, records } = run(s())
    const atN0 = records.filter((r) => r.node === 'n0')
    expect(atN0.filter((r) => r.queued >= 100 && r.queued < 200)).toEqual([])
    expect(records.slice(50, 100).every((r) => r.node === 'n1')).toBe(true)
    const failed = records.flatMap((r, i) => (r.failed >= 0 ? [i] : []))
    expect(failed).toEqual([46, 48])
    expect(records[46].failed).toBe(100)
    expect(records[48].failed).toBe(101)
    expect(records[44].done).toBe(102)
    const res = buildClusterResult(cluster)
    expect(res.requests).toMatchObject({ count: 200, completed: 198, failed: 2 })
    expect(res.status).toBe('completed')
  })

  it('gets requests again from t=200', () => {
    const { records } = run(s())
    expect(records.some((r) => r.node === 'n0' && r.arrival >= 200)).toBe(true)
  })
})

describe('the same cluster and seed', () => {
  const policy = fc.constantFrom('fcfs', 'rr', 'cfs', 'srtf', 'lottery')
  const balancer = fc.constantFrom('round-robin', 'least-outstanding', 'two-choices')
  const cluster = fc
    .record({
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      nodes: fc.integer({ min: 1, max: 3 }),
      cores: fc.integer({ min: 1, max: 2 }),
      policy,
      balancer,
      threads: fc.integer({ min: 1, max: 3 }),
      cpu: fc.integer({ min: 1, max: 6 }),
      io: fc.integer({ min: 0, max: 6 }),
      kind: fc.constantFrom('uniform', 'poisson'),
      rate: fc.constantFrom(0.2, 0.5, 1, 2),
      count: fc.integer({ min: 1, max: 40 }),
      latency: fc.integer({ min: 0, max: 5 }),
      fault: fc.option(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 40 })))
    })
    .map((c) => {
      const ns = Array.from({ length: c.nodes }, (_, i) => ({
        name: `n${i}`,
        machine: { cores: c.cores },
        scheduler: { policy: c.policy }
      }))
      return scenario({
        seed: c.seed,
        nodes: ns,
        network: { latency: c.latency },
        services: [
          {
            name: 'api',
            replicas: ns.map((n) => n.name),
            balancer: c.balancer,
            handler: { threads: c.threads, ops: [{ cpu: c.cpu }, { io: c.io }, { cpu: 1 }] }
          }
        ],
        requests: [{ to: 'api', kind: c.kind, rate: c.rate, count: c.count }],
        faults: c.fault ? [{ node: 'n0', down: [c.fault[0], c.fault[0] + c.fault[1]] }] : []
      })
    })

  it('give the same result and request records, bit for bit; every request ends', () => {
    fc.assert(
      fc.property(cluster, (s) => {
        const a = run(s)
        const b = run(structuredClone(s))
        const ra = buildClusterResult(a.cluster)
        expect(ra).toEqual(buildClusterResult(b.cluster))
        expect(a.records).toEqual(b.records)
        expect(ra.status).toBe('completed')
        expect(ra.requests.completed + ra.requests.failed).toBe(ra.requests.count)
      }),
      { numRuns: 40 }
    )
  })
})

describe('cluster validation names the field', () => {
  it('reports unknown nodes and services, duplicates and a fault on an unknown node', () => {
    const r = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'bad',
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      processes: [{ name: 'p', node: 'nowhere', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
      nodes: [
        { name: 'a', machine: { cores: 1 } },
        { name: 'a', machine: { cores: 1 } }
      ],
      network: { latency: 1, links: [{ from: 'a', to: 'b', latency: 3 }] },
      services: [{ name: 's', replicas: ['a', 'x'], handler: { ops: [{ cpu: 1 }] } }],
      requests: [{ to: 'nope', rate: 1, count: 1 }],
      faults: [{ node: 'ghost', down: [1, 2] }]
    })
    expect(r.ok).toBe(false)
    const problems = r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`)
    expect(problems).toEqual(
      expect.arrayContaining([
        'nodes[1].name: duplicate name "a" (also at nodes[0])',
        'processes[0].node: unknown node "nowhere" (declare it under "nodes")',
        'network.links[0].to: unknown node "b" (declare it under "nodes")',
        'services[0].replicas[1]: unknown node "x" (declare it under "nodes")',
        'requests[0].to: unknown service "nope" (declare it under "services")',
        'faults[0].node: unknown node "ghost" (declare it under "nodes")'
      ])
    )
  })

  it("checks a process's affinity against its node's cores, not the top-level machine's", () => {
    const r = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'affinity',
      machine: { cores: 8 },
      scheduler: { policy: 'fcfs' },
      processes: [
        { name: 'p', node: 'small', affinity: [3], threads: [{ name: 't', ops: [{ cpu: 1 }] }] },
        { name: 'q', node: 'big', affinity: [3], threads: [{ name: 't', ops: [{ cpu: 1 }] }] }
      ],
      nodes: [
        { name: 'small', machine: { cores: 2 } },
        { name: 'big', machine: { cores: 4 } }
      ]
    })
    expect(r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'processes[0].affinity[0]: core 3 does not exist: the machine has cores 0 to 1'
    ])
  })

  it('rejects a fault window that ends before it starts', () => {
    const r = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'bad',
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      processes: [{ name: 'p', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
      nodes: [{ name: 'a', machine: { cores: 1 } }],
      faults: [{ node: 'a', down: [5, 5] }]
    })
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['faults[0].down'])
  })
})
