// The discrete-event engine. Time jumps from event to event; at each instant events are handled
// in a fixed order (a core's burst or slice end, policy timers, arrivals, I/O and sleep
// completions; FIFO within each), and then every idle core picks its next task. Policies decide;
// this file acts and checks what they answer.
import { Cpu, CpuState } from '../model/cpu'
import type { Device } from '../model/device'
import { ARG, nextOp, Op, PC, REF, type ProgramStore } from '../model/program'
import { Run, type Periodic, type Task } from '../model/task'
import { ROW_BYTES, ROW_F64, ROW_I32, TaskFlag, TB, TF, TI } from '../model/task-table'
import { LIMITS, resolveGuards, type ClampedLimit, type GuardOverrides } from '../scenario/limits'
import type { Scenario, SchedulerConfig } from '../scenario/schema'
import type { AnyPolicy, EnqueueReason, SchedContext, StopReason, TaskView } from '../sched/policy'
import { createPolicy } from '../sched/registry'
import {
  BlockKind,
  EndReason,
  SegmentKind,
  TaskState,
  TraceStore,
  type BlockKindCode,
  type EndReasonCode
} from '../trace/trace-store'
import { buildModel } from './build-model'
import { LockTable } from './lock-table'
import { RuntimeDriver } from './runtime-driver'
import type { Coroutine } from '../runtime/coroutine'
import { Phase } from '../runtime/user-runtime'
import { Next, type NextCode } from './next'
import { EventQueue } from './event-queue'
import { Rng } from './rng'

/** Event kinds; for the first four, their number is also their order among events at the same instant. */
const Ev = {
  cpu: 0,
  timer: 1,
  arrival: 2,
  wake: 3,
  coroutine: 4,
  release: 5,
  coroutineArrival: 6
} as const

export type RunStatus = 'running' | 'completed' | 'deadlock' | 'limit'

/** The guard that stopped a run with status "limit". */
export type LimitKind = 'maxTime' | 'maxEvents' | 'maxTrace'

/** How a run is bounded, beyond what its scenario says (SECURITY.md, "Limits"). */
export interface SimOptions extends GuardOverrides {
  /**
   * Record the trace (default true). A run whose output needs only metrics (the CLI's `run` and
   * `compare`) passes false: its memory then no longer grows with its length.
   */
  trace?: boolean
}

export interface Deadlock {
  /** Thread ids (indices into tasks) on the wait-for cycle, each waiting for the next. */
  tasks: number[]
  /** The lock each of them waits for. */
  locks: string[]
}

export interface Progress {
  now: number
  events: number
  finished: number
  total: number
  status: RunStatus
}

/** Thrown when a policy answers something the engine cannot do: a bug in the policy, not in the scenario. */
export class PolicyViolation extends Error {
  constructor(
    message: string,
    readonly dump: Record<string, unknown>
  ) {
    super(message)
    this.name = 'PolicyViolation'
  }
}

export class Simulation {
  readonly tasks: Task[]
  readonly cpus: Cpu[]
  readonly devices: Device[]
  readonly locks: LockTable
  readonly runtime: RuntimeDriver
  readonly coroutines: Coroutine[]
  readonly processNames: string[]
  readonly trace: TraceStore
  readonly policy: AnyPolicy
  readonly config: SchedulerConfig
  now = 0
  events = 0
  status: RunStatus = 'running'
  makespan = 0
  contextSwitches = 0
  preemptions = 0
  migrations = 0
  limitHit: LimitKind | null = null
  /** The scenario's own limits that asked for more than this run allows (each was lowered). */
  readonly clamped: ClampedLimit[]
  /** Periodic jobs released, over all threads, and those of them finished after their deadline. */
  jobsReleased = 0
  jobsMissed = 0
  deadlock: Deadlock | null = null

  private readonly queue = new EventQueue()
  private readonly state: unknown
  private readonly ctx: SchedContext
  private readonly maxTime: number
  private readonly maxEvents: number
  private readonly costs: Scenario['machine']['costs']
  private finished = 0
  private timerPeriod = 0
  /** Cores in state idle; lets the hot path skip scanning for one. */
  private idleCores: number
  /** Tasks the policy holds in its queue (ready, not running); no dispatch is needed at zero. */
  private queuedTasks = 0
  /** Cores that displaced a task at this instant (their `displaced` is cleared when it ends). */
  private readonly displacedCores: Cpu[] = []
  /** Cores whose running task lost priority at this instant (priority inheritance ended). */
  private readonly reschedCores: Cpu[] = []
  /** Each task's process, so pricing a switch does not touch the previous task's object. */
  private readonly processOf: Int32Array
  /** The task table's columns (hot per-task state) and the op table. */
  private readonly tf: Float64Array
  private readonly ti: Int32Array
  private readonly tb: Uint8Array
  private readonly programs: ProgramStore

