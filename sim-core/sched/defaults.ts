// The default of every policy hook (sched_ext's defaults): a policy that names only itself is a
// FIFO queue per run queue, never preempts on wakeup, runs each task until it blocks, and places
// and balances tasks with the core's own rules (engine/placement.ts).
import type {
  AnyPolicy,
  CpuId,
  DequeueReason,
  EnqueueReason,
  KeyChange,
  Migration,
  RunQueue,
  SchedContext,
  SchedPolicy,
  StopReason,
  TaskId
} from './policy'
import { FifoQueue } from './run-queue'

/** A policy with every hook present: the engine calls them without checking. */
type Optional = 'rule' | 'preemptionKey' | 'jobs' | 'keepsBestRunning'
export type ResolvedPolicy = Required<Omit<AnyPolicy, Optional>> & Pick<AnyPolicy, Optional>

const fifo = (rq: RunQueue): FifoQueue => rq.q as FifoQueue

export const DEFAULT_HOOKS: Omit<ResolvedPolicy, 'name'> = {
  init: () => undefined,
  // The default ready structure: FIFO, a preempted task back at the head.
  createQueue: () => new FifoQueue(),
  selectCpu: (_s: unknown, task: TaskId, prevCpu: CpuId, ctx: SchedContext) =>
    ctx.placement.selectCpu(task, prevCpu),
  enqueue(_s: unknown, rq: RunQueue, task: TaskId, reason: EnqueueReason) {
    if (reason === 'preempted') fifo(rq).pushFront(task)
    else fifo(rq).pushBack(task)
  },
  dequeue: (_s: unknown, rq: RunQueue, task: TaskId, _reason: DequeueReason) =>
    void fifo(rq).remove(task),
  pickNext: (_s: unknown, rq: RunQueue, cpu: CpuId, ctx: SchedContext) =>
    fifo(rq).popFirst(ctx.hasAffinity ? (id) => ctx.canRun(id, cpu) : undefined),
  balance: (_s: unknown, rq: RunQueue, cpu: CpuId, ctx: SchedContext): Migration[] =>
    ctx.placement.balance(rq, cpu),
  putPrev: (_s: unknown, _task: TaskId, _ran: number, _reason: StopReason) => {},
  wakeupPreempt: () => false,
  timeSlice: () => Infinity,
  timerPeriod: () => 0,
  tick: () => 'continue' as const,
  timer: () => {},
  keyChanged: (_s: unknown, _rq: RunQueue | null, _task: TaskId, _why: KeyChange) => {},
  shouldPreempt: () => false,
  queued: (_s: unknown, rq: RunQueue) => fifo(rq).toArray()
}

/**
 * The policy with the default of every hook it leaves out. A policy with its own ready
 * structure defines createQueue, enqueue, dequeue, pickNext and queued together.
 */
export function resolvePolicy<S, Q>(policy: SchedPolicy<S, Q>): ResolvedPolicy {
  return { ...DEFAULT_HOOKS, ...(policy as AnyPolicy) } as ResolvedPolicy
}
