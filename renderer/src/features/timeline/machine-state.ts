// The machine at one instant, derived from the lanes: what each core does, which threads are
// ready (longest-waiting first, the order a FIFO queue would serve them) and which are blocked.
import { Cls, firstEndAfter, intervalAt, type Lane } from './lane'
import type { LaneIndex } from './lane-index'

export interface CoreAt {
  core: number
  /** Draw class of what the core is doing, or 0 when idle. */
  cls: number
  /** Thread id or -1. */
  task: number
}

export interface ThreadAt {
  task: number
  since: number
  cls: number
  /** For a ready thread: the run queue it waits in (0 with one shared queue). */
  queue: number
}

export interface MachineAt {
  time: number
  cores: CoreAt[]
  ready: ThreadAt[]
  blocked: ThreadAt[]
  /** The ready threads by run queue (one list with a shared queue), each longest-waiting first. */
  queues: ThreadAt[][]
}

export function machineAt(index: LaneIndex, t: number): MachineAt {
  const cores = index.cores.map((lane, core) => {
    const i = intervalAt(lane, t)
    return i < 0 ? { core, cls: 0, task: -1 } : { core, cls: lane.cls[i], task: lane.key[i] }
  })
  const ready: ThreadAt[] = []
  const blocked: ThreadAt[] = []
  // The queue a ready thread waits in is on its latest state record (the trace contract).
  const stQueue = index.trace.stQueue as Uint16Array | undefined
  for (let k = 0; k < index.threadInfo.length; k++) {
    const lane = index.threadLane(k)
    const i = intervalAt(lane, t)
    if (i < 0) continue
    const c = lane.cls[i]
    if (c === Cls.tReady) {
      const queue = index.runQueues > 1 ? (stQueue?.[lane.rec[i]] ?? 0) : 0
      ready.push({ task: k, since: lane.start[i], cls: c, queue })
    } else if (c !== Cls.tRunning) blocked.push({ task: k, since: lane.start[i], cls: c, queue: 0 })
  }
  ready.sort((a, b) => a.since - b.since || a.task - b.task)
  blocked.sort((a, b) => a.since - b.since || a.task - b.task)
  const queues: ThreadAt[][] = Array.from({ length: index.runQueues }, () => [])
  for (const r of ready) queues[Math.min(r.queue, queues.length - 1)].push(r)
  return { time: t, cores, ready, blocked, queues }
}

function nextBoundary(lane: Lane, t: number): number {
  const i = firstEndAfter(lane, t)
  if (i >= lane.n) return Infinity
  return lane.start[i] > t ? lane.start[i] : lane.end[i]
}

/** The next instant after `t` at which anything changes (for the Step button). */
export function nextEventTime(index: LaneIndex, t: number): number {
  let best = Infinity
  for (const lane of index.cores) best = Math.min(best, nextBoundary(lane, t))
  const st = index.stateTimes
  let a = 0
  let b = st.length
  while (a < b) {
    const m = (a + b) >>> 1
    if (st[m] <= t) a = m + 1
    else b = m
  }
  if (a < st.length) best = Math.min(best, st[a])
  return Number.isFinite(best) ? Math.min(best, index.makespan) : index.makespan
}