  constructor(
    readonly scenario: Scenario,
    options: SimOptions = {}
  ) {
    const guards = resolveGuards(scenario.limits, options)
    this.clamped = guards.clamped
    const model = buildModel(scenario)
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the lock table reads this engine's clock
    const sim = this
    this.tasks = model.tasks
    this.processOf = Int32Array.from(model.tasks, (t) => t.process)
    this.tf = model.table.f
    this.ti = model.table.i
    this.tb = model.table.b
    this.programs = model.programs
    this.devices = model.devices
    this.locks = new LockTable(model.locks, this.tasks, {
      get now() {
        return sim.now
      },
      wakeLockWaiter: (t) => this.queue.push(this.now, Ev.wake, Ev.wake, t.id),
      priorityChanged: (t) => this.onPriorityChanged(t)
    })
    this.processNames = model.processNames
    this.coroutines = model.coroutines
    this.cpus = Array.from({ length: scenario.machine.cores }, (_, i) => new Cpu(i))
    this.idleCores = this.cpus.length
    // Sized up front, so a long run copies no columns while it grows: roughly a segment per op
    // plus idle gaps, an overhead segment per dispatch when switches cost, another for
    // migrations, about two state changes per op and a decision every few segments. A run
    // cut short by maxEvents writes no more than a few records per event: reserve no more.
    const ops =
      this.tasks.reduce((a, t) => a + t.program.opCount, 0) +
      model.coroutines.reduce((a, co) => a + co.program.opCount, 0)
    const costs = scenario.machine.costs
    const perOp =
      1.25 +
      (costs.threadSwitch > 0 || costs.processSwitch > 0 ? 1 : 0) +
      (costs.migration > 0 ? 1 : 0)
    const events = guards.maxEvents
    const segments = Math.min(Math.ceil(ops * perOp), 4 * events)
    this.trace = new TraceStore(
      this.tasks.length,
      this.cpus.length,
      {
        segments,
        states: Math.min(Math.ceil(ops * 2.5), 4 * events),
        decisions: Math.ceil(segments / 2)
      },
      { record: options.trace ?? true, maxSegments: guards.maxTrace }
    )
    this.config = scenario.scheduler
    this.costs = scenario.machine.costs
    this.policy = createPolicy(scenario.scheduler)
    this.maxTime = guards.maxTime
    this.maxEvents = guards.maxEvents
    const rng = new Rng(scenario.seed)
    this.ctx = this.makeContext(rng)
    this.runtime = new RuntimeDriver(model.runtimes, model.coroutines, {
      get now() {
        return sim.now
      },
      coroutineSwitch: scenario.machine.costs.coroutineSwitch,
      rng,
      scheduleCoroutine: (co, at) => this.queue.push(at, Ev.wake, Ev.coroutine, co.id),
      wakeHost: (t) => this.queue.push(this.now, Ev.wake, Ev.wake, t.id),
      blockHost: (t, kind) => this.block(t.id, kind),
      startIo: (t, ticks, device) => this.startIo(t.id, ticks, device)
    })
    // Coroutines arrive first, so a host arriving at the same instant finds them and joins the
    // run queue as an arrival (not as a wakeup after its arriving peers).
    for (const co of this.coroutines)
      this.queue.push(co.arrival, Ev.arrival, Ev.coroutineArrival, co.id)
    this.state = this.policy.init ? this.policy.init(this.ctx) : undefined
    for (const t of this.tasks) this.queue.push(t.arrival, Ev.arrival, Ev.arrival, t.id)
    this.timerPeriod = this.policy.timerPeriod?.(this.state, this.ctx) ?? 0
    if (this.timerPeriod > 0) this.queue.push(this.timerPeriod, Ev.timer, Ev.timer, 0)
    if (this.tasks.length === 0) this.status = 'completed'
  }

  progress(): Progress {
    return {
      now: this.now,
      events: this.events,
      finished: this.finished,
      total: this.tasks.length,
      status: this.status
    }
  }

  /** Runs whole instants until about `budget` events have been handled or the run ends; true when it has ended. */
  step(budget = Infinity): boolean {
    const stopAt = this.events + budget
    while (this.status === 'running' && this.events < stopAt) this.runInstant()
    return this.status !== 'running'
  }

  /** The queued task ids in pick order, as the policy sees them now (for playback views). */
  queued(): number[] {
    return this.policy.queued?.(this.state) ?? []
  }

