// Issue 17's preset: the figures the online-shop lesson quotes are what a cluster run gives.
import { describe, expect, it } from 'vitest'
import { problemToString, simulate, validateScenario } from '../../sim-core/index'
import { PRESETS } from '../../renderer/presets/presets'

function run() {
  const p = PRESETS.find((x) => x.id === 'online-shop-order-spike')
  if (!p) throw new Error('no preset online-shop-order-spike')
  const r = validateScenario(p.scenario)
  if (!r.ok) throw new Error(r.problems.map(problemToString).join('\n'))
  const cluster = simulate(r.scenario).cluster
  if (!cluster) throw new Error('not run as a cluster')
  return { preset: p, cluster }
}

describe('online shop: an order spike on 1, 2 and 4 nodes', () => {
  it('1 node: order i waits 4i + 10 ms, the last 166, mean 88', () => {
    // Order i leaves at 2i, reaches one-1 at 2i + 2; one server doing 6 ms each finishes it at
    // 2 + 6(i + 1) (the probe's 1 ms is over by 2), the reply lands 2 later: 6i + 10, latency
    // 4i + 10. Last (i = 39): 166; mean 4 x 19.5 + 10 = 88.
    const { cluster } = run()
    const one = cluster.result.services.find((s) => s.name === 'orders-1-node')
    expect(one?.latency).toMatchObject({ mean: 88, max: 166 })
    const records = cluster.requests.filter((r) => r.service === 'orders-1-node')
    records.forEach((r, i) => expect(r.done - r.arrival).toBe(4 * i + 10))
  })

  it('2 nodes: order j of a node waits 2j + 10, worst 48, mean 29', () => {
    // Each node gets every other order, one per 4 ms, and serves it in 6: its j-th order lands
    // at 4j + 2 (+1 for the second node), finishes at 6(j + 1) + 2 (+1), latency 2j + 10;
    // j = 19 gives 48, the mean 2 x 9.5 + 10 = 29.
    const { cluster } = run()
    const two = cluster.result.services.find((s) => s.name === 'orders-2-nodes')
    expect(two?.latency).toMatchObject({ mean: 29, max: 48 })
  })

  it('4 nodes: every completed order takes 2 + 6 + 2 = 10; the one sent to four-4 at 38 fails at 40', () => {
    // Round-robin sends order 19 (created at 38) to four-4, reaching it at 40: the node is down
    // from 40, so it fails. From then on three nodes share the orders, one per 6 ms each, served
    // in 6: nobody waits.
    const { cluster } = run()
    const four = cluster.result.services.find((s) => s.name === 'orders-4-nodes')
    expect(four).toMatchObject({ count: 40, completed: 39, failed: 1 })
    expect(four?.latency).toEqual({ mean: 10, p50: 10, p95: 10, p99: 10, max: 10 })
    const failed = cluster.requests.filter((r) => r.failed >= 0)
    expect(failed).toMatchObject([
      { service: 'orders-4-nodes', node: 'four-4', arrival: 38, failed: 40 }
    ])
    expect(
      cluster.requests.some((r) => r.node === 'four-4' && r.arrival >= 40 && r.arrival < 80)
    ).toBe(false)
  })

  it('overall: 1 failed of 120, p99 162; one-1 busy 98.8% (1 + 40 x 6 = 241 of 244 ms)', () => {
    const { cluster, preset } = run()
    expect(cluster.result.requests).toMatchObject({ count: 120, failed: 1 })
    expect(cluster.result.requests.latency?.p99).toBe(162)
    expect(cluster.result.makespan).toBe(244)
    expect(cluster.result.nodes[0]).toMatchObject({ name: 'one-1' })
    expect(cluster.result.nodes[0].utilization).toBeCloseTo(241 / 244, 6)
    // The lesson and what-to-look-at quote these figures.
    for (const figure of ['166', '88', '48', '10 ms', '1 failed of 120'])
      expect(preset.lesson.en).toContain(figure)
    for (const figure of ['162', '98.8%', '88, 29 and 10'])
      expect(preset.lookAt.en).toContain(figure)
    for (const figure of ['166', '88', '48', '120']) expect(preset.lesson.zh).toContain(figure)
  })
})
