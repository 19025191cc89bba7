// `schedlab trace` on a cluster: the per-request records (CSV: arrival, replica, handler thread,
// queueing, service, reply) and a Chrome/Perfetto trace with one process per node (a track per
// core, a track per handler thread with the requests it served), one "requests" process with each
// request's whole life, a flow arrow per request from its arrival to the handler that served it,
// and one per reply from the handler back to the request's track (ids after the requests').
import { SCHEDLAB_VERSION, SegmentKind, type Cluster } from '../../sim-core'
import { csvRow } from '../../present/csv'
import { coreTid } from './trace-chrome'
import { endReasonName, segmentKindName } from './trace-names'

const opt = (t: number): number | '' => (t >= 0 ? t : '')
const span = (from: number, to: number): number | '' => (from >= 0 && to >= 0 ? to - from : '')

/** `web/client` for a `call` from a thread, `outside` for a request from `requests`. */
function callerName(c: Cluster, r: number): string {
  const node = c.log.callerNode[r]
  if (node < 0) return 'outside'
  const task = c.log.callerTask[r]
  return `${c.nodeNames[node]}:${c.machines[node].tasks[task]?.name ?? `task-${task}`}`
}

/** The node a request was sent to, or -1 (no replica was up). */
function nodeOf(c: Cluster, r: number): number {
  const replica = c.log.replica[r]
  return replica < 0 ? -1 : c.places[c.log.service[r]][replica].node
}

function handlerName(c: Cluster, r: number): string {
  const node = nodeOf(c, r)
  const task = c.log.handler[r]
  return node < 0 || task < 0 ? '' : (c.machines[node].tasks[task]?.name ?? `task-${task}`)
}

export const CLUSTER_TRACE_COLUMNS = [
  'request',
  'service',
  'caller',
  'replica',
  'node',
  'handler',
  'arrival',
  'queued',
  'started',
  'replied',
  'done',
  'failed',
  'queueing',
  'serviceTime',
  'latency'
] as const

export function* clusterTraceCsv(c: Cluster): Generator<string> {
  const log = c.log
  const services = c.scenario.services ?? []
  yield csvRow([...CLUSTER_TRACE_COLUMNS])
  for (let r = 0; r < log.count; r++) {
    const node = nodeOf(c, r)
    yield csvRow([
      r,
      services[log.service[r]].name,
      callerName(c, r),
      opt(log.replica[r]),
      node < 0 ? '' : c.nodeNames[node],
      handlerName(c, r),
      log.created[r],
      opt(log.queued[r]),
      opt(log.started[r]),
      opt(log.replied[r]),
      opt(log.done[r]),
      opt(log.failed[r]),
      span(log.queued[r], log.started[r]),
      span(log.started[r], log.replied[r]),
      span(log.created[r], log.done[r])
    ])
  }
}

/** The "requests" process; nodes follow, node i as pid i + 2. Perfetto reserves pid 0. */
export const REQUESTS_PID = 1
export const nodePid = (node: number): number => node + 2
/** How far before a slice's end a reply arrow's end sits: one nanosecond (ts is in µs). */
export const REPLY_LEAD = 0.001

/** A handler thread's request track, after every possible core track (cores are at most 1024). */
export const handlerTid = (task: number): number => 1025 + task

const meta = (name: string, pid: number, tid: number, args: object) => ({
  name,
  ph: 'M',
  pid,
  tid,
  args
})

/**
 * Lanes for the requests' whole lives: a request goes on the first lane free at its arrival, so
 * slices on one track never overlap (the viewers draw overlapping slices on a track wrongly).
 */
function lanes(starts: readonly number[], ends: readonly number[]): Int32Array {
  const order = starts.map((_, i) => i).sort((a, b) => starts[a] - starts[b] || a - b)
  const laneEnd: number[] = []
  const lane = new Int32Array(starts.length)
  for (const r of order) {
    let l = laneEnd.findIndex((end) => end <= starts[r])
    if (l < 0) l = laneEnd.push(0) - 1
    laneEnd[l] = ends[r]
    lane[r] = l
  }
  return lane
}

function* nodeEvents(c: Cluster, n: number): Generator<object> {
  const m = c.machines[n]
  const pid = nodePid(n)
  yield meta('process_name', pid, 0, { name: `node ${c.nodeNames[n]}` })
  yield meta('process_sort_index', pid, 0, { sort_index: pid })
  for (let core = 0; core < m.cpus.length; core++) {
    yield meta('thread_name', pid, coreTid(core), { name: `core ${core}` })
    yield meta('thread_sort_index', pid, coreTid(core), { sort_index: core })
  }
  const t = m.trace.data()
  for (let i = 0; i < t.segments; i++) {
    const kind = t.segKind[i]
    if (kind === SegmentKind.idle) continue
    const thread = m.tasks[t.segTask[i]]?.name ?? `task-${t.segTask[i]}`
    const kindName = segmentKindName(kind)
    const args: Record<string, string> = { thread }
    const reason = endReasonName(t.segReason[i])
    if (reason) args.end = reason
    yield {
      name: kind === SegmentKind.run ? thread : `${kindName} ${thread}`,
      cat: kindName,
      ph: 'X',
      ts: t.segStart[i],
      dur: t.segEnd[i] - t.segStart[i],
      pid,
      tid: coreTid(t.segCpu[i]),
      args
    }
  }
}

