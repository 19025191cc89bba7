// A cluster run as one SimResult, so every view of a run (timeline, tables, charts, exports)
// shows it: each node's figures are built by the single-machine buildResult, then laid end to
// end (node 0's cores and threads first), names prefixed "node/", the trace's index columns
// shifted to the merged numbering and each record group re-sorted by time. `cluster` keeps the
// request figures and where each node sits.
import { jainIndex, buildResult, type ResultSource, type SimResult } from '../metrics/result'
import { buildClusterResult, requestRecords, type NodeSpan } from '../metrics/cluster-result'
import type { TraceData } from '../trace/trace-store'
import type { Cluster } from './cluster'

function nodeSource(c: Cluster, i: number): ResultSource {
  const m = c.machines[i]
  return {
    status: c.status,
    makespan: c.makespan,
    machine: m,
    tasks: m.tasks,
    processNames: m.processNames,
    cpus: m.cpus,
    jobsMissed: m.jobs.missed,
    jobsReleased: m.jobs.released,
    contextSwitches: m.contextSwitches,
    preemptions: m.preemptions,
    migrations: m.migrations,
    scenario: m.scenario,
    policy: m.policyDef,
    runtime: m.runtime,
    coroutines: m.coroutines,
    locks: m.locks,
    channels: m.waits.channels.channels,
    devices: m.devices,
    trace: m.trace,
    limitHit: c.limitHit,
    deadlock: m.deadlock
  }
}

type Column = Float64Array | Int32Array | Uint16Array | Uint8Array
/** Which numbering a column's values are in (shifted by the node's base; -1 = none stays -1). */
type Shift = 'cpu' | 'task' | 'queue' | 'channel' | 'coroutine' | null
interface Group {
  count: keyof TraceData
  time: keyof TraceData
  columns: [keyof TraceData, Shift][]
}

const GROUPS: Group[] = [
  {
    count: 'segments',
    time: 'segStart',
    columns: [
      ['segStart', null],
      ['segEnd', null],
      ['segCpu', 'cpu'],
      ['segTask', 'task'],
      ['segKind', null],
      ['segReason', null],
      ['segCoroutine', 'coroutine'],
      ['segWarm', null]
    ]
  },
  {
    count: 'decisions',
    time: 'decTime',
    columns: [
      ['decTime', null],
      ['decCpu', 'cpu'],
      ['decTask', 'task'],
      ['decPrev', 'task'],
      ['decPrevReason', null],
      ['decQueued', null],
      ['decFrom', 'cpu']
    ]
  },
  {
    count: 'rqSamples',
    time: 'rqTime',
    columns: [
      ['rqTime', null],
      ['rqQueue', 'queue'],
      ['rqLength', null]
    ]
  },
  {
    count: 'states',
    time: 'stTime',
    columns: [
      ['stTime', null],
      ['stTask', 'task'],
      ['stState', null],
      ['stBlock', null],
      ['stQueue', 'queue']
    ]
  },
  {
    count: 'fairSamples',
    time: 'fsTime',
    columns: [
      ['fsTime', null],
      ['fsTask', 'task'],
      ['fsVruntime', null],
      ['fsLag', null],
      ['fsDeadline', null]
    ]
  },
  {
    count: 'draws',
    time: 'drawTime',
    columns: [
      ['drawTime', null],
      ['drawQueue', 'queue'],
      ['drawRandom', null],
      ['drawTicket', null],
      ['drawTotal', null],
      ['drawTask', 'task']
    ]
  },
  {
    count: 'chSamples',
    time: 'chTime',
    columns: [
      ['chTime', null],
      ['chChannel', 'channel'],
      ['chOccupancy', null]
    ]
  },
  {
    count: 'hoCount',
    time: 'hoTime',
    columns: [
      ['hoTime', null],
      ['hoChannel', 'channel'],
      ['hoFromThread', 'task'],
      ['hoFromCoroutine', 'coroutine'],
      ['hoToThread', 'task'],
      ['hoToCoroutine', 'coroutine']
    ]
  },
  {
    count: 'tcSamples',
    time: 'tcTime',
    columns: [
      ['tcTime', null],
      ['tcThread', 'task'],
      ['tcCount', null]
    ]
  }
]

type Bases = Record<Exclude<Shift, null>, number>

