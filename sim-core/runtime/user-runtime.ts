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
    readonly host: Task
  ) {}

  /** Time the host has spent off the CPU up to `now`. */
  offClock(now: number): number {
    return this.offTotal + (this.on ? 0 : now - this.offSince)
  }
}

export class UserRuntime {
  readonly workers: Worker[] = []
  /** Global ids of its coroutines. */
  readonly coroutines: number[] = []
  /** Coroutines not yet done. */
  remaining = 0
  switches = 0
  steals = 0

  constructor(
    readonly index: number,
    readonly kind: 'event-loop' | 'm:n'
  ) {}
}
