// The bookkeeping cfs and eevdf share: each thread's weight and vruntime, its home queue, and
// the kernel's update_curr / update_min_vruntime / migration renormalization over FairQueues.
import { niceInverseWeight, niceWeight } from '../nice-weights'
import type { SchedContext, TaskId } from '../policy'
import { calcDelta, VT_PER_TICK } from './calc-delta'
import type { FairQueue } from './fair-queue'

export interface FairState {
  weight: Float64Array
  invWeight: Float64Array
  /** Virtual runtime in units of 1/VT_PER_TICK tick (integers). */
  vruntime: Float64Array
  /** Ticks of the current dispatch already charged to vruntime (update_curr's exec_start). */
  charged: Float64Array
  /** The queue a thread is in, runs from, or last left (its cfs_rq); null before it arrives. */
  home: (FairQueue | null)[]
  /** The queue a thread runs from now (counted in its sums), else null. */
  runningIn: (FairQueue | null)[]
  /** The queue a waking thread was already placed in by wakeupPreempt (the kernel places before it checks). */
  placedIn: (FairQueue | null)[]
  /** Enqueue order, for ties. */
  seq: number
}

export function initFairState(ctx: SchedContext): FairState {
  const n = ctx.taskCount
  const s: FairState = {
    weight: new Float64Array(n),
    invWeight: new Float64Array(n),
    vruntime: new Float64Array(n),
    charged: new Float64Array(n),
    home: new Array<FairQueue | null>(n).fill(null),
    runningIn: new Array<FairQueue | null>(n).fill(null),
    placedIn: new Array<FairQueue | null>(n).fill(null),
    seq: 0
  }
  for (let i = 0; i < n; i++) {
    const nice = ctx.task(i).nice
    s.weight[i] = niceWeight(nice)
    s.invWeight[i] = niceInverseWeight(nice)
  }
  return s
}

/** calc_delta_fair: `units` of real time (1/VT_PER_TICK tick) as the thread's weighted time. */
export function calcDeltaFair(s: FairState, task: TaskId, units: number): number {
  return calcDelta(units, s.weight[task], s.invWeight[task])
}

/** Charges `ran` ticks since dispatch (update_curr): only the part not yet charged. */
export function charge(s: FairState, task: TaskId, ran: number): void {
  const delta = ran - s.charged[task]
  if (delta <= 0) return
  s.charged[task] = ran
  const dv = calcDeltaFair(s, task, delta * VT_PER_TICK)
  s.vruntime[task] += dv
  const q = s.runningIn[task]
  if (q) q.avg += dv * s.weight[task]
}

/** update_curr for every thread running from `q`, so their vruntimes are current. */
export function updateRunning(s: FairState, q: FairQueue, ctx: SchedContext): void {
  for (const id of q.running) charge(s, id, ctx.ranSinceDispatch(id))
}

/** update_min_vruntime: the smaller of the running threads' and the leftmost's vruntime, never going back. */
export function updateMinVruntime(s: FairState, q: FairQueue): void {
  let m = q.ids.length > 0 ? s.vruntime[q.ids[0]] : Infinity
  for (const id of q.running) if (s.vruntime[id] < m) m = s.vruntime[id]
  if (m !== Infinity && m > q.minVruntime) q.setMinVruntime(m)
}

/**
 * A thread joins queue `q`: from another queue its vruntime keeps its distance from the
 * min_vruntime (migrate_task_rq_fair: minus the old queue's, plus the new one's). True if it
 * came from another queue.
 */
export function adopt(s: FairState, q: FairQueue, task: TaskId): boolean {
  const from = s.home[task]
  s.home[task] = q
  if (from === null || from === q) return false
  s.vruntime[task] += q.minVruntime - from.minVruntime
  return true
}

/** Queues the thread in `q` by (vruntime, enqueue order). */
export function insert(s: FairState, q: FairQueue, task: TaskId): void {
  q.insert(task, s.vruntime[task], ++s.seq, s.weight[task])
  updateMinVruntime(s, q)
}

/** The thread starts running from `rq` (picked, or run directly by the engine). */
export function startRunning(s: FairState, q: FairQueue, task: TaskId): void {
  s.charged[task] = 0
  s.home[task] = q
  s.runningIn[task] = q
  q.running.push(task)
  q.count(s.vruntime[task], s.weight[task])
}

/** The thread stops running from `q` (put back, blocked or exited): out of its sums. */
export function stopRunning(s: FairState, q: FairQueue, task: TaskId): void {
  if (q.stopRunning(task)) q.count(s.vruntime[task], -s.weight[task])
  if (s.runningIn[task] === q) s.runningIn[task] = null
}

/**
 * The thread leaves `q`'s queue (dequeue_entity): to run from `q` at once when `forced` (an I/O
 * completion that preempts, run directly by the engine), else to wait elsewhere or not at all.
 */
export function leaveQueue(s: FairState, q: FairQueue, task: TaskId, forced: boolean): void {
  q.remove(task)
  if (forced) startRunning(s, q, task)
  updateMinVruntime(s, q)
}

/** The queued thread at index `i` of `q` starts running (pick_next_entity); null when `i` < 0. */
export function runAt(s: FairState, q: FairQueue, i: number): TaskId | null {
  if (i < 0) return null
  const id = q.removeAt(i)
  startRunning(s, q, id)
  return id
}

/**
 * The thread leaves its core (put_prev_entity): min_vruntime as update_curr leaves it (the
 * thread still counted), then without it.
 */
export function leaveCore(s: FairState, q: FairQueue, task: TaskId): void {
  updateMinVruntime(s, q)
  stopRunning(s, q, task)
  updateMinVruntime(s, q)
}

/** Which queued threads core `cpu` may take (undefined: all of them). */
export function acceptor(cpu: number, ctx: SchedContext): ((id: number) => boolean) | undefined {
  return ctx.hasAffinity ? (id: number) => ctx.canRun(id, cpu) : undefined
}

/** Virtual time in ticks for the trace (exact: a multiple of 1/1024). */
export const toTicks = (units: number): number => units / VT_PER_TICK
