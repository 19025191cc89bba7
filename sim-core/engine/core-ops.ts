// What a core does: take a task from its run queue and run it (paying switch and migration
// costs), account its time, and take it off again (slice end, block, exit, preemption). Every
// transition writes the trace and the task's and core's figures.
import type { Cpu } from '../model/cpu'
import { CpuState } from '../model/cpu'
import { Run, type Task } from '../model/task'
import { ROW_BYTES, ROW_F64, ROW_I32, TaskFlag, TB, TF, TI } from '../model/task-table'
import { Phase } from '../runtime/user-runtime'
import type { StopReason } from '../sched/policy'
import type { EngineRunQueue } from '../sched/run-queue'
import {
  BlockKind,
  EndReason,
  SegmentKind,
  TaskState,
  type EndReasonCode
} from '../trace/trace-store'
import { Ev, EvPriority } from './events'
import type { Machine } from './machine'
import { Next } from './next'
import { PolicyViolation } from './policy-violation'
import { stateDump } from './watchdog'

export class CoreOps {
  private readonly tf: Float64Array
  private readonly ti: Int32Array
  private readonly tb: Uint8Array

  constructor(private readonly m: Machine) {
    this.tf = m.tf
    this.ti = m.ti
    this.tb = m.tb
  }

  /** The core's pending event: the end of a switch, of a burst or of a slice. */
  onCpuEvent(c: Cpu): void {
    const m = this.m
    c.event = -1
    const id = c.task
    if (c.state === CpuState.switching) {
      this.endSwitch(c, id, m.now)
      this.startRun(c, id)
      return
    }
    // A thread of a GIL process that does not hold the lock (or must drop it) waits for it.
    const gil = m.gil
    if (gil !== null && this.tf[id * ROW_F64 + TF.remainingOp] > 0 && !gil.mayRun(id)) {
      this.account(c, id)
      this.waitForGil(c, id)
      return
    }
    this.account(c, id)
    if (this.tf[id * ROW_F64 + TF.remainingOp] > 0) {
      // Work left and slice left: the task has just turned warm (machine.cache). Its cold
      // segment ends here and the rest of the op runs at the warm rate.
      if (c.sliceLeft > 0 && m.cache) {
        this.closeRun(c, id, EndReason.none)
        this.arm(c, id)
        return
      }
      this.stopTask(c, id, 'slice-expired')
      return
    }
    // A host may change coroutine or phase here: close the segment so the trace says which.
    if (m.isHost(id)) this.closeRun(c, id, EndReason.none)
    const next = m.program.proceed(id, true)
    if (next === Next.runnable) {
      if (c.sliceLeft > 0) this.arm(c, id)
      else this.stopTask(c, id, 'slice-expired')
    } else if (next === Next.yieldRunnable) this.stopTask(c, id, 'yield')
    else if (next === Next.blocked) this.stopTask(c, id, 'blocked')
    else this.stopTask(c, id, 'exit')
  }

  // ---- taking a task ------------------------------------------------------------------------

  /**
   * Core `c` (idle) takes its next task: the one it must run (an I/O completion that preempted),
   * else the policy's pick from its run queue. False when there is none it may run.
   */
  pick(c: Cpu): boolean {
    const m = this.m
    const rq = m.rqOf(c)
    let picked: number | null = -1
    let from: EngineRunQueue = rq
    if (c.forced >= 0) {
      picked = c.forced
      c.forced = -1
      const q = m.queueOf[picked]
      if (m.tasks[picked].state === Run.ready && q >= 0) {
        from = m.rqs[q]
        m.policy.dequeue(m.state, from, picked, 'forced', m.ctx)
      } else picked = -1
    }
    if (picked === -1) {
      if (rq.length === 0) return false
      picked = m.policy.pickNext(m.state, rq, c.id, m.ctx)
    }
    if (picked === null || picked === undefined) return false
    const id = picked
    if (
      !(id >= 0 && id < m.tasks.length) ||
      this.tb[id * ROW_BYTES + TB.state] !== Run.ready ||
      m.queueOf[id] !== from.id ||
      !m.allowed(id, c.id)
    ) {
      const t = m.tasks[id] as Task | undefined
      throw new PolicyViolation(
        `${m.policy.name} picked task ${id}, which cannot run on core ${c.id} now`,
        { ...stateDump(m, t ?? null), cpu: c.id }
      )
    }
    m.taken(from, id)
    m.idleCores--
    m.coreLoad[c.id]++
    m.pickedCores++
    if (c.displaced >= 0 && c.displaced !== id) {
      this.tf[c.displaced * ROW_F64 + TF.preemptions]++
      m.preemptions++
    }
    c.displaced = -1
    c.state = CpuState.picked
    c.task = id
    c.pickQueued = m.queuedTasks
    return true
  }

  /** A core gives back the task it picked at this round, before running it (a wakeup took the core). */
  unpick(c: Cpu): void {
    const m = this.m
    const id = c.task
    c.task = -1
    c.state = CpuState.idle
    m.idleCores++
    m.coreLoad[c.id]--
    m.pickedCores--
    m.policy.putPrev(m.state, id, 0, 'preempted', m.ctx)
    m.enqueue(m.rqOf(c), id, 'preempted')
  }

