// The machine: cores, their run queues, the policy, and the subsystems behind host interfaces
// (devices, locks, periodic jobs, coroutine runtimes, placement). Events change task and core
// state; every pick is deferred to the end of the round (as Linux defers the switch to the
// next scheduling point after need_resched): a core that a task leaves, or that a wakeup
// preempts, picks once the round's events are done, so no dispatch is ever taken back.
// Policies decide; this file acts and checks.
import { Cpu, CpuState } from '../model/cpu'
import type { Device } from '../model/device'
import type { ProgramStore } from '../model/program'
import { Run, type Task } from '../model/task'
import { ROW_BYTES, ROW_F64, ROW_I32, TaskFlag, TB, TF, TI } from '../model/task-table'
import type { Coroutine } from '../runtime/coroutine'
import type { Scenario, SchedulerConfig } from '../scenario/schema'
import { resolvePolicy, type ResolvedPolicy } from '../sched/defaults'
import type { AnyPolicy, EnqueueReason, SchedContext } from '../sched/policy'
import { createPolicy } from '../sched/registry'
import { EngineRunQueue } from '../sched/run-queue'
import type { TraceStore } from '../trace/trace-store'
import { BlockKind, TaskState, type BlockKindCode } from '../trace/trace-store'
import { buildModel } from './build-model'
import { cacheFor, type CacheHost } from './cache-host'
import { makeContext } from './context'
import { CoreOps } from './core-ops'
import { DeviceTable } from './device-table'
import type { Engine, EngineClient } from './engine'
import { Ev, EvPriority } from './events'
import type { JobReleaser } from './job-releaser'
import { LockTable } from './lock-table'
import { Waits } from './waits'
import { Next, type NextCode } from './next'
import { wirePeriodicJobs } from './periodic-jobs'
import { Placement } from './placement'
import { PolicyTimer } from './policy-timer'
import { ProgramRunner } from './program-runner'
import { HoldOnIo, PickBeforeWakeups } from './quirks'
import { RuntimeDriver } from './runtime-driver'
import { SliceClock } from './slice-clock'
import { traceBudget } from './trace-budget'
import { checkNothingLost } from './watchdog'

export interface Deadlock {
  /** Thread ids (indices into tasks) on the wait-for cycle, each waiting for the next. */
  tasks: number[]
  /** The lock each of them waits for. */
  locks: string[]
  /** With channels (waits.ts): everyone on the cycle by name (threads and coroutines), the
   * channels waited on, and what each waits for, in cycle order. */
  names?: string[]
  channels?: string[]
  waits?: { task: string; waitsFor: 'lock' | 'send' | 'recv'; on: string }[]
}

export class Machine implements EngineClient {
  readonly tasks: Task[]
  readonly cpus: Cpu[]
  readonly devices: Device[]
  readonly deviceTable: DeviceTable
  readonly locks: LockTable
  /** Channels, timeouts on waits, and deadlock detection over both. */
  readonly waits: Waits
  readonly runtime: RuntimeDriver
  readonly coroutines: Coroutine[]
  readonly processNames: string[]
  readonly trace: TraceStore
  /** The policy as written (its rule), and with every hook resolved to it or its default. */
  readonly policyDef: AnyPolicy
  readonly policy: ResolvedPolicy
  readonly config: SchedulerConfig
  readonly costs: Scenario['machine']['costs']
  /** One run queue shared by every core, or one per core. */
  readonly rqs: EngineRunQueue[]
  readonly perCore: boolean
  readonly state: unknown
  readonly ctx: SchedContext
  readonly program: ProgramRunner
  readonly jobs: JobReleaser
  readonly placement: Placement
  readonly ops: CoreOps
  readonly holdOnIo: HoldOnIo
  /** The cores' caches (machine.cache), or null. */
  readonly cache: CacheHost | null
  /** Whether the policy preempts on wakeup at all (else no core is searched for a victim). */
  readonly preemptsOnWakeup: boolean
  contextSwitches = 0
  preemptions = 0
  migrations = 0
  finished = 0
  deadlock: Deadlock | null = null
  /** Cores in state idle; lets the hot path skip scanning for one. */
  idleCores: number
  /** Tasks queued over all run queues (ready, not running); no pick is needed at zero. */
  queuedTasks = 0
  /** Per core: tasks in its run queue (per-core queues) + 1 while a task occupies it (placement's load). */
  readonly coreLoad: Int32Array
  /** Cores in state picked (they run their pick at the end of the round). */
  pickedCores = 0
  /** The run queue each queued task is in, or -1. */
  readonly queueOf: Int32Array
  /** Cores whose running task's key changed at this round (priority inheritance ended). */
  readonly keyResched: Cpu[] = []
  /** Cores that displaced a task at this instant (their `displaced` is cleared when it ends). */
  readonly displacedCores: Cpu[] = []
  /** Each task's process, so pricing a switch does not touch the previous task's object. */
  readonly processOf: Int32Array
  /** The task table's columns (hot per-task state) and the op table. */
  readonly tf: Float64Array
  readonly ti: Int32Array
  readonly tb: Uint8Array
  readonly programs: ProgramStore
  private readonly early: PickBeforeWakeups | null

