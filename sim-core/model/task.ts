// A Thread: the kernel-schedulable task. Its hot state (what the engine touches per event, the
// program cursor included) lives in its row of the TaskTable; this object exposes that row as
// fields for everything that is not the engine's hot path, and holds the rest.
import type { TaskView } from '../sched/policy'
import type { BlockKindCode } from '../trace/trace-store'
import type { UserRuntime } from '../runtime/user-runtime'
import {
  burstAhead,
  initCursor,
  nextOp,
  PC,
  resetCursor,
  type Program,
  type ProgramStore
} from './program'
import type { TaskTable } from './task-table'
import { ROW_BYTES, ROW_F64, ROW_I32, TaskFlag, TB, TF, TI } from './task-table'

export const Run = { new: 0, ready: 1, running: 2, blocked: 3, done: 4 } as const
export type RunState = (typeof Run)[keyof typeof Run]

export interface Periodic {
  period: number
  deadline: number
  jobs: number
  /** CPU ticks one job asks for (its cpu ops, repeats expanded): its WCET, for utilization. */
  wcet: number
}

export class Task implements TaskView {
  readonly id: number
  /** Index of the owning process. */
  readonly process: number
  /** The task table's columns and this task's row in them. */
  private readonly f: Float64Array
  private readonly i: Int32Array
  private readonly b: Uint8Array
  private readonly fRow: number
  private readonly iRow: number
  private readonly bRow: number
  readonly program: Program
  readonly store: ProgramStore
  /** Allowed cores, or null for all. */
  readonly affinity: Uint8Array | null
  private host: UserRuntime | null = null
  private release: Periodic | null = null
  /** Effective priority: the process's, or better while it inherits a waiter's (priority inheritance). */
  priority: number
  /** Ticks of an I/O request waiting for a free device channel. */
  ioPending = 0
  /** The lock this task waits for, or -1; and since when. */
  waitingLock = -1
  lockWaitSince = 0
  /** Total time spent waiting for locks (part of blockedTime). */
  lockWait = 0
  /** Ticks it ran warm (its working set in that core's cache); the rest of cpuTime ran cold. */
  warmTime = 0
  /** Waits (lock, channel receive) that ended by their timeout. */
  timeouts = 0
  /** Locks whose lock op timed out and whose matching unlock is still ahead (it is skipped). */
  readonly timedOutLocks: number[] = []
  /** Indices of the locks this task holds. */
  readonly heldLocks: number[] = []
  /** A periodic thread's jobs released so far, and the finish of each that keeps a row (-1 while open). */
  released = 0
  readonly jobFinish: number[] = []
  /** Jobs finished so far (the next job to finish is jobFinish[jobsDone]). */
  jobsDone = 0
  /** Jobs finished after their deadline, or aborted at it (counted whether or not they keep a row in jobFinish). */
  jobsMissed = 0
  /** Jobs dropped at their deadline (onMiss "abort"); their jobFinish entry is -2. */
  jobsAborted = 0
  /** Between jobs, waiting for the next release. */
  awaitingRelease = false
  worker = 0
  readonly processName: string
  readonly threadName: string
  readonly arrival: number
  readonly basePriority: number
  readonly nice: number
  readonly tickets: number
  /** The thread's `slice` request in ticks (eevdf), 0 without one. */
  slice = 0

  constructor(
    id: number,
    process: number,
    processName: string,
    threadName: string,
    arrival: number,
    basePriority: number,
    nice: number,
    tickets: number,
    affinity: Uint8Array | null,
    program: Program,
    store: ProgramStore,
    table: TaskTable
  ) {
    // A row past the table's end would read undefined and drop writes without a word.
    if (!(id >= 0 && id < table.size))
      throw new RangeError(`task ${id} has no row in a table of ${table.size}`)
    this.id = id
    this.process = process
    this.f = table.f
    this.i = table.i
    this.b = table.b
    this.fRow = id * ROW_F64
    this.iRow = id * ROW_I32
    this.bRow = id * ROW_BYTES
    this.program = program
    this.store = store
    this.affinity = affinity
    this.priority = basePriority
    this.processName = processName
    this.threadName = threadName
    this.arrival = arrival
    this.basePriority = basePriority
    this.nice = nice
    this.tickets = tickets
    this.lastCpu = -1
    this.firstRun = -1
    this.ioDevice = -1
    this.holding = -1
    this.finish = -1
    this.b[this.bRow + TB.flags] = affinity ? TaskFlag.pinned : 0
    initCursor(this.i, this.iRow + TI.cursor, program, store)
  }

  get name(): string {
    return `${this.processName}/${this.threadName}`
  }

