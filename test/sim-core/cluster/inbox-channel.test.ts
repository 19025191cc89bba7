// A replica's inbox is a channel of its node's ChannelTable, named "<replica process>.inbox"
// (docs/clusters.md, "The service inbox"): the network delivers into it, handler threads
// receive from it and block on it, and a node going down drains it.
import { describe, expect, it } from 'vitest'
import { Cluster } from '../../../sim-core/cluster/cluster'
import { clusterSimResult } from '../../../sim-core/cluster/cluster-run-result'
import { INBOX_CAPACITY } from '../../../sim-core/cluster/node-scenario'
import {
  ChanDir,
  ChannelTable,
  ChanResult,
  type ChannelHost
} from '../../../sim-core/engine/channel-table'
import { buildClusterResult, requestRecords } from '../../../sim-core/metrics/cluster-result'
import { Channel, type Waiter } from '../../../sim-core/model/channel'
import { ROW_BYTES, TB } from '../../../sim-core/model/task-table'
import { validateScenario } from '../../../sim-core/scenario/parse'
import type { Scenario } from '../../../sim-core/scenario/schema'
import { BlockKind, TaskState } from '../../../sim-core/trace/trace-store'
import { clusterScenario } from './cluster-scenario'

const scenario = (extra: Record<string, unknown>): Scenario => clusterScenario(extra, 'inbox')

/**
 * One replica on n0 with one handler thread needing 4 ticks of CPU, a request every 2 ticks,
 * 2 ticks of latency each way. Request i leaves at 2i and reaches n0 at 2i + 2; the handler
 * takes it at 4i + 2 and its reply leaves at 4i + 6 (cluster-run.test.ts works these out).
 */
function shop(count: number, extra: Record<string, unknown> = {}): Scenario {
  return scenario({
    nodes: [{ name: 'n0', machine: { cores: 1 } }],
    network: { latency: 2 },
    services: [
      {
        name: 'orders',
        replicas: ['n0'],
        balancer: 'round-robin',
        handler: { threads: 1, ops: [{ cpu: 4 }] }
      }
    ],
    requests: [{ to: 'orders', kind: 'uniform', rate: 0.5, count }],
    ...extra
  })
}

function run(s: Scenario, before?: (c: Cluster) => void): Cluster {
  const c = new Cluster(s)
  before?.(c)
  c.step()
  return c
}

/** n0's inbox channel (the node has no declared channels, so it is channel 0) and its table. */
const inbox = (c: Cluster) => c.machines[0].waits.channels.channels[0]
/** The handler thread on n0: task 1, after the client's thread. */
const HANDLER = 1

