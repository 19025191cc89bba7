// Builds per-core and per-thread lanes from the columnar trace, once per result. Cores are
// built eagerly (they are always drawn); thread lanes on first use, since a 10,000-thread run
// may never show them.
import { BlockKind, TaskState, type SimResult, type TraceData } from '../../../../sim-core'
import { allocLane, buildCoreLanes, Cls, computeCum, type ClsCode, type Lane } from './lane'
import { migrationDecisions } from './migration-marks'
import type { NodeGroup } from './layout'

export interface ThreadInfo {
  /** "process/thread" */
  name: string
  process: string
  processIndex: number
  /** Index of the thread within its process, and how many threads the process has (for shades). */
  indexInProcess: number
  threadsInProcess: number
}

/** A periodic job that finished after its deadline (or never finished). */
export interface DeadlineMiss {
  task: number
  /** Index into result.jobs, for the hover card. */
  job: number
  deadline: number
}

export interface LaneIndex {
  makespan: number
  timeUnit: string
  /** The policy's name and its pick rule as data (the decision log words them). */
  policy: string
  policyRule: SimResult['policyRule']
  /** Missed deadlines, sorted by deadline. */
  misses: DeadlineMiss[]
  jobs: SimResult['jobs']
  cores: Lane[]
  threadInfo: ThreadInfo[]
  processNames: string[]
  /** The longest thread name (sizes the timeline's label gutter). */
  longestThreadName: string
  /** Coroutine ids ("process/thread/coroutine"), indexed like the trace's segCoroutine. */
  coroutineNames: string[]
  threadLane(task: number): Lane
  /** The draw classes that occur in this run: legends list only what the picture can show. */
  presentClasses(): ReadonlySet<number>
  /** Decisions that migrated a thread (see migration-marks.ts), in time order. */
  migrations: Int32Array
  /** Run queues of the run: 1 (one shared queue) or one per core. */
  runQueues: number
  /** Every instant a state changes, sorted (copy of the trace's state times). */
  stateTimes: Float64Array
  trace: TraceData
  /** A cluster run: where each node's cores are (the timeline groups its lanes by node). */
  nodes?: readonly NodeGroup[]
}

function stateCls(state: number, block: number): ClsCode | 0 {
  if (state === TaskState.running) return Cls.tRunning
  if (state === TaskState.ready) return Cls.tReady
  if (state === TaskState.done) return 0
  switch (block) {
    case BlockKind.io:
      return Cls.tIo
    case BlockKind.sleep:
      return Cls.tSleep
    case BlockKind.lock:
      return Cls.tLock
    case BlockKind.device:
      return Cls.tDevice
    case BlockKind.park:
      return Cls.tPark
    case BlockKind.gil:
      return Cls.tGil
    case BlockKind.channel:
      return Cls.tChannel
    default:
      return Cls.tBlocked
  }
}

/**
 * Every thread's lane in one set of arrays (CSR layout): thread k's intervals are
 * [first[k], first[k] + count[k]) of the columns, its prefix sums cum[first[k] + k, … + count[k] + 1).
 * Plain typed arrays, so the simulation worker can build them and hand them over without a copy.
 */
export interface ThreadLaneColumns extends Omit<Lane, 'n'> {
  first: Int32Array
  count: Int32Array
}

export function buildThreadLaneColumns(
  trace: TraceData,
  tasks: number,
  makespan: number
): ThreadLaneColumns {
  const counts = new Int32Array(tasks)
  for (let i = 0; i < trace.states; i++) counts[trace.stTask[i]]++
  const offsets = new Int32Array(tasks + 1)
  for (let k = 0; k < tasks; k++) offsets[k + 1] = offsets[k] + counts[k]
  const all = allocLane(trace.states)
  const fill = offsets.slice(0, tasks)
  const lastOf = new Int32Array(tasks).fill(-1)
  for (let i = 0; i < trace.states; i++) {
    const k = trace.stTask[i]
    const prev = lastOf[k]
    if (prev >= 0) all.end[prev] = trace.stTime[i]
    const j = fill[k]++
    all.start[j] = trace.stTime[i]
    all.end[j] = makespan
    all.cls[j] = stateCls(trace.stState[i], trace.stBlock[i])
    all.key[j] = k
    all.rec[j] = i
    lastOf[k] = j
  }
  // Drop blank intervals (finished) by compacting each thread's slice in place. Thread k's prefix
  // sums need count + 1 slots: they start at first[k] + k, which never reaches thread k + 1's.
  const cols: ThreadLaneColumns = {
    first: offsets.subarray(0, tasks),
    count: new Int32Array(tasks),
    start: all.start,
    end: all.end,
    cls: all.cls,
    key: all.key,
    rec: all.rec,
    cum: new Float64Array(trace.states + tasks)
  }
  for (let k = 0; k < tasks; k++) {
    const a = offsets[k]
    let w = a
    for (let r = a; r < offsets[k + 1]; r++) {
      if (all.cls[r] === 0 || all.end[r] <= all.start[r]) continue
      all.start[w] = all.start[r]
      all.end[w] = all.end[r]
      all.cls[w] = all.cls[r]
      all.key[w] = all.key[r]
      all.rec[w] = all.rec[r]
      w++
    }
    cols.count[k] = w - a
    computeCum(threadLaneOf(cols, k))
  }
  return cols
}