  constructor(
    readonly engine: Engine,
    readonly scenario: Scenario,
    recordTrace: boolean,
    policy?: AnyPolicy
  ) {
    const model = buildModel(scenario)
    this.tasks = model.tasks
    this.processOf = Int32Array.from(model.tasks, (t) => t.process)
    this.queueOf = new Int32Array(model.tasks.length).fill(-1)
    this.tf = model.table.f
    this.ti = model.table.i
    this.tb = model.table.b
    this.programs = model.programs
    this.devices = model.devices
    this.processNames = model.processNames
    this.coroutines = model.coroutines
    this.config = scenario.scheduler
    this.costs = scenario.machine.costs
    this.cpus = Array.from({ length: scenario.machine.cores }, (_, i) => new Cpu(i))
    this.perCore = this.config.queues === 'per-core'
    this.idleCores = this.cpus.length
    this.coreLoad = new Int32Array(this.cpus.length)
    this.trace = traceBudget(model, this.cpus.length, scenario, engine.guards, recordTrace)
    this.deviceTable = new DeviceTable(this.devices, this.ti, this)
    this.locks = new LockTable(model.locks, this.tasks, {
      get now() {
        return engine.now
      },
      wakeLockWaiter: (t) => this.wakeAt(t.id, engine.now),
      priorityChanged: (t) => this.onKeyChanged(t)
    })
    this.policyDef = policy ?? createPolicy(scenario.scheduler)
    this.policy = resolvePolicy(this.policyDef)
    this.preemptsOnWakeup = this.policyDef.wakeupPreempt !== undefined
    this.placement = new Placement(this)
    this.ctx = makeContext(this, engine.rng.policy)
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the runtime's host reads the machine's waits, built after it
    const machine = this
    this.runtime = new RuntimeDriver(model.runtimes, model.coroutines, {
      get now() {
        return engine.now
      },
      coroutineSwitch: scenario.machine.costs.coroutineSwitch,
      rng: engine.rng.runtime,
      scheduleCoroutine: (co, at) => engine.at(at, EvPriority.wake, Ev.coroutine, co.id),
      wakeHost: (t) => this.wakeAt(t.id, engine.now),
      blockHost: (t, kind) => this.program.block(t.id, kind),
      startIo: (t, ticks, device) => this.deviceTable.startIo(t.id, ticks, device),
      get waits() {
        return machine.waits
      }
    })
    this.waits = new Waits(this, model.channels)
    this.program = new ProgramRunner(this, this.programs, model.table)
    this.jobs = wirePeriodicJobs(this)
    this.cache = cacheFor(scenario, model.workingSet, this)
    this.ops = new CoreOps(this)
    this.holdOnIo = new HoldOnIo(this)
    this.early = this.config.pickBeforeWakeups ? new PickBeforeWakeups(this) : null
    this.registerHandlers()
    // Coroutines arrive first, so a host arriving at the same instant finds them and joins the
    // run queue as an arrival (not as a wakeup after its arriving peers).
    for (const co of this.coroutines)
      engine.at(co.arrival, EvPriority.arrival, Ev.coroutineArrival, co.id)
    this.state = this.policy.init(this.ctx)
    this.rqs = (this.perCore ? this.cpus.map((c) => c.id) : [-1]).map(
      (cpu, i) => new EngineRunQueue(i, cpu, this.policy.createQueue(this.state, cpu, this.ctx))
    )
    for (const t of this.tasks) engine.at(t.arrival, EvPriority.arrival, Ev.arrival, t.id)
    new PolicyTimer(this, this.policy.timerPeriod(this.state, this.ctx))
    this.placement.start()
    if (this.config.policy === 'rr' && this.config.alignedSlices)
      new SliceClock(this, this.config.quantum)
  }

