// A thread's program, interpreted: moves past finished ops until the thread can run (a cpu op),
// blocks (io, sleep, a lock it cannot take) or exits, each op by its kind's step (op-table.ts).
// Ops other than cpu and yield run on a core in zero time; coroutine hosts are interpreted by their runtime (runtime-driver.ts).
import { nextOp, PC, type ProgramStore } from '../model/program'
import { Step } from '../program/op-kind'
import type { ThreadStepHost } from '../program/op-step'
import { misplacedOp, opKindByCode } from '../program/op-table'
import { Run, type Task } from '../model/task'
import { ROW_BYTES, ROW_F64, ROW_I32, TaskFlag, TB, TF, TI } from '../model/task-table'
import { TaskState, type BlockKindCode, type TraceStore } from '../trace/trace-store'
import type { LockTable } from './lock-table'
import type { ChannelTable } from './channel-table'
import type { Waiter } from '../model/channel'
import type { Waits } from './waits'
import { Next, type NextCode } from './next'
import type { RuntimeDriver } from './runtime-driver'

export interface ProgramHost {
  readonly now: number
  readonly tasks: Task[]
  readonly trace: TraceStore
  readonly locks: LockTable
  readonly waits: Waits
  readonly runtime: RuntimeDriver
  /** A periodic thread reached the end of its ops (JobReleaser.endJob); null: start the next job now; yieldRunnable: start it after a trip through the run queue. */
  endJob(t: Task): NextCode | null
  /** Start an I/O of `ticks` on `device` (-1: no device). */
  startIo(id: number, ticks: number, device: number): void
  /** Wake the task `ticks` from now. */
  wakeAfter(id: number, ticks: number): void
}

export class ProgramRunner implements ThreadStepHost {
  private readonly tf: Float64Array
  private readonly ti: Int32Array
  private readonly tb: Uint8Array

  constructor(
    private readonly host: ProgramHost,
    private readonly programs: ProgramStore,
    table: { f: Float64Array; i: Int32Array; b: Uint8Array }
  ) {
    this.tf = table.f
    this.ti = table.i
    this.tb = table.b
  }

  /** Moves past finished ops until the task can run, blocks or exits. */
  proceed(id: number, onCpu: boolean): NextCode {
    const ti = this.ti
    const r = id * ROW_I32
    const host = this.host
    if (this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.host)
      return host.runtime.proceedHost(host.tasks[id])
    const store = this.programs
    const ops = store.ops
    const cursor = r + TI.cursor
    let yielded = false
    for (;;) {
      const i = nextOp(store, ti, cursor)
      if (i < 0) {
        if (!(this.tb[id * ROW_BYTES + TB.flags] & TaskFlag.periodic)) return Next.exit
        const afterJob = host.endJob(host.tasks[id])
        // The next job starts now but goes through the run queue first (a real-time policy).
        if (afterJob === Next.yieldRunnable) yielded = true
        else if (afterJob !== null) return afterJob
        continue
      }
      const kind = opKindByCode(ops[i])
      if (kind?.thread === undefined)
        // Awaits belong to coroutines; validation keeps them out of thread ops.
        throw misplacedOp(ops[i], 'thread', host.tasks[id].name)
      if (!onCpu && kind.needsCore) {
        // Taking a lock, starting an I/O or a sleep is something a thread does on a core: it
        // waits in the run queue first, and runs the op (in zero time) once dispatched.
        ti[cursor + PC] = i
        this.tf[id * ROW_F64 + TF.remainingOp] = 0
        return Next.runnable
      }
      const step = kind.thread(this, id, i, onCpu)
      if (step === Step.yield) yielded = true
      else if (step !== Step.done)
        return step === Next.runnable && yielded ? Next.yieldRunnable : (step as NextCode)
    }
  }

  get now(): number {
    return this.host.now
  }

  get ops(): Float64Array {
    return this.programs.ops
  }

  get tasks(): Task[] {
    return this.host.tasks
  }

  get locks(): LockTable {
    return this.host.locks
  }

  get channels(): ChannelTable {
    return this.host.waits.channels
  }

  armTimeout(w: Waiter, ticks: number): void {
    this.host.waits.timeouts.arm(w, ticks)
  }

  setRemainingOp(id: number, ticks: number): void {
    this.tf[id * ROW_F64 + TF.remainingOp] = ticks
  }

  startIo(id: number, ticks: number, device: number): void {
    this.host.startIo(id, ticks, device)
  }

  wakeAfter(id: number, ticks: number): void {
    this.host.wakeAfter(id, ticks)
  }

  block(id: number, kind: BlockKindCode): void {
    this.tb[id * ROW_BYTES + TB.blockKind] = kind
    this.tb[id * ROW_BYTES + TB.state] = Run.blocked
    this.tf[id * ROW_F64 + TF.blockedSince] = this.host.now
    this.host.trace.state(this.host.now, id, TaskState.blocked, kind)
  }
}
