// Timeouts on waits (recv, lock): a timed wait schedules one event; when it fires, the wait
// ends only if it is still the same wait (each armed wait gets a serial number), so a wait that
// ended and a new one that began since are left alone.
import type { Waiter } from '../model/channel'

export interface TimeoutHost {
  readonly now: number
  /** Schedule the timeout event for `slot` at `at`. */
  schedule(at: number, slot: number): void
  /** `w`'s armed wait reached its timeout. */
  expire(w: Waiter): void
}

export class WaitTimeouts {
  /** Threads (not coroutines) with an armed timeout: while any, an event is pending. */
  armedThreads = 0
  private readonly serialOf = new Map<Waiter, number>()
  private readonly slotWaiter: number[] = []
  private readonly slotSerial: number[] = []

  constructor(private readonly host: TimeoutHost) {}

  /** A wait begins: it times out after `ticks` (0: never; any earlier timeout is disarmed). */
  arm(w: Waiter, ticks: number): void {
    this.disarm(w)
    if (ticks <= 0) return
    const slot = this.slotWaiter.length
    this.slotWaiter.push(w)
    this.slotSerial.push(slot)
    this.serialOf.set(w, slot)
    if (w >= 0) this.armedThreads++
    this.host.schedule(this.host.now + ticks, slot)
  }

  /** The wait ended otherwise (served): its timeout no longer applies. */
  disarm(w: Waiter): void {
    if (this.serialOf.delete(w) && w >= 0) this.armedThreads--
  }

  /** The event for `slot` fired. */
  fire(slot: number): void {
    const w = this.slotWaiter[slot]
    if (this.serialOf.get(w) !== this.slotSerial[slot]) return
    this.disarm(w)
    this.host.expire(w)
  }
}