  private runInstant(): void {
    const q = this.queue
    const t = q.peekTime()
    if (t === Infinity) {
      // Nothing can happen any more, yet tasks are unfinished: they wait on each other.
      this.deadlock = this.locks.findCycle()
      this.end('deadlock', this.now)
      return
    }
    if (t > this.maxTime) {
      this.limitHit = 'maxTime'
      this.end('limit', this.maxTime)
      return
    }
    if (this.events >= this.maxEvents) {
      this.limitHit = 'maxEvents'
      this.end('limit', this.now)
      return
    }
    // The trace's memory budget is spent: stop here, with the trace complete up to now.
    if (this.trace.full) {
      this.limitHit = 'maxTrace'
      this.end('limit', this.now)
      return
    }
    this.now = t
    let pickedEarly = !this.config.pickBeforeWakeups
    while (q.peekTime() === t) {
      const h = q.pop()
      const kind = q.kindOf(h)
      const subject = q.subjectOf(h)
      this.events++
      if (!pickedEarly && (kind === Ev.wake || kind === Ev.coroutine)) {
        this.dispatchIdle()
        pickedEarly = true
      }
      if (kind === Ev.cpu) this.onCpuEvent(this.cpus[subject])
      else if (kind === Ev.wake) this.onWake(subject)
      else if (kind === Ev.coroutine || kind === Ev.coroutineArrival)
        this.runtime.onCoroutineEvent(this.coroutines[subject])
      else if (kind === Ev.arrival) this.onArrival(subject)
      else if (kind === Ev.release) this.onRelease(this.tasks[subject])
      else this.onTimer()
    }
    if (this.finished === this.tasks.length) {
      this.end('completed', t)
      return
    }
    for (const c of this.reschedCores) {
      if (c.state === CpuState.running && this.policy.shouldPreempt?.(this.state, c.task, this.ctx))
        this.preempt(c)
    }
    if (this.reschedCores.length > 0) this.reschedCores.length = 0
    this.dispatchIdle()
    for (const c of this.displacedCores) c.displaced = -1
    if (this.displacedCores.length > 0) this.displacedCores.length = 0
    // Everyone left waits for a lock another waiter holds: nothing can ever happen again.
    if (this.locks.blocked > 0 && this.finished + this.locks.blocked === this.tasks.length) {
      this.deadlock = this.locks.findCycle()
      this.end('deadlock', t)
    }
  }

  private onPriorityChanged(t: Task): void {
    // Tell the policy whatever the task's state: a blocked holder must come back at its new priority.
    this.policy.priorityChanged?.(this.state, t.id, this.ctx)
    if (t.state === Run.running) {
      const c = this.cpus[t.lastCpu]
      if (!this.reschedCores.includes(c)) this.reschedCores.push(c)
    }
  }

  // ---- events -------------------------------------------------------------------------------
  // The hot path names tasks by id and reads their rows in the task table (see task-table.ts);
  // a task's object is touched only on its rare paths (hosts, periodic jobs, locks, devices).

  private onArrival(id: number): void {
    if (this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.periodic) this.release(this.tasks[id])
    this.trace.state(this.now, id, TaskState.ready)
    const next = this.proceed(id, false)
    if (next === Next.runnable || next === Next.yieldRunnable) this.makeReady(id, 'arrival', false)
    else if (next === Next.exit) this.finishTask(id)
  }

  /** A periodic thread's job is released: it starts now if the previous job is done, else after it. */
  private release(t: Task): void {
    const p = t.periodic as Periodic
    t.released++
    // Only the first LIMITS.maxJobRows jobs of the run keep a row; the rest are counted.
    if (this.jobsReleased++ < LIMITS.maxJobRows) t.jobFinish.push(-1)
    if (t.released < p.jobs)
      this.queue.push(t.arrival + t.released * p.period, Ev.arrival, Ev.release, t.id)
  }

  private onRelease(t: Task): void {
    this.release(t)
    if (!t.awaitingRelease) return
    t.awaitingRelease = false
    t.blockedTime += this.now - t.blockedSince
    t.blockKind = BlockKind.none
    t.reset()
    const next = this.proceed(t.id, false)
    if (next === Next.runnable || next === Next.yieldRunnable) this.makeReady(t.id, 'wakeup', false)
    else if (next === Next.exit) this.finishTask(t.id)
  }

  /** A periodic thread reached the end of its ops: the job is done; start the next or wait for it. */
  private endJob(t: Task): NextCode | null {
    const p = t.periodic as Periodic
    // Jobs run in release order: the one finishing is the oldest open one.
    const job = t.jobsDone++
    if (job < t.jobFinish.length) t.jobFinish[job] = this.now
    if (this.now > t.arrival + job * p.period + p.deadline) {
      t.jobsMissed++
      this.jobsMissed++
    }
    const done = t.jobsDone
    if (done === p.jobs) return Next.exit
    if (done < t.released) {
      t.reset()
      return null
    }
    t.awaitingRelease = true
    this.block(t.id, BlockKind.sleep)
    return Next.blocked
  }

