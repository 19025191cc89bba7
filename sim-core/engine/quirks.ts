// The OSTEP process-run.py behaviours, as ordinary scheduler options of the general model, each
// in one place. (Its fourth rule, ready threads picked by id after the core's previous one, is
// the `readyOrder: "id-round-robin"` of fcfs/rr in sched/fifo-class.ts.)
import { CpuState, type Cpu } from '../model/cpu'
import { Run } from '../model/task'
import { ROW_BYTES, ROW_I32, TB, TI } from '../model/task-table'
import { BlockKind, EndReason, SegmentKind, TaskState } from '../trace/trace-store'
import type { Machine } from './machine'
import { Next } from './next'

/**
 * `switchOnIo: false` (process-run's SWITCH_ON_END): a thread blocked in an I/O or a sleep keeps
 * its core, which idles until it completes. A lock wait, a parked runtime or a periodic thread
 * waiting for its next release would never give the core back: those release it.
 */
export class HoldOnIo {
  private readonly on: boolean

  constructor(private readonly m: Machine) {
    this.on = !m.config.switchOnIo
  }

  /** The task on core `c` has just blocked: true when it keeps the core. */
  keep(c: Cpu, id: number): boolean {
    if (!this.holds(id)) return false
    this.m.ti[id * ROW_I32 + TI.holding] = c.id
    c.state = CpuState.holding
    return true
  }

  private holds(id: number): boolean {
    if (!this.on) return false
    const kind = this.m.tb[id * ROW_BYTES + TB.blockKind]
    return (
      kind === BlockKind.io ||
      kind === BlockKind.device ||
      (kind === BlockKind.sleep && !this.m.tasks[id].awaitingRelease)
    )
  }

  /** An I/O completed for a task that kept its core: it carries on there. */
  resume(id: number): void {
    const m = this.m
    const r = id * ROW_I32
    const c = m.cpus[m.ti[r + TI.holding]]
    m.ti[r + TI.holding] = -1
    m.trace.segment(c.id, id, SegmentKind.held, c.segStart, m.now, EndReason.none)
    c.idle += m.now - c.segStart
    c.segStart = m.now
    const next = m.program.proceed(id, true)
    if (next === Next.blocked) {
      if (this.holds(id)) m.ti[r + TI.holding] = c.id
      else m.ops.freeCpu(c)
      return
    }
    if (next === Next.exit) {
      m.finishTask(id)
      m.ops.freeCpu(c)
      return
    }
    m.tb[id * ROW_BYTES + TB.state] = Run.running
    if (m.isHost(id)) m.runtime.hostOn(m.tasks[id])
    m.trace.state(m.now, id, TaskState.running)
    c.state = CpuState.running
    c.accountedAt = m.now
    if (next === Next.yieldRunnable) {
      m.ops.stopTask(c, id, 'yield')
      return
    }
    c.sliceLeft = m.policy.timeSlice(m.state, id, m.ctx)
    m.ops.arm(c, id)
  }
}

/**
 * `ioCompletionPreempts` (process-run's IO_RUN_IMMEDIATE): a thread whose I/O completes takes a
 * core at once when none is free, whatever the policy says; that core runs it next.
 */
export function ioCompletionPreempts(m: Machine, fromIo: boolean): boolean {
  return fromIo && m.config.ioCompletionPreempts
}

/**
 * `pickBeforeWakeups` (process-run's tick order: a freed CPU picks before the same tick's I/O
 * completions join the ready list). At the first wakeup of a round, each idle core takes its
 * pick from the queue as it is; it runs it at the end of the round. A wakeup that preempts such
 * a core in between (an I/O completion with ioCompletionPreempts) gets the core instead, and the
 * pick goes back to the head of the queue: nothing had run, been counted or recorded yet, so no
 * dispatch is taken back.
 */
export class PickBeforeWakeups {
  private picked = false

  constructor(private readonly m: Machine) {}

  beforeWakeup(handle: () => void): void {
    if (!this.picked) {
      this.picked = true
      const m = this.m
      if (m.idleCores > 0 && m.queuedTasks > 0)
        for (const c of m.cpus) if (c.state === CpuState.idle && m.queuedTasks > 0) m.ops.pick(c)
    }
    handle()
  }

  endRound(): void {
    this.picked = false
  }
}
