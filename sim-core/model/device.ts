// An I/O device with a number of channels; requests beyond them wait in FIFO order.
import { FifoQueue } from '../sched/run-queue'

export class Device {
  busy = 0
  /** Tasks waiting for a free channel; each task's request length is in its `ioPending`. */
  readonly waiting = new FifoQueue()

  constructor(
    readonly name: string,
    readonly channels: number
  ) {}
}