export function* clusterTraceChrome(c: Cluster): Generator<string> {
  const log = c.log
  const services = c.scenario.services ?? []
  const end = (r: number) =>
    log.done[r] >= 0 ? log.done[r] : log.failed[r] >= 0 ? log.failed[r] : c.makespan
  const starts = log.created.slice()
  const lane = lanes(
    starts,
    starts.map((_, r) => end(r))
  )
  let first = true
  const item = (e: object) => {
    const s = (first ? '' : ',\n') + JSON.stringify(e)
    first = false
    return s
  }
  yield '{"traceEvents":[\n'
  yield item(meta('process_name', REQUESTS_PID, 0, { name: `${c.scenario.name}: requests` }))
  yield item(meta('process_sort_index', REQUESTS_PID, 0, { sort_index: 0 }))
  let lanesUsed = 0
  for (const l of lane) lanesUsed = Math.max(lanesUsed, l + 1)
  for (let l = 0; l < lanesUsed; l++)
    yield item(meta('thread_name', REQUESTS_PID, l + 1, { name: `requests ${l}` }))
  for (let n = 0; n < c.machines.length; n++) for (const e of nodeEvents(c, n)) yield item(e)
  const named = new Set<string>()
  for (let r = 0; r < log.count; r++) {
    const name = `${services[log.service[r]].name} #${r}`
    const node = nodeOf(c, r)
    const args: Record<string, string | number> = { request: r, caller: callerName(c, r) }
    if (node >= 0) args.node = c.nodeNames[node]
    if (log.failed[r] >= 0) args.failed = log.failed[r]
    else if (log.done[r] >= 0) args.latency = log.done[r] - log.created[r]
    yield item({
      name,
      cat: 'request',
      ph: 'X',
      ts: log.created[r],
      dur: end(r) - log.created[r],
      pid: REQUESTS_PID,
      tid: lane[r] + 1,
      args
    })
    const task = log.handler[r]
    if (node < 0 || task < 0) continue
    const pid = nodePid(node)
    const tid = handlerTid(task)
    const key = `${pid}/${tid}`
    if (!named.has(key)) {
      named.add(key)
      const handler = c.machines[node].tasks[task]?.name ?? `task-${task}`
      yield item(meta('thread_name', pid, tid, { name: `${handler} requests` }))
      yield item(meta('thread_sort_index', pid, tid, { sort_index: tid }))
    }
    // The handler holds the request from taking it to sending its reply (or to the failure).
    const until =
      log.replied[r] >= 0
        ? log.replied[r]
        : log.failed[r] >= log.started[r]
          ? log.failed[r]
          : c.makespan
    yield item({
      name,
      cat: 'serve',
      ph: 'X',
      ts: log.started[r],
      dur: until - log.started[r],
      pid,
      tid,
      args: { request: r, queued: log.queued[r] }
    })
    // The arrow: from the request's slice at its arrival to the handler's slice where it starts.
    const flow = { name: 'request', cat: 'request', id: r + 1 }
    yield item({ ...flow, ph: 's', ts: log.created[r], pid: REQUESTS_PID, tid: lane[r] + 1 })
    yield item({ ...flow, ph: 'f', bp: 'e', ts: log.started[r], pid, tid })
    if (log.replied[r] < 0 || log.done[r] < 0) continue
    // The reply's arrow: from the handler's slice as it sends the reply back to the request's
    // slice as the reply lands. Both are the slices' last instants, and a viewer binds a flow
    // event to the slice open at its time (a slice is closed at its end), so each end sits
    // REPLY_LEAD before the slice's end: inside it, never before its start.
    const reply = { name: 'reply', cat: 'reply', id: log.count + r + 1 }
    const inside = (start: number, end: number) => Math.max(start, end - REPLY_LEAD)
    yield item({ ...reply, ph: 's', ts: inside(log.started[r], log.replied[r]), pid, tid })
    yield item({
      ...reply,
      ph: 'f',
      bp: 'e',
      ts: inside(log.created[r], log.done[r]),
      pid: REQUESTS_PID,
      tid: lane[r] + 1
    })
  }
  const other = {
    schedlab: SCHEDLAB_VERSION,
    scenario: c.scenario.name,
    timeUnit: c.scenario.timeUnit,
    status: c.status,
    makespan: c.makespan,
    note: 'one tick is shown as one microsecond'
  }
  yield `\n],\n"otherData":${JSON.stringify(other)}}\n`
}