  /** A coroutine host: its runtime (which of its workers it is: `worker`), else null. */
  get runtime(): UserRuntime | null {
    return this.host
  }
  set runtime(rt: UserRuntime | null) {
    this.host = rt
    this.setFlag(TaskFlag.host, rt !== null)
  }

  /** A periodic thread: its release pattern (else null). */
  get periodic(): Periodic | null {
    return this.release
  }
  set periodic(p: Periodic | null) {
    this.release = p
    this.setFlag(TaskFlag.periodic, p !== null)
  }

  // ---- the program cursor -------------------------------------------------------------------

  /** Slot of the next real op in the program store (loops resolved), or -1 at the end. */
  next(): number {
    return nextOp(this.store, this.i, this.iRow + TI.cursor)
  }
  /** Back to the first op (a periodic thread's next job). */
  reset(): void {
    resetCursor(this.i, this.iRow + TI.cursor, this.program)
  }
  /** CPU ticks until the next op that is not cpu, without moving. */
  burstAhead(): number {
    return burstAhead(this.store, this.i, this.iRow + TI.cursor)
  }
  get pc(): number {
    return this.i[this.iRow + TI.cursor + PC]
  }
  set pc(slot: number) {
    this.i[this.iRow + TI.cursor + PC] = slot
  }

  // ---- the row, as fields -------------------------------------------------------------------

  get state(): RunState {
    return this.b[this.bRow + TB.state] as RunState
  }
  set state(v: RunState) {
    this.b[this.bRow + TB.state] = v
  }
  get lastCpu(): number {
    return this.i[this.iRow + TI.lastCpu]
  }
  set lastCpu(v: number) {
    this.i[this.iRow + TI.lastCpu] = v
  }
  get blockKind(): BlockKindCode {
    return this.b[this.bRow + TB.blockKind] as BlockKindCode
  }
  set blockKind(v: BlockKindCode) {
    this.b[this.bRow + TB.blockKind] = v
  }
  /** Device of the I/O in progress, or -1. */
  get ioDevice(): number {
    return this.i[this.iRow + TI.ioDevice]
  }
  set ioDevice(v: number) {
    this.i[this.iRow + TI.ioDevice] = v
  }
  /** The core this task holds while blocked (the engine's switchOnIo = false), or -1. */
  get holding(): number {
    return this.i[this.iRow + TI.holding]
  }
  set holding(v: number) {
    this.i[this.iRow + TI.holding] = v
  }
  get readySince(): number {
    return this.f[this.fRow + TF.readySince]
  }
  set readySince(v: number) {
    this.f[this.fRow + TF.readySince] = v
  }
  get waiting(): number {
    return this.f[this.fRow + TF.waiting]
  }
  set waiting(v: number) {
    this.f[this.fRow + TF.waiting] = v
  }
  /** Ticks left in the current cpu op. */
  get remainingOp(): number {
    return this.f[this.fRow + TF.remainingOp]
  }
  set remainingOp(v: number) {
    this.f[this.fRow + TF.remainingOp] = v
  }
  get firstRun(): number {
    return this.f[this.fRow + TF.firstRun]
  }
  set firstRun(v: number) {
    this.f[this.fRow + TF.firstRun] = v
  }
  get switches(): number {
    return this.f[this.fRow + TF.switches]
  }
  set switches(v: number) {
    this.f[this.fRow + TF.switches] = v
  }
  get migrations(): number {
    return this.f[this.fRow + TF.migrations]
  }
  set migrations(v: number) {
    this.f[this.fRow + TF.migrations] = v
  }
  get overhead(): number {
    return this.f[this.fRow + TF.overhead]
  }
  set overhead(v: number) {
    this.f[this.fRow + TF.overhead] = v
  }
  get cpuTime(): number {
    return this.f[this.fRow + TF.cpuTime]
  }
  set cpuTime(v: number) {
    this.f[this.fRow + TF.cpuTime] = v
  }
  get blockedSince(): number {
    return this.f[this.fRow + TF.blockedSince]
  }
  set blockedSince(v: number) {
    this.f[this.fRow + TF.blockedSince] = v
  }
  get blockedTime(): number {
    return this.f[this.fRow + TF.blockedTime]
  }
  set blockedTime(v: number) {
    this.f[this.fRow + TF.blockedTime] = v
  }

  get preemptions(): number {
    return this.f[this.fRow + TF.preemptions]
  }
  set preemptions(v: number) {
    this.f[this.fRow + TF.preemptions] = v
  }
  get finish(): number {
    return this.f[this.fRow + TF.finish]
  }
  set finish(v: number) {
    this.f[this.fRow + TF.finish] = v
  }

  private setFlag(flag: number, on: boolean): void {
    const k = this.bRow + TB.flags
    this.b[k] = on ? this.b[k] | flag : this.b[k] & ~flag
  }
}