  private onWake(id: number): void {
    const ti = this.ti
    const tf = this.tf
    const r = id * ROW_I32
    const f = id * ROW_F64
    const wasIo = this.tb[id * ROW_BYTES + TB.blockKind] === BlockKind.io
    if (ti[r + TI.ioDevice] >= 0) this.releaseDevice(ti[r + TI.ioDevice])
    ti[r + TI.ioDevice] = -1
    tf[f + TF.blockedTime] += this.now - tf[f + TF.blockedSince]
    this.tb[id * ROW_BYTES + TB.blockKind] = BlockKind.none
    if (ti[r + TI.holding] >= 0) {
      this.resumeHeld(id)
      return
    }
    const next = this.proceed(id, false)
    if (next === Next.runnable || next === Next.yieldRunnable) this.makeReady(id, 'wakeup', wasIo)
    else if (next === Next.exit) this.finishTask(id)
  }

  private onCpuEvent(c: Cpu): void {
    c.event = -1
    const id = c.task
    if (c.state === CpuState.switching) {
      this.endSwitch(c, id, this.now)
      this.startRun(c, id)
      return
    }
    this.account(c, id)
    if (this.tf[id * ROW_F64 + TF.remainingOp] > 0) {
      this.stopTask(c, id, 'slice-expired')
      return
    }
    // A host may change coroutine or phase here: close the segment so the trace says which.
    if (this.isHost(id)) this.closeRun(c, id, EndReason.none)
    const next = this.proceed(id, true)
    if (next === Next.runnable) {
      if (c.sliceLeft > 0) this.arm(c, id)
      else this.stopTask(c, id, 'slice-expired')
    } else if (next === Next.yieldRunnable) this.stopTask(c, id, 'yield')
    else if (next === Next.blocked) this.stopTask(c, id, 'blocked')
    else this.stopTask(c, id, 'exit')
  }

  private onTimer(): void {
    if (this.finished === this.tasks.length) return
    const active = (c: Cpu) => c.state === CpuState.running || c.state === CpuState.switching
    if (this.policy.timerPreempts) {
      for (const c of this.cpus) if (active(c)) this.preempt(c)
    }
    this.policy.onTimer?.(this.state, this.ctx)
    // A timer that reorders without preempting (aging): preempt only where a queued task now wins,
    // and only a task that has run since it got the core, so every switch buys at least one tick.
    if (!this.policy.timerPreempts && this.policy.shouldPreempt) {
      for (const c of this.cpus) {
        const ran = c.ranSinceDispatch + (this.now - c.accountedAt) > 0
        if (
          c.state === CpuState.running &&
          ran &&
          this.policy.shouldPreempt(this.state, c.task, this.ctx)
        )
          this.preempt(c)
      }
    }
    this.queue.push(this.now + this.timerPeriod, Ev.timer, Ev.timer, 0)
  }

  // ---- a task's program ---------------------------------------------------------------------

  /** Moves past finished ops until the task can run, blocks or exits. */
  private proceed(id: number, onCpu: boolean): NextCode {
    const ti = this.ti
    const r = id * ROW_I32
    if (this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.host)
      return this.runtime.proceedHost(this.tasks[id])
    const store = this.programs
    const ops = store.ops
    const cursor = r + TI.cursor
    let yielded = false
    for (;;) {
      const i = nextOp(store, ti, cursor)
      if (i < 0) {
        if (!(this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.periodic)) return Next.exit
        const afterJob = this.endJob(this.tasks[id])
        if (afterJob !== null) return afterJob
        continue
      }
      const code = ops[i]
      if (!onCpu && code !== Op.cpu && code !== Op.yield) {
        // Taking a lock, starting an I/O or a sleep is something a thread does on a core: it
        // waits in the run queue first, and runs the op (in zero time) once dispatched.
        ti[cursor + PC] = i
        this.tf[id * ROW_F64 + TF.remainingOp] = 0
        return Next.runnable
      }
      switch (code) {
        case Op.cpu:
          this.tf[id * ROW_F64 + TF.remainingOp] = ops[i + ARG]
          return yielded ? Next.yieldRunnable : Next.runnable
        case Op.io:
          this.block(id, BlockKind.io)
          this.startIo(id, ops[i + ARG], ops[i + REF])
          return Next.blocked
        case Op.sleep:
          this.block(id, BlockKind.sleep)
          this.queue.push(this.now + ops[i + ARG], Ev.wake, Ev.wake, id)
          return Next.blocked
        case Op.yield:
          // A yield only means something to a task that holds a core.
          if (onCpu) yielded = true
          break
        case Op.lock:
          if (!this.locks.acquire(this.tasks[id], ops[i + REF])) {
            this.block(id, BlockKind.lock)
            return Next.blocked
          }
          break
        case Op.unlock:
          this.locks.release(this.tasks[id], ops[i + REF])
          break
        default:
          // Awaits belong to coroutines; validation keeps them out of thread ops.
          throw new PolicyViolation(`op ${code} cannot run in a thread`, {
            task: this.tasks[id].name
          })
      }
    }
  }

