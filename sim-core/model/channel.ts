// A channel (SCENARIO.md 2b): a FIFO of anonymous values with a capacity, as SimPy's Store.
// Capacity 0 is a rendezvous: a value passes only from a waiting sender to a receiver.
import { FifoQueue } from '../sched/run-queue'

/**
 * A waiter on a channel or lock: a thread by its id (>= 0) or a coroutine as -1 - its id, so one
 * FIFO holds both.
 */
export type Waiter = number
export const coroutineWaiter = (co: number): Waiter => -1 - co
export const isCoroutineWaiter = (w: Waiter): boolean => w < 0
export const coroutineOf = (w: Waiter): number => -1 - w

export class Channel {
  /** Values in the buffer (always 0 for a rendezvous). */
  occupancy = 0
  /** Senders waiting for room (or, at capacity 0, for a receiver), FIFO. */
  readonly senders = new FifoQueue()
  /** Receivers waiting for a value, FIFO. */
  readonly receivers = new FifoQueue()
  /** Values accepted (into the buffer or straight to a receiver) and values received. */
  sends = 0
  receives = 0
  peakOccupancy = 0
  /** Total time senders / receivers waited on it. */
  sendWait = 0
  recvWait = 0
  /** Receives that timed out. */
  timeouts = 0
  /**
   * Values come from outside the machine, not from a thread's send (a cluster replica's inbox,
   * cluster/service-host.ts): a receiver waiting on it is an idle server, not stuck, since the
   * network may still deliver, so deadlock detection leaves its waiters out.
   */
  external = false

  constructor(
    readonly name: string,
    readonly capacity: number
  ) {}
}
