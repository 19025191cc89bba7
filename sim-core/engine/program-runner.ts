// A thread's program, interpreted: moves past finished ops until the thread can run (a cpu op),
// blocks (io, sleep, a lock it cannot take) or exits. Ops other than cpu and yield run on a
// core in zero time; coroutine hosts are interpreted by their runtime (runtime-driver.ts).
import { ARG, nextOp, Op, PC, REF, type ProgramStore } from '../model/program'
import { Run, type Task } from '../model/task'
import { ROW_BYTES, ROW_F64, ROW_I32, TaskFlag, TB, TF, TI } from '../model/task-table'
import { BlockKind, TaskState, type BlockKindCode, type TraceStore } from '../trace/trace-store'
import type { LockTable } from './lock-table'
import { PolicyViolation } from './policy-violation'
import { Next, type NextCode } from './next'
import type { RuntimeDriver } from './runtime-driver'

export interface ProgramHost {
  readonly now: number
  readonly tasks: Task[]
  readonly trace: TraceStore
  readonly locks: LockTable
  readonly runtime: RuntimeDriver
  /** A periodic thread reached the end of its ops (JobReleaser.endJob); null: start the next job now; yieldRunnable: start it after a trip through the run queue. */
  endJob(t: Task): NextCode | null
  /** Start an I/O of `ticks` on `device` (-1: no device). */
  startIo(id: number, ticks: number, device: number): void
  /** Wake the task `ticks` from now. */
  wakeAfter(id: number, ticks: number): void
}

export class ProgramRunner {
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
          host.startIo(id, ops[i + ARG], ops[i + REF])
          return Next.blocked
        case Op.sleep:
          this.block(id, BlockKind.sleep)
          host.wakeAfter(id, ops[i + ARG])
          return Next.blocked
        case Op.yield:
          // A yield only means something to a task that holds a core.
          if (onCpu) yielded = true
          break
        case Op.lock:
          if (!host.locks.acquire(host.tasks[id], ops[i + REF])) {
            this.block(id, BlockKind.lock)
            return Next.blocked
          }
          break
        case Op.unlock:
          host.locks.release(host.tasks[id], ops[i + REF])
          break
        default:
          // Awaits belong to coroutines; validation keeps them out of thread ops.
          throw new PolicyViolation(`op ${code} cannot run in a thread`, {
            task: host.tasks[id].name
          })
      }
    }
  }

  block(id: number, kind: BlockKindCode): void {
    this.tb[id * ROW_BYTES + TB.blockKind] = kind
    this.tb[id * ROW_BYTES + TB.state] = Run.blocked
    this.tf[id * ROW_F64 + TF.blockedSince] = this.host.now
    this.host.trace.state(this.host.now, id, TaskState.blocked, kind)
  }
}