  private block(id: number, kind: BlockKindCode): void {
    this.tb[id * ROW_BYTES + TB.blockKind] = kind
    this.tb[id * ROW_BYTES + TB.state] = Run.blocked
    this.tf[id * ROW_F64 + TF.blockedSince] = this.now
    this.trace.state(this.now, id, TaskState.blocked, kind)
  }

  private startIo(id: number, ticks: number, device: number): void {
    if (device >= 0) {
      const d = this.devices[device]
      this.ti[id * ROW_I32 + TI.ioDevice] = device
      if (d.busy >= d.channels) {
        this.tasks[id].ioPending = ticks
        d.waiting.pushBack(id)
        this.trace.state(this.now, id, TaskState.blocked, BlockKind.device)
        return
      }
      d.busy++
    }
    this.queue.push(this.now + ticks, Ev.wake, Ev.wake, id)
  }

  private releaseDevice(index: number): void {
    const d = this.devices[index]
    d.busy--
    const next = d.waiting.popFirst()
    if (next !== null) {
      d.busy++
      this.trace.state(this.now, next, TaskState.blocked, BlockKind.io)
      this.queue.push(this.now + this.tasks[next].ioPending, Ev.wake, Ev.wake, next)
    }
  }

  private finishTask(id: number): void {
    this.tb[id * ROW_BYTES + TB.state] = Run.done
    this.tf[id * ROW_F64 + TF.finish] = this.now
    this.finished++
    this.trace.state(this.now, id, TaskState.done)
  }

  private isHost(id: number): boolean {
    return (this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.host) !== 0
  }

  // ---- placing tasks on cores ---------------------------------------------------------------

  /** A task becomes runnable: claim an idle core for it, or preempt one, then queue it. */
  private makeReady(id: number, why: 'arrival' | 'wakeup', fromIo: boolean): void {
    this.tb[id * ROW_BYTES + TB.state] = Run.ready
    this.tf[id * ROW_F64 + TF.readySince] = this.now
    this.trace.state(this.now, id, TaskState.ready)
    if (!this.claimIdleCore(id)) {
      const force = fromIo && this.config.ioCompletionPreempts
      const victim =
        force || this.policy.wakeupPreempt ? this.findVictim(id, why, force) : undefined
      if (victim) {
        this.preempt(victim)
        victim.claimedAt = this.now
        if (force) victim.forced = id
      }
    }
    this.enqueue(id, why)
  }

  private claimIdleCore(id: number): boolean {
    if (this.idleCores === 0) return false
    const last = this.ti[id * ROW_I32 + TI.lastCpu]
    const pref = last >= 0 ? this.cpus[last] : undefined
    if (
      pref &&
      pref.state === CpuState.idle &&
      pref.claimedAt !== this.now &&
      this.allowed(id, pref.id)
    ) {
      pref.claimedAt = this.now
      return true
    }
    for (const c of this.cpus) {
      if (c.state === CpuState.idle && c.claimedAt !== this.now && this.allowed(id, c.id)) {
        c.claimedAt = this.now
        return true
      }
    }
    return false
  }

  private findVictim(id: number, why: 'arrival' | 'wakeup', force: boolean): Cpu | undefined {
    const decide = (c: Cpu): boolean =>
      (c.state === CpuState.running || c.state === CpuState.switching) &&
      this.allowed(id, c.id) &&
      (force || (this.policy.wakeupPreempt?.(this.state, c.task, id, why, this.ctx) ?? false))
    const last = this.ti[id * ROW_I32 + TI.lastCpu]
    const pref = last >= 0 ? this.cpus[last] : undefined
    const key = this.policy.preemptionKey
    if (!key || force || this.cpus.length === 1) {
      if (pref && decide(pref)) return pref
      return this.cpus.find((c) => c !== pref && decide(c))
    }
    // Several candidates: preempt the one the policy values least (ties: its last core, then core id).
    let victim: Cpu | undefined
    let worst = -Infinity
    for (const c of pref ? [pref, ...this.cpus] : this.cpus) {
      if (!decide(c)) continue
      const k = key(this.state, c.task, this.ctx)
      if (k > worst) {
        worst = k
        victim = c
      }
    }
    return victim
  }

  private dispatchIdle(): void {
    if (this.idleCores === 0 || this.queuedTasks === 0) return
    for (const c of this.cpus)
      if (c.state === CpuState.idle && this.queuedTasks > 0) this.dispatch(c)
  }

  private enqueue(id: number, why: EnqueueReason): void {
    this.queuedTasks++
    this.trace.queueLength(this.now, 0, this.queuedTasks)
    this.policy.enqueue?.(this.state, id, why, this.ctx)
  }

  private displace(c: Cpu, id: number): void {
    if (c.displaced < 0) this.displacedCores.push(c)
    c.displaced = id
  }