  /** Core `c` runs the task it picked: the decision is final from here. */
  run(c: Cpu): void {
    const m = this.m
    const id = c.task
    m.pickedCores--
    const tf = this.tf
    const ti = this.ti
    const r = id * ROW_I32
    const f = id * ROW_F64
    const now = m.now
    m.trace.segment(c.id, -1, SegmentKind.idle, c.segStart, now, EndReason.none)
    c.idle += now - c.segStart
    tf[f + TF.waiting] += now - tf[f + TF.readySince]
    this.tb[id * ROW_BYTES + TB.state] = Run.running
    if (this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.host) m.runtime.hostOn(m.tasks[id])
    m.trace.state(now, id, TaskState.running)
    const lastCpu = ti[r + TI.lastCpu]
    c.dispatchTime = now
    c.ranSinceDispatch = 0
    let switchCost = 0
    let migrationCost = 0
    if (c.lastTask >= 0 && c.lastTask !== id) {
      switchCost =
        m.processOf[c.lastTask] === m.processOf[id] ? m.costs.threadSwitch : m.costs.processSwitch
      m.contextSwitches++
      tf[f + TF.switches]++
    }
    if (lastCpu >= 0 && lastCpu !== c.id) {
      migrationCost = m.costs.migration
      m.migrations++
      tf[f + TF.migrations]++
      c.migrations++
    }
    m.trace.decision(now, c.id, id, c.lastTask, c.lastStop as EndReasonCode, c.pickQueued, lastCpu)
    c.lastTask = id
    ti[r + TI.lastCpu] = c.id
    c.sliceLeft = m.policy.timeSlice(m.state, id, m.ctx)
    if (!(c.sliceLeft > 0)) {
      throw new PolicyViolation(
        `${m.policy.name} gave ${m.tasks[id].name} a time slice of ${c.sliceLeft}`,
        { now }
      )
    }
    c.segStart = now
    if (switchCost + migrationCost > 0) {
      c.state = CpuState.switching
      c.switchCost = switchCost
      c.migrationCost = migrationCost
      c.event = m.engine.at(now + switchCost + migrationCost, EvPriority.cpu, Ev.cpu, c.id)
    } else this.startRun(c, id)
  }

  private startRun(c: Cpu, id: number): void {
    const now = this.m.now
    c.state = CpuState.running
    c.segStart = now
    c.accountedAt = now
    const f = id * ROW_F64
    if (this.tf[f + TF.firstRun] < 0) this.tf[f + TF.firstRun] = now
    this.m.cache?.start(c, id)
    this.arm(c, id)
  }

  /** Schedules the core's next event: the end of the op or of the slice, or the tick it turns warm. */
  arm(c: Cpu, id: number): void {
    const left = this.tf[id * ROW_F64 + TF.remainingOp]
    const gil = this.m.gil
    if (gil !== null && left > 0 && !gil.mayRun(id)) {
      // It may not compute without its process's GIL: it leaves the core at this instant, in
      // onCpuEvent (the core's own event, so no pick is taken back mid-round).
      c.event = this.m.engine.at(this.m.now, EvPriority.cpu, Ev.cpu, c.id)
      return
    }
    const cache = this.m.cache
    const until = cache
      ? cache.until(c, id, left, c.sliceLeft)
      : left < c.sliceLeft
        ? left
        : c.sliceLeft
    c.event = this.m.engine.at(this.m.now + until, EvPriority.cpu, Ev.cpu, c.id)
  }

  // ---- accounting ---------------------------------------------------------------------------

  /** Credits the running task with the CPU time since the last accounting. */
  account(c: Cpu, id: number): void {
    const m = this.m
    const ran = m.now - c.accountedAt
    if (ran === 0) return
    const tf = this.tf
    const f = id * ROW_F64
    const cache = m.cache
    tf[f + TF.remainingOp] -= cache ? cache.work(c, id, ran, tf[f + TF.remainingOp]) : ran
    // A host's time goes to its coroutine's work, or to a coroutine switch (overhead).
    if (!m.isHost(id) || m.runtime.account(m.tasks[id], ran)) tf[f + TF.cpuTime] += ran
    else tf[f + TF.overhead] += ran
    c.sliceLeft -= ran
    c.ranSinceDispatch += ran
    c.accountedAt = m.now
  }

  /** Writes the overhead of a switch that ends (or is cut short) at `end`. */
  endSwitch(c: Cpu, id: number, end: number): void {
    const trace = this.m.trace
    const switchEnd = Math.min(end, c.segStart + c.switchCost)
    trace.segment(c.id, id, SegmentKind.switch, c.segStart, switchEnd, EndReason.none)
    trace.segment(c.id, id, SegmentKind.migration, switchEnd, end, EndReason.none)
    c.overhead += end - c.segStart
    this.tf[id * ROW_F64 + TF.overhead] += end - c.segStart
  }

