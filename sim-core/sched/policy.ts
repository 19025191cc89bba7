// The scheduling-class interface (ARCHITECTURE.md): policies decide, the engine acts. Shaped
// like Linux's sched_class; only `name` is required and every hook has a default.
import type { Rng } from '../engine/rng'
import type { SchedulerConfig } from '../scenario/schema'
import type { Decision } from './decision'

export type TaskId = number
export type CpuId = number
export type Duration = number

/** Why a task is put into the run queue. */
export type EnqueueReason = 'arrival' | 'wakeup' | 'preempted' | 'yield' | 'slice-expired'
/** Why a task leaves a core (putPrev). */
export type StopReason = 'preempted' | 'yield' | 'slice-expired' | 'blocked' | 'exit'

/** What a policy may read of a task. */
export interface TaskView {
  readonly id: TaskId
  /** Index of the owning process in the scenario. */
  readonly process: number
  readonly name: string
  readonly arrival: number
  /** The process's priority (smaller = more important). */
  readonly priority: number
  readonly nice: number
  readonly tickets: number
  readonly lastCpu: CpuId
}

export interface SchedContext {
  readonly now: number
  readonly cores: number
  readonly rng: Rng
  readonly taskCount: number
  /** Whether any task is pinned to some cores (else every core may run every task). */
  readonly hasAffinity: boolean
  task(id: TaskId): TaskView
  /** Whether the task's affinity allows this core. */
  canRun(id: TaskId, cpu: CpuId): boolean
  /** True CPU ticks left in the task's current burst (until it next blocks, yields or exits), progress included. */
  burstLeft(id: TaskId): Duration
  /** Ticks a running task has run since it was put on its core (0 if it is not running). */
  ranSinceDispatch(id: TaskId): Duration
  /** The task that last ran on a core, or -1. */
  lastTaskOn(cpu: CpuId): TaskId
}

export interface SchedPolicy<S> {
  readonly name: string
  init?(ctx: SchedContext): S
  enqueue?(s: S, task: TaskId, reason: EnqueueReason, ctx: SchedContext): void
  /** Remove a queued task (the engine is about to run it directly). */
  dequeue?(s: S, task: TaskId, ctx: SchedContext): void
  /** Choose and remove the next task for a core; null leaves it idle. */
  pickNext?(s: S, cpu: CpuId, ctx: SchedContext): TaskId | null
  /** Accounting when a task leaves a core after running `ran` ticks since it was put there. */
  putPrev?(s: S, task: TaskId, ran: Duration, reason: StopReason, ctx: SchedContext): void
  /** Should `woken` (arriving or waking, about to be enqueued) preempt `running`? */
  wakeupPreempt?(
    s: S,
    running: TaskId,
    woken: TaskId,
    why: 'arrival' | 'wakeup',
    ctx: SchedContext
  ): boolean
  /** On several cores, which running task to preempt for a wakeup: the one with the largest key. */
  preemptionKey?(s: S, running: TaskId, ctx: SchedContext): number
  /** Ticks the task may run before it is descheduled; Infinity = until it blocks or exits. */
  timeSlice?(s: S, task: TaskId, ctx: SchedContext): Duration
  /** Period of the policy's timer (MLFQ boost, aging); 0 = none. */
  timerPeriod?(s: S, ctx: SchedContext): Duration
  /** Whether the timer first preempts every running task back into the queue (MLFQ boost reorders them too). */
  readonly timerPreempts?: boolean
  /** The timer fired. */
  onTimer?(s: S, ctx: SchedContext): void
  /** A task's effective priority changed (priority inheritance); re-key it if it is queued. */
  priorityChanged?(s: S, task: TaskId, ctx: SchedContext): void
  /** After a timer, or when a running task's priority drops: should `running` give way to a queued task now? */
  shouldPreempt?(s: S, running: TaskId, ctx: SchedContext): boolean
  /** The queued tasks in the order the policy would pick them (for the UI's run-queue view). */
  queued?(s: S): TaskId[]
  /** The rule pickNext applies, as data for the decision log (each front end words it). */
  readonly rule?: Decision
}

/** A policy with its private state type erased, as the engine holds it (hooks are methods, so this is sound to assign). */
export type AnyPolicy = SchedPolicy<unknown>

export type PolicyFactory = (config: SchedulerConfig) => AnyPolicy
