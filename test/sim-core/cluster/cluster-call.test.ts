import { describe, expect, it } from 'vitest'
import { Cluster } from '../../../sim-core/cluster/cluster'
import { buildClusterResult, requestRecords } from '../../../sim-core/metrics/cluster-result'
import { validateScenario } from '../../../sim-core/scenario/parse'
import type { Scenario } from '../../../sim-core/scenario/schema'

function scenario(extra: Record<string, unknown> = {}): Scenario {
  const r = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'call',
    machine: { cores: 1 },
    scheduler: { policy: 'fcfs' },
    processes: [
      {
        name: 'shop',
        node: 'web',
        threads: [{ name: 'main', ops: [{ cpu: 2 }, { call: 'stock' }, { cpu: 1 }] }]
      }
    ],
    nodes: [
      { name: 'web', machine: { cores: 1 } },
      { name: 'db', machine: { cores: 1 } }
    ],
    network: { latency: 1, links: [{ from: 'web', to: 'db', latency: 3 }] },
    services: [{ name: 'stock', replicas: ['db'], handler: { ops: [{ cpu: 5 }] } }],
    ...extra
  })
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.scenario
}

describe('the call op', () => {
  it('blocks the calling thread until the reply: 2 + 3 + 5 + 3, then its last tick', () => {
    // main runs 0..2 and calls; the request crosses the web-db link (3) to arrive at 5, the
    // handler runs 5..10, the reply lands at 13, main runs its last tick 13..14. Latency 11.
    const c = new Cluster(scenario())
    c.step()
    const r = buildClusterResult(c)
    expect(r.status).toBe('completed')
    expect(r.makespan).toBe(14)
    expect(requestRecords(c)).toEqual([
      {
        service: 'stock',
        node: 'db',
        arrival: 2,
        queued: 5,
        started: 5,
        replied: 10,
        done: 13,
        failed: -1
      }
    ])
    const main = c.machines[0].tasks[0]
    expect(main.finish).toBe(14)
    expect(main.blockedTime).toBe(11)
  })

  it('returns at once when the call fails (every replica down): the thread goes on', () => {
    // db is down from 0: the balancer finds no replica at 2, the request fails at 2, main runs
    // its last tick 2..3.
    const c = new Cluster(scenario({ faults: [{ node: 'db', down: [0, 100] }] }))
    c.step()
    const r = buildClusterResult(c)
    expect(r.requests).toMatchObject({ count: 1, completed: 0, failed: 1, latency: null })
    expect(c.machines[0].tasks[0].finish).toBe(3)
  })

  it('is refused outside a cluster and for an unknown service, at the op', () => {
    const r = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'no cluster',
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      processes: [{ name: 'p', threads: [{ name: 't', ops: [{ call: 'stock' }] }] }]
    })
    expect(r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'processes[0].threads[0].ops[0].call: unknown service "stock" (declare it under "services")'
    ])
  })
})
