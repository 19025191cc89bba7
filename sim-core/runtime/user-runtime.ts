// A user-level runtime: one host thread (event loop) or k worker threads (M:N), each with its
// own FIFO queue of ready coroutines.
import type { Task } from '../model/task'
import { FifoQueue } from '../sched/run-queue'

export const Phase = { run: 0, switch: 1 } as const
export type PhaseCode = (typeof Phase)[keyof typeof Phase]

export class Worker {
  readonly ready = new FifoQueue()
  /** The coroutine this worker is running (or switching to), or -1. */
  current = -1
  /** The last coroutine whose context the worker loaded (switch costs compare against it). */
  lastCoroutine = -1
  phase: PhaseCode = Phase.run
  /** Parked: blocked with nothing to run, until a coroutine becomes ready. */
  parked = false
  wakeScheduled = false
  /** The host's off-CPU clock: total time off a core, and since when (when off). */
  offTotal = 0
  offSince = 0
  on = false

  constructor(
    readonly index: number,
    /** The thread running this worker's queue; null while a hand-off found it none (Go: a P
     * without an M) — its coroutines wait, or are stolen, until a thread takes it. */
    public host: Task | null
  ) {}

  /** Time the host has spent off the CPU up to `now`. */
  offClock(now: number): number {
    return this.offTotal + (this.on ? 0 : now - this.offSince)
  }
}

/** Go-style hand-off (m:n with `handoff`): the threads beyond the workers, up to `maxThreads`. */
export interface HandOff {
  readonly maxThreads: number
  /** Threads alive now (workers' threads, threads in a blocking call, idle ones). */
  threads: number
  /** Threads created by hand-off so far. */
  created: number
  /** The most threads alive at once. */
  peak: number
  /** Blocking calls that handed their worker's queue on. */
  handoffs: number
  /** Threads without a worker, parked until a worker needs one (Go's idle Ms), oldest first. */
  readonly idle: Task[]
}

export class UserRuntime {
  readonly workers: Worker[] = []
  /** Hand-off state, or null (a blocking io stalls the worker's queue with its thread). */
  handoff: HandOff | null = null
  /** Global ids of its coroutines. */
  readonly coroutines: number[] = []
  /** Coroutines not yet done. */
  remaining = 0
  switches = 0
  steals = 0
  /** The name of the thread that declares it (its workers are NAME-w0, ... or NAME). */
  hostName = ''
  /** Id of its first worker's first thread (names the runtime in the trace's thread counts). */
  firstHost = -1

  constructor(
    readonly index: number,
    readonly kind: 'event-loop' | 'm:n'
  ) {}
}
