// The public face of a run: an Engine driving a Machine. `new Simulation(scenario)` then
// `step()` until it returns true; buildResult (metrics/result.ts) reads the figures from here.
import type { Channel } from '../model/channel'
import type { Cpu } from '../model/cpu'
import type { Device } from '../model/device'
import type { Task } from '../model/task'
import type { Coroutine } from '../runtime/coroutine'
import type { ClampedLimit, GuardOverrides } from '../scenario/limits'
import type { Scenario, SchedulerConfig } from '../scenario/schema'
import type { AnyPolicy, EnqueueReason } from '../sched/policy'
import type { TraceStore } from '../trace/trace-store'
import { Engine, type LimitKind, type RunStatus } from './engine'
import type { LockTable } from './lock-table'
import { Machine, type Deadlock } from './machine'
import type { RuntimeDriver } from './runtime-driver'

export { PolicyViolation } from './policy-violation'
export type { RunStatus, LimitKind, Deadlock }

/** How a run is bounded, beyond what its scenario says (SECURITY.md, "Limits"). */
export interface SimOptions extends GuardOverrides {
  /**
   * Record the trace (default true). A run whose output needs only metrics (the CLI's `run` and
   * `compare`) passes false: its memory then no longer grows with its length.
   */
  trace?: boolean
  /** Run this policy object instead of the one the scenario names (a test harness for policies). */
  policy?: AnyPolicy
}

export interface Progress {
  now: number
  events: number
  finished: number
  total: number
  status: RunStatus
}

export class Simulation {
  readonly engine: Engine
  readonly machine: Machine
  readonly tasks: Task[]
  readonly cpus: Cpu[]
  readonly devices: Device[]
  readonly locks: LockTable
  readonly channels: Channel[]
  readonly runtime: RuntimeDriver
  readonly coroutines: Coroutine[]
  readonly processNames: string[]
  readonly trace: TraceStore
  /** The policy as the scenario names it (its name and rule). */
  readonly policy: AnyPolicy
  readonly config: SchedulerConfig
  /** The scenario's own limits that asked for more than this run allows (each was lowered). */
  readonly clamped: ClampedLimit[]

  constructor(
    readonly scenario: Scenario,
    options: SimOptions = {}
  ) {
    this.engine = new Engine(scenario, options)
    const m = new Machine(this.engine, scenario, options.trace ?? true, options.policy)
    this.engine.attach(m, m.trace)
    this.machine = m
    this.tasks = m.tasks
    this.cpus = m.cpus
    this.devices = m.devices
    this.locks = m.locks
    this.channels = m.waits.channels.channels
    this.runtime = m.runtime
    this.coroutines = m.coroutines
    this.processNames = m.processNames
    this.trace = m.trace
    this.policy = m.policyDef
    this.config = m.config
    this.clamped = this.engine.clamped
    if (this.tasks.length === 0) this.engine.status = 'completed'
  }

  get now(): number {
    return this.engine.now
  }
  get events(): number {
    return this.engine.events
  }
  get status(): RunStatus {
    return this.engine.status
  }
  get makespan(): number {
    return this.engine.makespan
  }
  get limitHit(): LimitKind | null {
    return this.engine.limitHit
  }
  get contextSwitches(): number {
    return this.machine.contextSwitches
  }
  get preemptions(): number {
    return this.machine.preemptions
  }
  get migrations(): number {
    return this.machine.migrations
  }
  /** Periodic jobs released, over all threads, and those of them finished after their deadline. */
  get jobsReleased(): number {
    return this.machine.jobs.released
  }
  get jobsMissed(): number {
    return this.machine.jobs.missed
  }
  get deadlock(): Deadlock | null {
    return this.machine.deadlock
  }

  progress(): Progress {
    return {
      now: this.engine.now,
      events: this.engine.events,
      finished: this.machine.finished,
      total: this.tasks.length,
      status: this.engine.status
    }
  }

  /** Runs whole instants until about `budget` events have been handled or the run ends; true when it has ended. */
  step(budget = Infinity): boolean {
    return this.engine.step(budget)
  }

  /** The queued task ids in pick order, over every run queue, as the policy sees them now (for playback views). */
  queued(): number[] {
    const m = this.machine
    return m.rqs.flatMap((rq) => m.policy.queued(m.state, rq))
  }

  /** The task ids queued in one run queue (0 with a global queue; the core's id with per-core queues), in pick order. */
  queuedOn(queue: number): number[] {
    const m = this.machine
    const rq = m.rqs[queue]
    return rq ? m.policy.queued(m.state, rq) : []
  }
}

export type { EnqueueReason }
