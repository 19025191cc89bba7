// `schedlab trace` on a cluster: one CSV row per request, and a Chrome/Perfetto trace with a
// process per node and a flow arrow per request from its arrival to the handler that served it.
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { tempDir, writeScenario, type JsonObject } from './fixtures'

const dir = tempDir()
// One one-core node `a` (plus an idle `b`), one replica with one handler thread; requests every
// 2 ticks need 4 ticks of CPU; 2 ticks each way. Request i leaves at 2i, is queued at 2i + 2,
// starts when the one before is done, at max(2i + 2, 4i + 2) = 4i + 2, replies at 4i + 6 and
// lands at 4i + 8: queueing 2i, service 4, latency 2i + 8.
const oneReplica: JsonObject = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'one replica',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [{ name: 'client', node: 'b', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
  nodes: [
    { name: 'a', machine: { cores: 1 } },
    { name: 'b', machine: { cores: 1 } }
  ],
  network: { latency: 2 },
  services: [{ name: 'orders', replicas: ['a'], handler: { ops: [{ cpu: 4 }] } }],
  requests: [{ to: 'orders', rate: 0.5, count: 3 }]
}
const file = writeScenario(dir, 'one-replica.json', oneReplica)

interface ChromeEvent {
  name: string
  cat?: string
  ph: string
  pid: number
  tid: number
  ts?: number
  dur?: number
  id?: number
  bp?: string
  args?: Record<string, unknown>
}

describe('schedlab trace on a cluster', () => {
  it('prints one CSV row per request with its replica, handler and times', async () => {
    const r = await runCli(['trace', file])
    expect(r.code).toBe(0)
    expect(r.stdout.trim().split('\n')).toEqual([
      'request,service,caller,replica,node,handler,arrival,queued,started,replied,done,failed,queueing,serviceTime,latency',
      '0,orders,outside,0,a,orders/handler-0,0,2,2,6,8,,0,4,8',
      '1,orders,outside,0,a,orders/handler-0,2,4,6,10,12,,2,4,10',
      '2,orders,outside,0,a,orders/handler-0,4,6,10,14,16,,4,4,12'
    ])
  })

  it('chrome: a process per node, the handler slices and one flow arrow per request', async () => {
    const r = await runCli(['trace', file, '--format', 'chrome'])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout) as { traceEvents: ChromeEvent[]; otherData: object }
    const events = doc.traceEvents
    const names = events.filter((e) => e.name === 'process_name').map((e) => [e.pid, e.args?.name])
    expect(names).toEqual([
      [1, 'one replica: requests'],
      [2, 'node a'],
      [3, 'node b']
    ])
    // Node a's core runs the handler 2..6, 6..10, 10..14 (the three requests back to back).
    const runs = events.filter((e) => e.ph === 'X' && e.pid === 2 && e.tid === 1)
    expect(runs.map((e) => [e.ts, e.dur, e.name])).toEqual([[2, 12, 'orders/handler-0']])
    // Node b's only thread, the client, runs 0..1.
    expect(events.filter((e) => e.ph === 'X' && e.pid === 3).map((e) => [e.ts, e.dur])).toEqual([
      [0, 1]
    ])
    // The handler's request track (node a, after the core tracks): one slice per request, from
    // taking it to its reply.
    const serve = events.filter((e) => e.ph === 'X' && e.pid === 2 && e.tid > 1024)
    expect(serve.map((e) => [e.name, e.ts, e.dur])).toEqual([
      ['orders #0', 2, 4],
      ['orders #1', 6, 4],
      ['orders #2', 10, 4]
    ])
    // The requests' whole lives (arrival to reply landing) overlap, so they take lanes:
    // #0 0..8 lane 1, #1 2..12 lane 2, #2 4..16 lane 3.
    const lives = events.filter((e) => e.ph === 'X' && e.pid === 1)
    expect(lives.map((e) => [e.name, e.ts, e.dur, e.tid])).toEqual([
      ['orders #0', 0, 8, 1],
      ['orders #1', 2, 10, 2],
      ['orders #2', 4, 12, 3]
    ])
    // Each arrow starts on the request's slice at its arrival and ends on the handler's slice.
    const flows = events.filter((e) => (e.ph === 's' || e.ph === 'f') && e.cat === 'request')
    expect(flows.map((e) => [e.ph, e.id, e.pid, e.ts])).toEqual([
      ['s', 1, 1, 0],
      ['f', 1, 2, 2],
      ['s', 2, 1, 2],
      ['f', 2, 2, 6],
      ['s', 3, 1, 4],
      ['f', 3, 2, 10]
    ])
    expect(flows.filter((e) => e.ph === 'f').every((e) => e.bp === 'e' && e.tid > 1024)).toBe(true)
  })

  it('chrome: a reply arrow per answered request, from its handler back to its request track', async () => {
    const r = await runCli(['trace', file, '--format', 'chrome'])
    expect(r.code).toBe(0)
    const events = (JSON.parse(r.stdout) as { traceEvents: ChromeEvent[] }).traceEvents
    // Request i's handler replies at 4i + 6 and the reply lands at 4i + 8 (see oneReplica). Each
    // end sits one nanosecond (0.001 µs) before its slice's end, so the viewer binds it to that
    // slice (the serve slice on node a, pid 2; the request's life on its lane, pid 1, tid i + 1).
    // Ids follow the 3 requests' arrows: 4, 5, 6.
    const replies = events.filter((e) => e.cat === 'reply')
    expect(replies.map((e) => [e.ph, e.id, e.pid, e.tid, e.ts, e.bp])).toEqual([
      ['s', 4, 2, 1025, 5.999, undefined],
      ['f', 4, 1, 1, 7.999, 'e'],
      ['s', 5, 2, 1025, 9.999, undefined],
      ['f', 5, 1, 2, 11.999, 'e'],
      ['s', 6, 2, 1025, 13.999, undefined],
      ['f', 6, 1, 3, 15.999, 'e']
    ])
    // Each end lies inside the slice it belongs to: the serve slice (ts..ts+dur) on the handler's
    // track and the request's life on its lane.
    const slices = events.filter((e) => e.ph === 'X')
    for (const f of replies) {
      const host = slices.find(
        (x) =>
          x.pid === f.pid &&
          x.tid === f.tid &&
          (x.ts as number) <= (f.ts as number) &&
          (f.ts as number) < (x.ts as number) + (x.dur as number)
      )
      expect(host?.name).toBe(`orders #${(f.id as number) - 4}`)
    }
  })

  it('a cluster trace stopped by --max-trace says where, as a one-machine trace does', async () => {
    // 40 requests to the one handler: every request adds segments on node a, so a budget of 5
    // segments fills long before the last reply.
    const many = writeScenario(dir, 'many.json', {
      ...oneReplica,
      requests: [{ to: 'orders', rate: 0.1, count: 40 }]
    })
    for (const format of ['csv', 'chrome']) {
      const r = await runCli(['trace', many, '--format', format, '--max-trace', '5'])
      expect(r.code).toBe(0)
      expect(r.stderr).toMatch(
        /^schedlab trace .*many\.json: note: stopped at t=\d+: the trace reached its budget of 5 segments \(--max-trace N raises it\); the output covers the run up to there\n$/
      )
    }
  })

  it('a request no replica could take has a row with no node and no arrow', async () => {
    const down = writeScenario(dir, 'down.json', {
      ...oneReplica,
      faults: [{ node: 'a', down: [0, 100] }]
    })
    const csv = await runCli(['trace', down])
    expect(csv.code).toBe(0)
    // a is down from 0: the balancer has no replica up, so each request fails at its creation.
    expect(csv.stdout.trim().split('\n')[1]).toBe('0,orders,outside,,,,0,,,,,0,,,')
    const chrome = await runCli(['trace', down, '--format', 'chrome'])
    const events = (JSON.parse(chrome.stdout) as { traceEvents: ChromeEvent[] }).traceEvents
    expect(events.some((e) => e.ph === 's' || e.ph === 'f')).toBe(false)
  })
})
