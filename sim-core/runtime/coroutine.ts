// A coroutine: user-level work inside a host thread's runtime, invisible to the kernel scheduler.
import {
  CURSOR_FIELDS,
  initCursor,
  nextOp,
  type Program,
  type ProgramStore
} from '../model/program'

export const CoState = { new: 0, ready: 1, current: 2, awaiting: 3, done: 4 } as const
export type CoStateCode = (typeof CoState)[keyof typeof CoState]

export class Coroutine {
  private readonly cursor = new Int32Array(CURSOR_FIELDS)
  state: CoStateCode = CoState.new
  /** Ticks left of the pending cpu op (when `pendingIo` < 0). */
  remainingOp = 0
  /** Ticks of a pending blocking io op (it blocks the host when the coroutine runs), or -1. */
  pendingIo = -1
  /** Device of the pending io, or -1. */
  pendingDevice = -1
  /** The worker whose queue holds it, or that runs it. */
  worker: number
  firstRun = -1
  finish = -1
  cpu = 0
  /** Waits (await, channel receive) that ended by their timeout. */
  timeouts = 0
  /** Time suspended in `await` (non-blocking waits) and on channels. */
  awaited = 0
  /** Time its own blocking `io` held the host thread. */
  blocked = 0
  /** Time ready (or current) while its host thread was off the CPU. */
  stalled = 0
  /** Snapshot of the host's off-CPU clock when the coroutine last became ready or current. */
  offSnapshot = 0
  since = 0

  constructor(
    readonly id: number,
    readonly name: string,
    readonly runtime: number,
    readonly arrival: number,
    home: number,
    readonly program: Program,
    readonly store: ProgramStore
  ) {
    this.worker = home
    initCursor(this.cursor, 0, program, store)
  }

  /** Slot of its next real op in the program store (loops resolved), or -1 at the end. */
  next(): number {
    return nextOp(this.store, this.cursor, 0)
  }
}