/** Thread k's lane: views into the columns, no copy. */
export function threadLaneOf(cols: ThreadLaneColumns, k: number): Lane {
  const a = cols.first[k]
  const n = cols.count[k]
  return {
    n,
    start: cols.start.subarray(a, a + n),
    end: cols.end.subarray(a, a + n),
    cls: cols.cls.subarray(a, a + n),
    key: cols.key.subarray(a, a + n),
    rec: cols.rec.subarray(a, a + n),
    cum: cols.cum.subarray(a + k, a + k + n + 1)
  }
}

/** All thread lanes at once. */
export function buildThreadLanes(trace: TraceData, tasks: number, makespan: number): Lane[] {
  const cols = buildThreadLaneColumns(trace, tasks, makespan)
  return Array.from({ length: tasks }, (_, k) => threadLaneOf(cols, k))
}

/**
 * The lanes of a result, built where the result is made (the simulation worker) so that a
 * multi-million-segment result does not stall the page for seconds when it arrives.
 */
export interface PrebuiltLanes {
  cores: Lane[]
  threads: ThreadLaneColumns
  classes: number[]
}

const prebuilt = new WeakMap<SimResult, PrebuiltLanes>()

export function prebuildLanes(result: SimResult): PrebuiltLanes {
  const cores = buildCoreLanes(result.trace, result.cores.length)
  return {
    cores,
    threads: buildThreadLaneColumns(result.trace, result.threads.length, result.makespan),
    classes: [...classesOf(cores, result.trace)]
  }
}

/** Hands lanes built elsewhere to buildLaneIndex for this result. */
export function attachLanes(result: SimResult, lanes: PrebuiltLanes): void {
  prebuilt.set(result, lanes)
}

/** Every buffer of the lanes, for postMessage's transfer list (each listed once). */
export function laneBuffers(lanes: PrebuiltLanes): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>()
  const add = (v: unknown) => {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) seen.add(v.buffer)
  }
  for (const lane of lanes.cores) Object.values(lane).forEach(add)
  Object.values(lanes.threads).forEach(add)
  return [...seen]
}

export function buildThreadInfo(result: SimResult): { info: ThreadInfo[]; processes: string[] } {
  const processes = result.processes.map((p) => p.id)
  const pIndex = new Map(processes.map((p, i) => [p, i]))
  const seen = new Map<string, number>()
  const info = result.threads.map((t) => {
    const k = seen.get(t.process) ?? 0
    seen.set(t.process, k + 1)
    return {
      name: t.id,
      process: t.process,
      processIndex: pIndex.get(t.process) ?? 0,
      indexInProcess: k,
      threadsInProcess: 0
    }
  })
  for (const t of info) t.threadsInProcess = seen.get(t.process) ?? 1
  return { info, processes }
}

export function deadlineMisses(result: SimResult): DeadlineMiss[] {
  const task = new Map(result.threads.map((t, i) => [t.id, i]))
  const out: DeadlineMiss[] = []
  result.jobs.forEach((j, job) => {
    const k = task.get(j.thread)
    if (j.missed && k !== undefined) out.push({ task: k, job, deadline: j.deadline })
  })
  return out.sort((a, b) => a.deadline - b.deadline || a.task - b.task)
}

/** Classes in core lanes and in thread states, in one pass over each (no thread lanes built). */
function classesOf(cores: Lane[], trace: TraceData): Set<number> {
  const out = new Set<number>()
  for (const lane of cores) for (let i = 0; i < lane.n; i++) out.add(lane.cls[i])
  for (let i = 0; i < trace.states; i++) {
    const c = stateCls(trace.stState[i], trace.stBlock[i])
    if (c !== 0) out.add(c)
  }
  return out
}

export function buildLaneIndex(result: SimResult): LaneIndex {
  const trace = result.trace
  const { info, processes } = buildThreadInfo(result)
  const pre = prebuilt.get(result)
  const cores = pre?.cores ?? buildCoreLanes(trace, result.cores.length)
  let threadCols: ThreadLaneColumns | null = pre?.threads ?? null
  const threadLanes = new Map<number, Lane>()
  let present: Set<number> | null = pre ? new Set(pre.classes) : null
  return {
    makespan: result.makespan,
    timeUnit: result.timeUnit,
    policy: result.policy,
    policyRule: result.policyRule,
    misses: deadlineMisses(result),
    migrations: migrationDecisions(trace),
    runQueues: Math.max(1, trace.runQueues ?? 1),
    jobs: result.jobs,
    cores,
    threadInfo: info,
    processNames: processes,
    longestThreadName: info.reduce((a, t) => (t.name.length > a.length ? t.name : a), ''),
    coroutineNames: result.coroutines.map((c) => c.id),
    threadLane(task: number): Lane {
      threadCols ??= buildThreadLaneColumns(trace, info.length, result.makespan)
      let lane = threadLanes.get(task)
      if (!lane) {
        lane = threadLaneOf(threadCols, task)
        threadLanes.set(task, lane)
      }
      return lane
    },
    presentClasses() {
      present ??= classesOf(cores, trace)
      return present
    },
    stateTimes: trace.stTime,
    trace,
    ...(result.cluster ? { nodes: result.cluster.nodes } : {})
  }
}
