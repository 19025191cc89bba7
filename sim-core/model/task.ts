// A Thread: the kernel-schedulable task, with its place in its program and its accounting.
import type { TaskView } from '../sched/policy'
import type { BlockKindCode } from '../trace/trace-store'
import type { UserRuntime } from '../runtime/user-runtime'
import { Cursor, type Program, type ProgramStore } from './program'

export const Run = { new: 0, ready: 1, running: 2, blocked: 3, done: 4 } as const
export type RunState = (typeof Run)[keyof typeof Run]

/** A task is its own program cursor (pc and loop depth live in it: one object to touch per op). */
export class Task extends Cursor implements TaskView {
  // Fields are declared hottest first: V8 lays them out in this order, and with ten thousand
  // tasks the engine is bound by the cache lines it touches per task.
  // What a dispatch reads and writes, next to the cursor's fields:
  state: RunState = Run.new
  /** Ticks left in the current cpu op. */
  remainingOp = 0
  /** A coroutine host: its runtime and which of its workers it is (else null). */
  runtime: UserRuntime | null = null
  readySince = 0
  waiting = 0
  lastCpu = -1
  readonly id: number
  switches = 0
  migrations = 0
  overhead = 0
  firstRun = -1
  // What a burst's end, a block and a wakeup touch:
  blockKind: BlockKindCode = 0
  blockedSince = 0
  blockedTime = 0
  cpuTime = 0
  /** Device of the I/O in progress, or -1. */
  ioDevice = -1
  /** The core this task holds while blocked (the engine's switchOnIo = false), or -1. */
  holding = -1
  /** Allowed cores, or null for all. */
  readonly affinity: Uint8Array | null
  /** A periodic thread: its release pattern (else null). */
  periodic: { period: number; deadline: number; jobs: number } | null = null
  /** Index of the owning process. */
  readonly process: number
  preemptions = 0
  /** Effective priority: the process's, or better while it inherits a waiter's (priority inheritance). */
  priority: number
  finish = -1
  /** Ticks of an I/O request waiting for a free device channel. */
  ioPending = 0
  /** The lock this task waits for, or -1; and since when. */
  waitingLock = -1
  lockWaitSince = 0
  /** Total time spent waiting for locks (part of blockedTime). */
  lockWait = 0
  /** Indices of the locks this task holds. */
  readonly heldLocks: number[] = []
  /** A periodic thread's jobs released so far, and each job's finish (-1 while open). */
  released = 0
  readonly jobFinish: number[] = []
  /** Jobs finished so far (the next job to finish is jobFinish[jobsDone]). */
  jobsDone = 0
  /** Between jobs, waiting for the next release. */
  awaitingRelease = false
  worker = 0
  readonly processName: string
  readonly threadName: string
  readonly arrival: number
  readonly basePriority: number
  readonly nice: number
  readonly tickets: number

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
    store: ProgramStore
  ) {
    super(program, store)
    this.id = id
    this.process = process
    this.affinity = affinity
    this.priority = basePriority
    this.processName = processName
    this.threadName = threadName
    this.arrival = arrival
    this.basePriority = basePriority
    this.nice = nice
    this.tickets = tickets
  }

  get name(): string {
    return `${this.processName}/${this.threadName}`
  }
}