describe('the service inbox as a channel', () => {
  it('counts every delivery as a send and every request taken as a receive', () => {
    // 10 requests reach n0 at 2, 4, ..., 20. Request 0 finds the handler waiting (it has waited
    // on the empty inbox since t=0) and is handed straight to it: a send and a receive, never in
    // the buffer; the wait lasted 2 - 0 = 2 ticks. The handler finishes request i at 4i + 6,
    // when request i + 1 (arrived at 2i + 4) is already queued, so it never waits again until
    // the last request. At one instant the handler takes its next request (the end of its burst
    // comes first) before the next arrival is queued. Occupancy = arrived - taken: at t=20,
    // 10 arrived and 5 taken (at 2, 6, 10, 14, 18), so 5 wait; after 20 nothing arrives, so 5
    // is the peak (at 18 it was 9 - 5 = 4).
    const c = run(shop(10))
    const ch = inbox(c)
    expect(ch.name).toBe('orders.inbox')
    expect(ch.capacity).toBe(INBOX_CAPACITY)
    expect({ sends: ch.sends, receives: ch.receives, peak: ch.peakOccupancy }).toEqual({
      sends: 10,
      receives: 10,
      peak: 5
    })
    expect({ recvWait: ch.recvWait, sendWait: ch.sendWait, occupancy: ch.occupancy }).toEqual({
      recvWait: 2,
      sendWait: 0,
      occupancy: 0
    })
    // The request figures are those of the model before the inbox was a channel: latency 2i + 8.
    const records = requestRecords(c)
    expect(records.map((r) => r.done - r.arrival)).toEqual(records.map((_, i) => 2 * i + 8))
    // The handler waiting on its empty inbox at the end is an idle server, not a deadlock: the
    // run completes when the last reply lands, 4 x 9 + 6 + 2 = 44.
    const res = buildClusterResult(c)
    expect(res.status).toBe('completed')
    expect(res.makespan).toBe(44)
    expect(res.channels).toEqual([
      {
        name: 'n0/orders.inbox',
        capacity: INBOX_CAPACITY,
        sends: 10,
        receives: 10,
        peakOccupancy: 5,
        sendWait: 0,
        recvWait: 2,
        timeouts: 0
      }
    ])
  })

  it('is a channel row and an occupancy line of the app result', () => {
    const c = new Cluster(shop(10), { trace: true })
    c.step()
    const r = clusterSimResult(c)
    expect(r.channels).toEqual(buildClusterResult(c).channels)
    // Occupancy samples of channel 0 (n0's inbox): up by one at each queued arrival, down at
    // each take. The first change is request 1 queued at 4 (request 0 never entered the buffer);
    // at 6 the take (1 -> 0) and the arrival (0 -> 1) make one sample, 1; the peak 5 is at 20.
    const t = r.trace
    const samples: [number, number][] = []
    for (let k = 0; k < t.chSamples; k++)
      if (t.chChannel[k] === 0) samples.push([t.chTime[k], t.chOccupancy[k]])
    expect(samples.slice(0, 2)).toEqual([
      [4, 1],
      [6, 1]
    ])
    expect(samples.find(([time]) => time === 20)).toEqual([20, 5])
    expect(samples[samples.length - 1]).toEqual([38, 0])
  })

  it('a handler with an empty inbox is blocked on the channel, as a receiver', () => {
    // After the last request (taken at 38, replied at 42) the handler receives again and waits.
    const c = run(shop(10))
    const m = c.machines[0]
    expect(m.tb[HANDLER * ROW_BYTES + TB.blockKind]).toBe(BlockKind.channel)
    expect(m.waits.channels.waitOf(HANDLER)).toMatchObject({ ch: 0, dir: ChanDir.recv })
    // ... and it is no thread the deadlock search looks at: none is stuck.
    expect(m.waits.channels.blockedThreads).toBe(0)
    expect(m.waits.channels.waiters()).toEqual([])
    // In the trace, its last state is blocked on a channel (the app's lane shows it so).
    const sim = new Cluster(shop(10), { trace: true })
    sim.step()
    const t = clusterSimResult(sim).trace
    let last = -1
    for (let k = 0; k < t.states; k++) if (t.stTask[k] === HANDLER) last = k
    expect([t.stTime[last], t.stState[last], t.stBlock[last]]).toEqual([
      42,
      TaskState.blocked,
      BlockKind.channel
    ])
  })

  it('a node going down drains its inbox; the requests dropped are failed, not received', () => {
    // n0 down from 15. By then requests 0..6 arrived (at 2..14) and 0..3 were taken (at 2, 6,
    // 10, 14): 4, 5 and 6 wait in the inbox (3 is the peak) and fail at 15 with request 3,
    // which was being served (14..18). Request 7 (left at 14) reaches n0 at 16, while it is
    // down: lost. Requests 8 and 9 (16, 18) find no replica up. Request 2's reply left at 14
    // and lands at 16. So sends = 7 delivered, receives = 4 taken (3 among them: it was taken,
    // then failed), occupancy 0 after the drain, and 7 = 4 + 0 + 3 dropped.
    const c = run(shop(10, { faults: [{ node: 'n0', down: [15, 100] }] }))
    const ch = inbox(c)
    expect({
      sends: ch.sends,
      receives: ch.receives,
      peak: ch.peakOccupancy,
      occupancy: ch.occupancy
    }).toEqual({ sends: 7, receives: 4, peak: 3, occupancy: 0 })
    const records = requestRecords(c)
    expect(records.map((r) => r.failed)).toEqual([-1, -1, -1, 15, 15, 15, 15, 16, 16, 18])
    // The drained requests were never taken by a handler.
    expect(records.slice(4, 7).map((r) => r.started)).toEqual([-1, -1, -1])
    expect(buildClusterResult(c).requests).toMatchObject({ completed: 3, failed: 7 })
  })

  it('a full inbox loses the request: the network does not wait', () => {
    // The inbox's capacity lowered to 1 (in place of 1,000,000, for a test of a few requests).
    // Request 0 (at 2) goes straight to the waiting handler; 1 (at 4) is queued. At 6 the
    // handler takes 1 before 2 arrives, so 2 is queued; 3 (at 8) finds the inbox full (2 waits,
    // the handler serves 1 until 10) and fails. The same every 4 ticks: the odd requests from
    // 3 on fail at their arrival 2i + 2, the others are served one after another.
    const c = run(shop(10), (cl) => Object.defineProperty(inbox(cl), 'capacity', { value: 1 }))
    const records = requestRecords(c)
    expect(records.map((r) => r.failed)).toEqual([-1, -1, -1, 8, -1, 12, -1, 16, -1, 20])
    const ch = inbox(c)
    // A refused request is no send.
    expect({ sends: ch.sends, receives: ch.receives, peak: ch.peakOccupancy }).toEqual({
      sends: 6,
      receives: 6,
      peak: 1
    })
  })

  it('one inbox per replica, named after its process, after the declared channels', () => {
    // Two replicas of orders on n0: their processes are "orders" and, the name being taken,
    // "orders-1"; the scenario's channel "jobs" is every node's first channel.
    const c = run(
      scenario({
        channels: [{ name: 'jobs', capacity: 1 }],
        nodes: [
          { name: 'n0', machine: { cores: 1 } },
          { name: 'n1', machine: { cores: 1 } }
        ],
        services: [
          {
            name: 'orders',
            replicas: ['n0', 'n0', 'n1'],
            handler: { threads: 2, ops: [{ cpu: 1 }] }
          }
        ],
        requests: [{ to: 'orders', kind: 'uniform', rate: 1, count: 6 }]
      })
    )
    expect(buildClusterResult(c).channels.map((r) => [r.name, r.sends])).toEqual([
      ['n0/jobs', 0],
      ['n0/orders.inbox', 2],
      ['n0/orders-1.inbox', 2],
      ['n1/jobs', 0],
      ['n1/orders.inbox', 2]
    ])
  })

  it('a declared channel may not take an inbox name', () => {
    const r = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'clash',
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      channels: [{ name: 'orders.inbox' }],
      processes: [{ name: 'client', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
      nodes: [{ name: 'n0', machine: { cores: 1 } }],
      services: [{ name: 'orders', replicas: ['n0'], handler: { threads: 1, ops: [{ cpu: 1 }] } }]
    })
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.message])).toEqual([
      ['channels[0].name', 'duplicate name "orders.inbox" (also at services[0].replicas[0])']
    ])
    // On one machine the name is free.
    const one = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'one',
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      channels: [{ name: 'orders.inbox' }],
      processes: [{ name: 'client', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }]
    })
    expect(one.ok).toBe(true)
  })
})