  closeRun(c: Cpu, id: number, reason: EndReasonCode): void {
    const m = this.m
    const now = m.now
    if (reason !== EndReason.none) c.lastStop = reason
    const length = now - c.segStart
    if (!m.isHost(id)) {
      m.trace.segment(c.id, id, SegmentKind.run, c.segStart, now, reason, -1, c.runWarm ? 1 : 0)
      c.busy += length
    } else {
      // A host's segment says which coroutine it ran, or that it switched coroutines (overhead).
      const w = m.runtime.worker(m.tasks[id])
      const switching = w.phase === Phase.switch
      m.trace.segment(
        c.id,
        id,
        switching ? SegmentKind.coroutineSwitch : SegmentKind.run,
        c.segStart,
        now,
        reason,
        w.current
      )
      if (switching) c.overhead += length
      else c.busy += length
    }
    c.segStart = now
  }

  // ---- taking a task off --------------------------------------------------------------------

  /** The running task leaves core `c` of its own accord or at the end of its slice. */
  stopTask(c: Cpu, id: number, why: StopReason): void {
    const m = this.m
    if (c.event >= 0) m.engine.cancel(c.event)
    c.event = -1
    // Blocking, yielding or exiting lets go of the GIL (a slice end does not: the OS preempts).
    if (m.gil !== null && why !== 'slice-expired') m.gil.release(id)
    if (m.isHost(id)) m.runtime.hostOff(m.tasks[id])
    m.policy.putPrev(m.state, id, c.ranSinceDispatch, why, m.ctx)
    c.ranSinceDispatch = 0
    this.closeRun(c, id, this.endReasonOf(why, id))
    if (why === 'slice-expired' || why === 'yield') {
      this.tb[id * ROW_BYTES + TB.state] = Run.ready
      this.tf[id * ROW_F64 + TF.readySince] = m.now
      m.trace.state(m.now, id, TaskState.ready)
      if (why === 'slice-expired') this.displace(c, id)
      m.enqueue(m.rqOf(c), id, why)
    } else if (why === 'blocked') {
      if (m.holdOnIo.keep(c, id)) return
    } else m.finishTask(id)
    this.freeCpu(c)
  }

  /**
   * The task computing on core `c` must wait for its process's GIL (it lacks it, or a drop
   * request takes it away: it goes to the first waiter): it blocks, mid-op, until handed the lock.
   */
  waitForGil(c: Cpu, id: number): void {
    const m = this.m
    ;(m.gil as NonNullable<typeof m.gil>).queue(id)
    m.program.block(id, BlockKind.gil)
    this.stopTask(c, id, 'blocked')
  }

  /** Takes the task off core `c` involuntarily (a wakeup or a timer) and queues it again. */
  preempt(c: Cpu): void {
    const m = this.m
    const id = c.task
    if (c.event >= 0) m.engine.cancel(c.event)
    c.event = -1
    if (m.isHost(id)) m.runtime.hostOff(m.tasks[id])
    c.lastStop = EndReason.preempted
    if (c.state === CpuState.switching) this.endSwitch(c, id, m.now)
    else {
      this.account(c, id)
      this.closeRun(c, id, EndReason.preempted)
    }
    this.displace(c, id)
    m.policy.putPrev(m.state, id, c.ranSinceDispatch, 'preempted', m.ctx)
    c.ranSinceDispatch = 0
    this.tb[id * ROW_BYTES + TB.state] = Run.ready
    this.tf[id * ROW_F64 + TF.readySince] = m.now
    m.trace.state(m.now, id, TaskState.ready)
    m.enqueue(m.rqOf(c), id, 'preempted')
    this.freeCpu(c)
  }

  private displace(c: Cpu, id: number): void {
    if (c.displaced < 0) this.m.displacedCores.push(c)
    c.displaced = id
  }

  freeCpu(c: Cpu): void {
    this.m.idleCores++
    this.m.coreLoad[c.id]--
    c.state = CpuState.idle
    c.task = -1
    c.segStart = this.m.now
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
          : kind === BlockKind.lock || kind === BlockKind.gil
            ? EndReason.lock
            : kind === BlockKind.park
              ? EndReason.park
              : EndReason.io
      }
    }
  }

  // ---- the end ------------------------------------------------------------------------------

  /** The run ends at `at`: time waiting or blocked up to the end still counts; open segments close. */
  closeAll(at: number): void {
    const m = this.m
    for (const t of m.tasks) {
      if (t.state === Run.ready) t.waiting += at - t.readySince
      else if (t.state === Run.blocked) {
        t.blockedTime += at - t.blockedSince
        if (t.waitingLock >= 0) t.lockWait += at - t.lockWaitSince
      }
    }
    for (const c of m.cpus) {
      if (c.state === CpuState.idle || c.state === CpuState.picked) {
        m.trace.segment(c.id, -1, SegmentKind.idle, c.segStart, at, EndReason.none)
        c.idle += at - c.segStart
      } else if (c.state === CpuState.holding) {
        m.trace.segment(
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
}