  private dispatch(c: Cpu): void {
    let picked: number | null = -1
    if (c.forced >= 0) {
      picked = c.forced
      c.forced = -1
      if (this.tasks[picked].state === Run.ready)
        this.policy.dequeue?.(this.state, picked, this.ctx)
      else picked = -1
    }
    if (picked === -1)
      picked = this.policy.pickNext ? this.policy.pickNext(this.state, c.id, this.ctx) : null
    if (picked === null || picked === undefined) return
    const id = picked
    this.queuedTasks--
    this.trace.queueLength(this.now, 0, this.queuedTasks)
    this.idleCores--
    const ti = this.ti
    const tf = this.tf
    const r = id * ROW_I32
    const f = id * ROW_F64
    if (
      !(id >= 0 && id < this.tasks.length) ||
      this.tb[id * ROW_BYTES + TB.state] !== Run.ready ||
      !this.allowed(id, c.id)
    ) {
      const t = this.tasks[id] as Task | undefined
      throw new PolicyViolation(
        `${this.policy.name} picked task ${id}, which cannot run on core ${c.id} now`,
        {
          now: this.now,
          task: t ? { name: t.name, state: t.state } : null,
          cpu: c.id
        }
      )
    }
    if (c.displaced >= 0 && c.displaced !== id) {
      this.tf[c.displaced * ROW_F64 + TF.preemptions]++
      this.preemptions++
    }
    c.displaced = -1
    this.trace.segment(c.id, -1, SegmentKind.idle, c.segStart, this.now, EndReason.none)
    c.idle += this.now - c.segStart
    tf[f + TF.waiting] += this.now - tf[f + TF.readySince]
    this.tb[id * ROW_BYTES + TB.state] = Run.running
    if (this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.host) this.runtime.hostOn(this.tasks[id])
    this.trace.state(this.now, id, TaskState.running)
    const lastCpu = ti[r + TI.lastCpu]
    c.task = id
    c.dispatchTime = this.now
    c.ranSinceDispatch = 0
    c.undoLastTask = c.lastTask
    c.undoLastCpu = lastCpu
    c.undoSwitched = false
    c.undoMigrated = false
    c.undoLastStop = c.lastStop
    let switchCost = 0
    let migrationCost = 0
    if (c.lastTask >= 0 && c.lastTask !== id) {
      switchCost =
        this.processOf[c.lastTask] === this.processOf[id]
          ? this.costs.threadSwitch
          : this.costs.processSwitch
      this.contextSwitches++
      tf[f + TF.switches]++
      c.undoSwitched = true
    }
    if (lastCpu >= 0 && lastCpu !== c.id) {
      migrationCost = this.costs.migration
      this.migrations++
      tf[f + TF.migrations]++
      c.migrations++
      c.undoMigrated = true
    }
    this.trace.decision(
      this.now,
      c.id,
      id,
      c.lastTask,
      c.lastStop as EndReasonCode,
      this.queuedTasks,
      lastCpu
    )
    c.lastTask = id
    ti[r + TI.lastCpu] = c.id
    c.sliceLeft = this.policy.timeSlice ? this.policy.timeSlice(this.state, id, this.ctx) : Infinity
    if (!(c.sliceLeft > 0)) {
      throw new PolicyViolation(
        `${this.policy.name} gave ${this.tasks[id].name} a time slice of ${c.sliceLeft}`,
        { now: this.now }
      )
    }
    c.segStart = this.now
    if (switchCost + migrationCost > 0) {
      c.state = CpuState.switching
      c.switchCost = switchCost
      c.migrationCost = migrationCost
      c.event = this.queue.push(this.now + switchCost + migrationCost, Ev.cpu, Ev.cpu, c.id)
    } else this.startRun(c, id)
  }

  private startRun(c: Cpu, id: number): void {
    c.state = CpuState.running
    c.segStart = this.now
    c.accountedAt = this.now
    const f = id * ROW_F64
    if (this.tf[f + TF.firstRun] < 0) this.tf[f + TF.firstRun] = this.now
    this.arm(c, id)
  }

  private arm(c: Cpu, id: number): void {
    const left = this.tf[id * ROW_F64 + TF.remainingOp]
    const until = left < c.sliceLeft ? left : c.sliceLeft
    c.event = this.queue.push(this.now + until, Ev.cpu, Ev.cpu, c.id)
  }

  /** Credits the running task with the CPU time since the last accounting. */
  private account(c: Cpu, id: number): void {
    const ran = this.now - c.accountedAt
    if (ran === 0) return
    const tf = this.tf
    const f = id * ROW_F64
    tf[f + TF.remainingOp] -= ran
    // A host's time goes to its coroutine's work, or to a coroutine switch (overhead).
    if (!this.isHost(id) || this.runtime.account(this.tasks[id], ran)) tf[f + TF.cpuTime] += ran
    else tf[f + TF.overhead] += ran
    c.sliceLeft -= ran
    c.ranSinceDispatch += ran
    c.accountedAt = this.now
  }