/** The node traces as one: index columns shifted by each node's bases, each group sorted by time (stable: node order within an instant). */
export function mergeTraces(traces: readonly TraceData[], bases: readonly Bases[]): TraceData {
  const out: Record<string, Column | number> = {
    runQueues: traces.reduce((a, t) => a + t.runQueues, 0)
  }
  const cols = (t: TraceData) => t as unknown as Record<string, Column | number>
  for (const g of GROUPS) {
    const total = traces.reduce((a, t) => a + (t[g.count] as number), 0)
    // (node, record) of every merged record, in time order.
    const from: [number, number][] = []
    traces.forEach((t, n) => {
      for (let i = 0; i < (t[g.count] as number); i++) from.push([n, i])
    })
    const time = (k: [number, number]) => (cols(traces[k[0]])[g.time] as Column)[k[1]]
    from.sort((a, b) => time(a) - time(b))
    out[g.count] = total
    for (const [name, shift] of g.columns) {
      const proto = cols(traces[0])[name] as Column
      const Ctor = proto.constructor as new (n: number) => Column
      const col = new Ctor(total)
      for (let k = 0; k < total; k++) {
        const [n, i] = from[k]
        const v = (cols(traces[n])[name] as Column)[i]
        col[k] = shift === null || v < 0 ? v : v + bases[n][shift]
      }
      out[name] = col
    }
  }
  return out as unknown as TraceData
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6
const mean = (xs: number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length

/** The whole cluster run as one SimResult with `cluster` set (the run must have ended). */
export function clusterSimResult(c: Cluster): SimResult {
  const parts = c.machines.map((_, i) => buildResult(nodeSource(c, i)))
  const bases: Bases[] = []
  const spans: NodeSpan[] = []
  const b: Bases = { cpu: 0, task: 0, queue: 0, channel: 0, coroutine: 0 }
  parts.forEach((p, i) => {
    bases.push({ ...b })
    spans.push({
      name: c.nodeNames[i],
      firstCore: b.cpu,
      cores: p.cores.length,
      firstThread: b.task,
      threads: p.threads.length
    })
    b.cpu += p.cores.length
    b.task += p.threads.length
    b.queue += p.trace.runQueues
    b.channel += p.channels.length
    b.coroutine += p.coroutines.length
  })
  const named = <T>(rows: (p: SimResult) => T[], rename: (row: T, node: string) => T): T[] =>
    parts.flatMap((p, i) => rows(p).map((r) => rename(r, c.nodeNames[i])))
  const at = (node: string, name: string) => `${node}/${name}`
  const threads = named(
    (p) => p.threads,
    (t, n) => ({ ...t, id: at(n, t.id), process: at(n, t.process) })
  )
  const cores = parts.flatMap((p) => p.cores).map((core, id) => ({ ...core, id }))
  const makespan = c.makespan
  const finished = threads.filter((t) => t.finish !== null)
  const totalBusy = cores.reduce((a, core) => a + core.busy, 0)
  const sum = (f: (p: SimResult) => number) => parts.reduce((a, p) => a + f(p), 0)
  const slowdowns = finished
    .filter((t) => t.cpu + t.blocked > 0)
    .map((t) => (t.turnaround as number) / (t.cpu + t.blocked))
  const first = parts[0]
  const handoff = named(
    (p) => p.handoff ?? [],
    (h, n) => ({ ...h, thread: at(n, h.thread) })
  )
  const result: SimResult = {
    schedlab: first.schedlab,
    scenario: c.scenario.name,
    policy: c.scenario.scheduler.policy,
    policyRule: first.policyRule,
    queues: first.queues,
    timeUnit: c.scenario.timeUnit,
    status: first.status,
    makespan,
    summary: {
      utilization:
        makespan > 0 && cores.length > 0 ? round(totalBusy / (cores.length * makespan)) : 0,
      throughput: makespan > 0 ? round(finished.length / makespan) : 0,
      avgTurnaround: round(mean(finished.map((t) => t.turnaround as number))),
      avgWaiting: round(mean(threads.map((t) => t.waiting))),
      avgResponse: round(
        mean(threads.filter((t) => t.response !== null).map((t) => t.response as number))
      ),
      contextSwitches: sum((p) => p.summary.contextSwitches),
      preemptions: sum((p) => p.summary.preemptions),
      migrations: sum((p) => p.summary.migrations),
      deadlineMisses: sum((p) => p.summary.deadlineMisses),
      fairness: round(jainIndex(slowdowns)),
      coroutineSwitches: sum((p) => p.summary.coroutineSwitches)
    },
    cores,
    threads,
    processes: named(
      (p) => p.processes,
      (r, n) => ({ ...r, id: at(n, r.id) })
    ),
    coroutines: named(
      (p) => p.coroutines,
      (r, n) => ({
        ...r,
        id: at(n, r.id),
        process: at(n, r.process),
        host: r.host === null ? null : at(n, r.host)
      })
    ),
    jobs: named(
      (p) => p.jobs,
      (r, n) => ({ ...r, thread: at(n, r.thread) })
    ),
    locks: named(
      (p) => p.locks,
      (r, n) => ({ ...r, name: at(n, r.name) })
    ),
    devices: named(
      (p) => p.devices,
      (r, n) => ({ ...r, name: at(n, r.name) })
    ),
    channels: named(
      (p) => p.channels,
      (r, n) => ({ ...r, name: at(n, r.name) })
    ),
    trace: mergeTraces(
      parts.map((p) => p.trace),
      bases
    ),
    cluster: { result: buildClusterResult(c), requests: requestRecords(c), nodes: spans }
  }
  if (handoff.length > 0) result.handoff = handoff
  if (first.limit) result.limit = first.limit
  const omitted = sum((p) => p.jobsOmitted ?? 0)
  if (omitted > 0) result.jobsOmitted = omitted
  const deadlocked = parts.findIndex((p) => p.deadlock)
  if (deadlocked >= 0) {
    const d = parts[deadlocked].deadlock as NonNullable<SimResult['deadlock']>
    const n = c.nodeNames[deadlocked]
    result.deadlock = { ...d, cycle: d.cycle.map((t) => at(n, t)) }
  }
  return result
}