describe('ChannelTable: values from outside the machine', () => {
  function table(capacity: number) {
    const resumed: Waiter[] = []
    const occupancy: number[] = []
    const host: ChannelHost = {
      now: 0,
      resume: (w) => resumed.push(w),
      handOff: () => undefined,
      occupancy: (_, n) => occupancy.push(n)
    }
    const ch = new Channel('in', capacity)
    ch.external = true
    return { t: new ChannelTable([ch], host), ch, resumed, occupancy }
  }

  it('deliver hands the value to the first waiting receiver, else buffers it', () => {
    const { t, ch, resumed } = table(2)
    expect(t.recv(4, 0)).toBe(ChanResult.wait)
    expect(t.recv(7, 0)).toBe(ChanResult.wait)
    expect(t.deliver(0)).toBe(4)
    expect(resumed).toEqual([4])
    expect(t.deliver(0)).toBe(7)
    expect(t.deliver(0)).toBeNull()
    expect(t.deliver(0)).toBeNull()
    expect(t.full(0)).toBe(true)
    expect([ch.sends, ch.receives, ch.occupancy, ch.peakOccupancy]).toEqual([4, 2, 2, 2])
  })

  it('a receiver waiting on an external channel is not stuck (no deadlock candidate)', () => {
    const { t } = table(1)
    t.recv(3, 0)
    expect(t.blockedThreads).toBe(0)
    expect(t.waiters()).toEqual([])
    expect(t.waitOf(3)).toMatchObject({ ch: 0, dir: ChanDir.recv })
    t.deliver(0)
    expect(t.waitOf(3)).toBeUndefined()
    expect(t.blockedThreads).toBe(0)
  })

  it('drain drops what the buffer holds: occupancy 0, no receive counted', () => {
    const { t, ch, occupancy } = table(5)
    t.deliver(0)
    t.deliver(0)
    t.deliver(0)
    expect(t.drain(0)).toBe(3)
    expect([ch.sends, ch.receives, ch.occupancy, ch.peakOccupancy]).toEqual([3, 0, 0, 3])
    expect(occupancy).toEqual([1, 2, 3, 0])
    expect(t.drain(0)).toBe(0)
    expect(occupancy).toEqual([1, 2, 3, 0])
  })
})