  /** Writes the overhead of a switch that ends (or is cut short) at `end`. */
  private endSwitch(c: Cpu, id: number, end: number): void {
    const switchEnd = Math.min(end, c.segStart + c.switchCost)
    this.trace.segment(c.id, id, SegmentKind.switch, c.segStart, switchEnd, EndReason.none)
    this.trace.segment(c.id, id, SegmentKind.migration, switchEnd, end, EndReason.none)
    c.overhead += end - c.segStart
    this.tf[id * ROW_F64 + TF.overhead] += end - c.segStart
  }

  private closeRun(c: Cpu, id: number, reason: EndReasonCode): void {
    if (reason !== EndReason.none) c.lastStop = reason
    const length = this.now - c.segStart
    if (!this.isHost(id)) {
      this.trace.segment(c.id, id, SegmentKind.run, c.segStart, this.now, reason)
      c.busy += length
    } else {
      // A host's segment says which coroutine it ran, or that it switched coroutines (overhead).
      const w = this.runtime.worker(this.tasks[id])
      const switching = w.phase === Phase.switch
      this.trace.segment(
        c.id,
        id,
        switching ? SegmentKind.coroutineSwitch : SegmentKind.run,
        c.segStart,
        this.now,
        reason,
        w.current
      )
      if (switching) c.overhead += length
      else c.busy += length
    }
    c.segStart = this.now
  }

  /** The running task leaves core `c` of its own accord or at the end of its slice. */
  private stopTask(c: Cpu, id: number, why: StopReason): void {
    if (c.event >= 0) this.queue.cancel(c.event)
    c.event = -1
    if (this.isHost(id)) this.runtime.hostOff(this.tasks[id])
    this.policy.putPrev?.(this.state, id, c.ranSinceDispatch, why, this.ctx)
    c.ranSinceDispatch = 0
    this.closeRun(c, id, this.endReasonOf(why, id))
    if (why === 'slice-expired' || why === 'yield') {
      this.tb[id * ROW_BYTES + TB.state] = Run.ready
      this.tf[id * ROW_F64 + TF.readySince] = this.now
      this.trace.state(this.now, id, TaskState.ready)
      if (why === 'slice-expired') this.displace(c, id)
      this.enqueue(id, why)
    } else if (why === 'blocked') {
      if (this.holdsCore(id)) {
        // The thread keeps its core while it waits; the core idles (process-run's SWITCH_ON_END).
        this.ti[id * ROW_I32 + TI.holding] = c.id
        c.state = CpuState.holding
        return
      }
    } else this.finishTask(id)
    this.freeCpu(c)
  }

  /**
   * With switchOnIo off, a thread keeps its core through an I/O or a sleep only: a lock wait, a
   * parked runtime or a periodic thread waiting for its next release would never give it back.
   */
  private holdsCore(id: number): boolean {
    if (this.config.switchOnIo) return false
    const kind = this.tb[id * ROW_BYTES + TB.blockKind]
    return (
      kind === BlockKind.io ||
      kind === BlockKind.device ||
      (kind === BlockKind.sleep && !this.tasks[id].awaitingRelease)
    )
  }

  /** An I/O completed for a task that kept its core: it carries on there. */
  private resumeHeld(id: number): void {
    const r = id * ROW_I32
    const c = this.cpus[this.ti[r + TI.holding]]
    this.ti[r + TI.holding] = -1
    this.trace.segment(c.id, id, SegmentKind.held, c.segStart, this.now, EndReason.none)
    c.idle += this.now - c.segStart
    c.segStart = this.now
    const next = this.proceed(id, true)
    if (next === Next.blocked) {
      if (this.holdsCore(id)) this.ti[r + TI.holding] = c.id
      else this.freeCpu(c)
      return
    }
    if (next === Next.exit) {
      this.finishTask(id)
      this.freeCpu(c)
      return
    }
    this.tb[id * ROW_BYTES + TB.state] = Run.running
    if (this.isHost(id)) this.runtime.hostOn(this.tasks[id])
    this.trace.state(this.now, id, TaskState.running)
    c.state = CpuState.running
    c.accountedAt = this.now
    if (next === Next.yieldRunnable) {
      this.stopTask(c, id, 'yield')
      return
    }
    c.sliceLeft = this.policy.timeSlice ? this.policy.timeSlice(this.state, id, this.ctx) : Infinity
    this.arm(c, id)
  }

