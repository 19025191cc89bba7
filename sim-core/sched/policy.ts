// The scheduling-class interface (ARCHITECTURE.md, "Engine shape (v2)"): policies decide, the
// engine acts. Shaped like sched_ext's ops: only `name` is required and every hook has a default
// in defaults.ts. The same policy serves one global run queue and one run queue per core: it
// keeps its ready structure per queue (`createQueue`), and every queue hook names the queue.
import type { Rng } from '../engine/rng'
import type { SchedulerConfig } from '../scenario/schema'
import type { Decision } from './decision'

export type TaskId = number
export type CpuId = number
export type Duration = number

/** Why a task is put into a run queue. */
export type EnqueueReason =
  | 'arrival'
  | 'wakeup'
  | 'preempted'
  | 'yield'
  | 'slice-expired'
  /** Moved here from another core's queue by balancing or idle stealing. */
  | 'migrated'
/** Why a queued task is taken out of its queue other than by pickNext. */
export type DequeueReason =
  /** The engine runs it directly (an I/O completion that preempts). */
  | 'forced'
  /** Balancing moves it to another core's queue. */
  | 'migrated'
  /** Its periodic job was dropped at its deadline (onMiss "abort"). */
  | 'aborted'
/** Why a task leaves a core (putPrev). */
export type StopReason = 'preempted' | 'yield' | 'slice-expired' | 'blocked' | 'exit'
/** Why a task's scheduling key changed outside the policy's own hooks. */
export type KeyChange = 'inheritance'

/**
 * A run queue as the engine holds it: one shared by every core (`cpu` -1) or one per core. `q`
 * is the policy's own ready structure for this queue (from `createQueue`); `length` is the
 * engine's count of the tasks it put there and has not taken out.
 */
export interface RunQueue<Q = unknown> {
  /** Index among the machine's run queues (0 for the global one; the core's id with per-core queues). */
  readonly id: number
  /** The core that picks from this queue, or -1 when every core does. */
  readonly cpu: CpuId
  readonly q: Q
  readonly length: number
}

/** A move of a queued task from one run queue to another (by run-queue id). */
export interface Migration {
  task: TaskId
  from: number
  to: number
}

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
  /** The thread's own time-slice request in ticks (eevdf), or 0 for the policy's base slice. */
  readonly slice: number
  readonly lastCpu: CpuId
}

/** A periodic thread's release pattern, as a policy may read it. */
export interface PeriodicView {
  readonly period: number
  /** Relative deadline. */
  readonly deadline: number
  /** CPU ticks one job asks for. */
  readonly wcet: number
}

/** The core's own placement and balancing (engine/placement.ts), which the default hooks call. */
export interface PlacementView {
  selectCpu(task: TaskId, prevCpu: CpuId): CpuId
  balance(rq: RunQueue, cpu: CpuId): Migration[]
}

export interface SchedContext {
  readonly now: number
  readonly cores: number
  /** The policy's own random stream (derived from the scenario's seed). */
  readonly rng: Rng
  /** The scenario's seed itself (for a policy that must seed another generator, like lottery's "python" draws). */
  readonly seed: number
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
  /** The core's default placement and balancing. */
  readonly placement: PlacementView
  /**
   * Writes a fair-scheduling sample to the trace (cfs, eevdf): the task's virtual runtime, lag
   * and virtual deadline in ticks of virtual time (NaN where the policy has none); a no-op when
   * no trace is recorded.
   */
  recordFair(task: TaskId, vruntime: number, lag: number, deadline: number): void

  /**
   * A lottery draw, for the trace's draw log (a no-op when the trace is off): run queue `queue`
   * drew `random`, ticket `ticket` of `total` won, and `winner` holds it.
   */
  recordDraw(queue: number, random: number, ticket: number, total: number, winner: TaskId): void
  /** A periodic thread's release pattern, or null for any other thread. */
  periodic(id: TaskId): PeriodicView | null
  /** Absolute deadline of a periodic thread's current job (its oldest unfinished, or next, one); Infinity for any other thread. */
  jobDeadline(id: TaskId): number
}

/** How the engine treats periodic jobs for a real-time policy (engine/job-releaser.ts). */
export interface JobRules {
  /** Drop a job still unfinished at its deadline (SimSo's abort_on_miss). */
  abortOnMiss: boolean
  /** A job that starts as its predecessor ends goes through the run queue (SimSo's activation), so its new key competes. */
  requeueBetweenJobs: boolean
}

export interface SchedPolicy<S, Q = unknown> {
  readonly name: string
  init?(ctx: SchedContext): S
  /** The ready structure of one run queue (`cpu` -1: the global queue). */
  createQueue?(s: S, cpu: CpuId, ctx: SchedContext): Q
  /** With per-core queues: the core whose queue an arriving or waking task joins (the core enforces affinity). */
  selectCpu?(s: S, task: TaskId, prevCpu: CpuId, ctx: SchedContext): CpuId
  enqueue?(s: S, rq: RunQueue<Q>, task: TaskId, reason: EnqueueReason, ctx: SchedContext): void
  /** Remove a queued task that the engine takes out itself. */
  dequeue?(s: S, rq: RunQueue<Q>, task: TaskId, reason: DequeueReason, ctx: SchedContext): void
  /** Choose and remove the next task for a core from its queue; null leaves it idle. */
  pickNext?(s: S, rq: RunQueue<Q>, cpu: CpuId, ctx: SchedContext): TaskId | null
  /** With per-core queues: work to pull into `rq` (on the balance timer, and when its core idles). */
  balance?(s: S, rq: RunQueue<Q>, cpu: CpuId, ctx: SchedContext): Migration[]
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
  /** At each timer expiry, before `timer`, for each running task: keep running, or go back to the queue now. */
  tick?(s: S, running: TaskId, ctx: SchedContext): 'continue' | 'resched'
  /** The timer's own work on the queues (MLFQ boost, aging). */
  timer?(s: S, rqs: readonly RunQueue<Q>[], ctx: SchedContext): void
  /** A task's key changed from outside (priority inheritance); `rq` is its queue if it is queued. */
  keyChanged?(s: S, rq: RunQueue<Q> | null, task: TaskId, why: KeyChange, ctx: SchedContext): void
  /** After a timer or a key change: should `running` give way to a task queued in `rq` now? */
  shouldPreempt?(s: S, rq: RunQueue<Q>, running: TaskId, ctx: SchedContext): boolean
  /** The tasks queued in `rq`, in the order the policy would pick them (for the UI's run-queue view). */
  queued?(s: S, rq: RunQueue<Q>): TaskId[]
  /** The rule pickNext applies, as data for the decision log (each front end words it). */
  readonly rule?: Decision
  /** How the engine releases and ends periodic jobs (default: jobs run late, never requeued). */
  readonly jobs?: JobRules
  /**
   * With one global queue: at the end of every round the engine preempts the running task with
   * the largest preemptionKey while `shouldPreempt` says a queued task beats it (global EDF's
   * invariant: the m best jobs run). Without it a wakeup only preempts as it arrives.
   */
  readonly keepsBestRunning?: boolean
}

/** A policy with its private state types erased, as the engine holds it (hooks are methods, so this is sound to assign). */
export type AnyPolicy = SchedPolicy<unknown, unknown>

export type PolicyFactory = (config: SchedulerConfig) => AnyPolicy