  get now(): number {
    return this.engine.now
  }

  private registerHandlers(): void {
    const e = this.engine
    const early = this.early
    e.on(Ev.cpu, (cpu) => this.ops.onCpuEvent(this.cpus[cpu]))
    e.on(Ev.arrival, (id) => this.onArrival(id))
    e.on(Ev.coroutineArrival, (co) => this.runtime.onCoroutineEvent(this.coroutines[co]))
    if (early) {
      e.on(Ev.wake, (id) => early.beforeWakeup(() => this.onWake(id)))
      e.on(Ev.coroutine, (co) =>
        early.beforeWakeup(() => this.runtime.onCoroutineEvent(this.coroutines[co]))
      )
    } else {
      e.on(Ev.wake, (id) => this.onWake(id))
      e.on(Ev.coroutine, (co) => this.runtime.onCoroutineEvent(this.coroutines[co]))
    }
  }

  // ---- host services ------------------------------------------------------------------------

  wakeAt(id: number, time: number): void {
    this.engine.at(time, EvPriority.wake, Ev.wake, id)
  }

  wakeAfter(id: number, ticks: number): void {
    this.engine.at(this.engine.now + ticks, EvPriority.wake, Ev.wake, id)
  }

  startIo(id: number, ticks: number, device: number): void {
    this.deviceTable.startIo(id, ticks, device)
  }

  endJob(t: Task): NextCode | null {
    return this.jobs.endJob(t)
  }

  block(id: number, kind: BlockKindCode): void {
    this.program.block(id, kind)
  }

  isHost(id: number): boolean {
    return (this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.host) !== 0
  }

  allowed(id: number, cpu: number): boolean {
    if (!(this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.pinned)) return true
    return (this.tasks[id].affinity as Uint8Array)[cpu] === 1
  }

  /** Whether `task` runs warm on `cpu` (machine.cache); always false without caches. */
  isWarm(cpu: number, task: number): boolean {
    return this.cache !== null && this.cache.isWarm(cpu, task)
  }

  /** The run queue core `c` picks from. */
  rqOf(c: Cpu): EngineRunQueue {
    return this.perCore ? this.rqs[c.id] : this.rqs[0]
  }

  // ---- events -------------------------------------------------------------------------------
  // The hot path names tasks by id and reads their rows in the task table (see task-table.ts);
  // a task's object is touched only on its rare paths (hosts, periodic jobs, locks, devices).

  private onArrival(id: number): void {
    if (this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.periodic) this.jobs.release(this.tasks[id])
    this.trace.state(this.now, id, TaskState.ready)
    this.afterBlock(this.program.proceed(id, false), id, 'arrival', false)
  }

  private onWake(id: number): void {
    const tf = this.tf
    const f = id * ROW_F64
    const wasIo = this.tb[id * ROW_BYTES + TB.blockKind] === BlockKind.io
    this.deviceTable.complete(id)
    tf[f + TF.blockedTime] += this.now - tf[f + TF.blockedSince]
    this.tb[id * ROW_BYTES + TB.blockKind] = BlockKind.none
    if (this.ti[id * ROW_I32 + TI.holding] >= 0) {
      this.holdOnIo.resume(id)
      return
    }
    this.afterBlock(this.program.proceed(id, false), id, 'wakeup', wasIo)
  }

  /** A task off any core has moved through its ops: it becomes ready, or it has finished. */
  afterBlock(next: NextCode, id: number, why: 'arrival' | 'wakeup', fromIo: boolean): void {
    if (next === Next.runnable || next === Next.yieldRunnable) this.makeReady(id, why, fromIo)
    else if (next === Next.exit) this.finishTask(id)
  }