  /** Takes the task off core `c` involuntarily (a wakeup or a timer) and queues it again. */
  private preempt(c: Cpu): void {
    const id = c.task
    if (c.event >= 0) this.queue.cancel(c.event)
    c.event = -1
    if (this.isHost(id)) this.runtime.hostOff(this.tasks[id])
    c.lastStop = EndReason.preempted
    if (c.state === CpuState.switching) this.endSwitch(c, id, this.now)
    else {
      this.account(c, id)
      this.closeRun(c, id, EndReason.preempted)
    }
    if (c.dispatchTime === this.now && c.ranSinceDispatch === 0) this.undoDispatch(c, id)
    else this.displace(c, id)
    this.policy.putPrev?.(this.state, id, c.ranSinceDispatch, 'preempted', this.ctx)
    c.ranSinceDispatch = 0
    this.tb[id * ROW_BYTES + TB.state] = Run.ready
    this.tf[id * ROW_F64 + TF.readySince] = this.now
    this.trace.state(this.now, id, TaskState.ready)
    this.enqueue(id, 'preempted')
    this.freeCpu(c)
  }

  /** A dispatch preempted at its own instant never happened: no switch, no first run. */
  private undoDispatch(c: Cpu, id: number): void {
    const tf = this.tf
    const f = id * ROW_F64
    this.trace.dropDecision(c.id, this.now)
    c.lastStop = c.undoLastStop
    c.lastTask = c.undoLastTask
    this.ti[id * ROW_I32 + TI.lastCpu] = c.undoLastCpu
    if (c.undoSwitched) {
      this.contextSwitches--
      tf[f + TF.switches]--
    }
    if (c.undoMigrated) {
      this.migrations--
      tf[f + TF.migrations]--
      c.migrations--
    }
    if (tf[f + TF.firstRun] === this.now && tf[f + TF.cpuTime] === 0) tf[f + TF.firstRun] = -1
  }

  private freeCpu(c: Cpu): void {
    this.idleCores++
    c.state = CpuState.idle
    c.task = -1
    c.segStart = this.now
  }

  private allowed(id: number, cpu: number): boolean {
    if (!(this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.pinned)) return true
    return (this.tasks[id].affinity as Uint8Array)[cpu] === 1
  }

  private endReasonOf(why: StopReason, id: number): EndReasonCode {
    switch (why) {
      case 'slice-expired':
        return EndReason.sliceExpired
      case 'preempted':
        return EndReason.preempted
      case 'yield':
        return EndReason.yield
      case 'exit':
        return EndReason.exit
      case 'blocked': {
        const kind = this.tb[id * ROW_BYTES + TB.blockKind]
        return kind === BlockKind.sleep
          ? EndReason.sleep
          : kind === BlockKind.lock
            ? EndReason.lock
            : kind === BlockKind.park
              ? EndReason.park
              : EndReason.io
      }
    }
  }

  // ---- the end ------------------------------------------------------------------------------

  private end(status: RunStatus, at: number): void {
    this.status = status
    this.now = at
    this.makespan = at
    // A run cut short (limit, deadlock): time waiting or blocked up to the end still counts.
    for (const t of this.tasks) {
      if (t.state === Run.ready) t.waiting += at - t.readySince
      else if (t.state === Run.blocked) {
        t.blockedTime += at - t.blockedSince
        if (t.waitingLock >= 0) t.lockWait += at - t.lockWaitSince
      }
    }
    for (const c of this.cpus) {
      if (c.state === CpuState.idle) {
        this.trace.segment(c.id, -1, SegmentKind.idle, c.segStart, at, EndReason.none)
        c.idle += at - c.segStart
      } else if (c.state === CpuState.holding) {
        this.trace.segment(
          c.id,
          c.task >= 0 ? c.task : -1,
          SegmentKind.held,
          c.segStart,
          at,
          EndReason.none
        )
        c.idle += at - c.segStart
      } else {
        if (c.state === CpuState.switching) this.endSwitch(c, c.task, at)
        else {
          this.account(c, c.task)
          this.closeRun(c, c.task, EndReason.limit)
        }
      }
      c.segStart = at
    }
  }

  private makeContext(rng: Rng): SchedContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the context is a view of this engine
    const sim = this
    return {
      get now() {
        return sim.now
      },
      cores: this.cpus.length,
      rng,
      taskCount: this.tasks.length,
      task: (id: number): TaskView => sim.tasks[id],
      canRun: (id: number, cpu: number) => sim.allowed(id, cpu),
      // Measured when asked (only sjf/srtf ask): the current op's remainder plus the CPU ops after it.
      burstLeft: (id: number) => {
        const t = sim.tasks[id]
        let left = t.remainingOp
        if (t.state === Run.running) {
          const c = sim.cpus[t.lastCpu]
          if (c.state === CpuState.running) left -= sim.now - c.accountedAt
        }
        return left + t.burstAhead()
      },
      hasAffinity: this.tasks.some((t) => t.affinity !== null),
      ranSinceDispatch: (id: number) => {
        const t = sim.tasks[id]
        if (t.state !== Run.running) return 0
        const c = sim.cpus[t.lastCpu]
        return c.ranSinceDispatch + (c.state === CpuState.running ? sim.now - c.accountedAt : 0)
      },
      lastTaskOn: (cpu: number) => sim.cpus[cpu].lastTask
    }
  }
}

export type { EnqueueReason }
