// A Thread: the kernel-schedulable task, with its place in its program and its accounting.
import type { TaskView } from '../sched/policy'
import type { BlockKindCode } from '../trace/trace-store'
import type { UserRuntime } from '../runtime/user-runtime'
import { Cursor, type Program } from './program'

export const Run = { new: 0, ready: 1, running: 2, blocked: 3, done: 4 } as const
export type RunState = (typeof Run)[keyof typeof Run]

export class Task implements TaskView {
  state: RunState = Run.new
  readonly cursor: Cursor
  /** Ticks left in the current cpu op. */
  remainingOp = 0
  firstRun = -1
  finish = -1
  cpuTime = 0
  waiting = 0
  blockedTime = 0
  overhead = 0
  readySince = 0
  blockedSince = 0
  blockKind: BlockKindCode = 0
  lastCpu = -1
  /** The core this task holds while blocked (the engine's switchOnIo = false), or -1. */
  holding = -1
  /** Device of the I/O in progress, or -1. */
  ioDevice = -1
  /** Ticks of an I/O request waiting for a free device channel. */
  ioPending = 0
  /** The lock this task waits for, or -1; and since when. */
  waitingLock = -1
  lockWaitSince = 0
  /** Total time spent waiting for locks (part of blockedTime). */
  lockWait = 0
  /** Indices of the locks this task holds. */
  readonly heldLocks: number[] = []
  /** Effective priority: the process's, or better while it inherits a waiter's (priority inheritance). */
  priority: number
  /** A periodic thread: its release pattern, jobs released so far, and each job's finish (-1 while open). */
  periodic: { period: number; deadline: number; jobs: number } | null = null
  released = 0
  readonly jobFinish: number[] = []
  /** Between jobs, waiting for the next release. */
  awaitingRelease = false
  /** A coroutine host: its runtime and which of its workers it is (else null). */
  runtime: UserRuntime | null = null
  worker = 0
  preemptions = 0
  switches = 0
  migrations = 0

  constructor(
    readonly id: number,
    readonly process: number,
    readonly processName: string,
    readonly threadName: string,
    readonly arrival: number,
    readonly basePriority: number,
    readonly nice: number,
    readonly tickets: number,
    /** Allowed cores, or null for all. */
    readonly affinity: Uint8Array | null,
    program: Program
  ) {
    this.cursor = new Cursor(program)
    this.priority = basePriority
  }

  get name(): string {
    return `${this.processName}/${this.threadName}`
  }
}