  private onKeyChanged(t: Task): void {
    // Tell the policy whatever the task's state: a blocked holder must come back at its new priority.
    const q = this.queueOf[t.id]
    this.policy.keyChanged(this.state, q >= 0 ? this.rqs[q] : null, t.id, 'inheritance', this.ctx)
    if (t.state === Run.running) {
      const c = this.cpus[t.lastCpu]
      if (!this.keyResched.includes(c)) this.keyResched.push(c)
    }
  }

  // ---- run queues ---------------------------------------------------------------------------

  /** A task becomes runnable off any core: place it (claiming or preempting a core), then queue it. */
  makeReady(id: number, why: 'arrival' | 'wakeup', fromIo: boolean): void {
    this.tb[id * ROW_BYTES + TB.state] = Run.ready
    this.tf[id * ROW_F64 + TF.readySince] = this.now
    this.trace.state(this.now, id, TaskState.ready)
    this.enqueue(this.placement.place(id, why, fromIo), id, why)
  }

  enqueue(rq: EngineRunQueue, id: number, why: EnqueueReason): void {
    this.queuedTasks++
    rq.length++
    this.queueOf[id] = rq.id
    if (rq.cpu >= 0) this.coreLoad[rq.cpu]++
    this.trace.queueLength(this.now, rq.id, rq.length)
    // The task's ready record (written at this instant) names the queue it waits in.
    if (this.perCore) this.trace.state(this.now, id, TaskState.ready, BlockKind.none, rq.id)
    this.policy.enqueue(this.state, rq, id, why, this.ctx)
  }

  /** The engine's count after a task left `rq` (picked, run directly or migrated). */
  taken(rq: EngineRunQueue, id: number): void {
    this.queuedTasks--
    rq.length--
    this.queueOf[id] = -1
    if (rq.cpu >= 0) this.coreLoad[rq.cpu]--
    this.trace.queueLength(this.now, rq.id, rq.length)
  }

  /**
   * A wakeup preempts core `c`: what it runs goes back to the queue now (what it picked at this
   * round, unrun, goes back too), and the core picks at the end of the round; `forced` >= 0 is
   * the task it must run then. The order of the queue is that of these events.
   */
  preemptFor(c: Cpu, forced: number): void {
    if (c.state === CpuState.picked) this.ops.unpick(c)
    else this.ops.preempt(c)
    c.claimedAt = this.now
    if (forced >= 0) c.forced = forced
  }

  finishTask(id: number): void {
    this.tb[id * ROW_BYTES + TB.state] = Run.done
    this.tf[id * ROW_F64 + TF.finish] = this.now
    this.finished++
    this.trace.state(this.now, id, TaskState.done)
  }

  // ---- the end of a round -------------------------------------------------------------------

  endRound(t: number): void {
    if (this.finished === this.tasks.length) {
      this.engine.finish('completed', t)
      return
    }
    for (const c of this.keyResched) {
      if (
        c.state === CpuState.running &&
        this.policy.shouldPreempt(this.state, this.rqOf(c), c.task, this.ctx)
      )
        this.ops.preempt(c)
    }
    if (this.keyResched.length > 0) this.keyResched.length = 0
    if (this.early) this.early.endRound()
    this.placement.pickIdle()
    for (const c of this.displacedCores) c.displaced = -1
    if (this.displacedCores.length > 0) this.displacedCores.length = 0
    // Everyone left waits for a lock or on a channel, with no timeout: nothing can ever happen again.
    const stuck = this.waits.stuckThreads()
    if (stuck > 0 && this.finished + stuck === this.tasks.length) {
      this.deadlock = this.waits.findDeadlock()
      this.engine.finish('deadlock', t)
    }
  }

  /** Nothing can happen any more, yet tasks are unfinished: a lost task (a bug) or a deadlock. */
  stalled(): void {
    checkNothingLost(this)
    this.deadlock = this.waits.findDeadlock()
    this.engine.finish('deadlock', this.now)
  }

  close(at: number): void {
    this.ops.closeAll(at)
  }
}
