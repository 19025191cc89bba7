// An I/O device with a number of channels; requests beyond them wait in FIFO order.
import { FifoQueue } from '../sched/run-queue'

export class Device {
  busy = 0
  /**
   * Requests waiting for a free channel: a task id (its request length is its `ioPending`), or
   * -1 - a coroutine's id for a coroutine's `await` (its length is the coroutine's `awaitPending`).
   */
  readonly waiting = new FifoQueue()
  /** Requests made (io and await), the longest its queue got, and the time spent in it. */
  requests = 0
  peakQueue = 0
  totalWait = 0

  constructor(
    readonly name: string,
    readonly channels: number
  ) {}
}
