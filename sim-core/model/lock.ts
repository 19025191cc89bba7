// A mutex or counting semaphore: free permits, who holds it, and FIFO waiters.
import { FifoQueue } from '../sched/run-queue'

export class Lock {
  available: number
  readonly holders: number[] = []
  /** When each holder (same index) acquired it. */
  readonly heldSince: number[] = []
  readonly waiters = new FifoQueue()
  acquisitions = 0
  /** Acquisitions that had to wait. */
  contended = 0
  totalWait = 0
  maxWait = 0
  holdTime = 0
  /** Waits for it that ended by their timeout. */
  timeouts = 0

  constructor(
    readonly name: string,
    readonly permits: number,
    /** Priority inheritance: a holder runs at the best priority among its waiters. */
    readonly inheritance: boolean
  ) {
    this.available = permits
  }
}
