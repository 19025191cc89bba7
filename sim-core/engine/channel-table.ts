// Channel send/receive with FIFO waiters (SCENARIO.md 2b), modelled on SimPy's Store: a put
// waits while the store is full, a get while it is empty. Capacity 0 is a rendezvous: a value
// passes only from a waiting sender to a receiver, and at a send that finds a receiver waiting,
// control passes to the receiver (as a generator's send() resumes it at its yield). A channel
// may also be fed from outside the machine (a cluster replica's inbox): values arrive by
// `deliver`, not from a waiting sender, and `drain` drops them when the node goes down. The
// engine owns time and wakeups; this file owns channel state.
import type { Channel } from '../model/channel'
import { type Waiter } from '../model/channel'

export const ChanDir = { send: 0, recv: 1 } as const
export type ChanDirCode = (typeof ChanDir)[keyof typeof ChanDir]

/** What an op on a channel did: finished, must wait, or finished handing control to the receiver. */
export const ChanResult = { done: 0, wait: 1, pass: 2 } as const
export type ChanResultCode = (typeof ChanResult)[keyof typeof ChanResult]

export interface ChannelHost {
  readonly now: number
  /** A waiter's send or receive completed (or timed out): it goes on with its next op; `pass`: it gets control now. */
  resume(w: Waiter, pass: boolean): void
  /** A rendezvous hand-off of a value (for the trace). */
  handOff(ch: number, from: Waiter, to: Waiter): void
  /** The buffer's occupancy changed (for the trace). */
  occupancy(ch: number, occupancy: number): void
}

interface Wait {
  ch: number
  dir: ChanDirCode
  since: number
}

export class ChannelTable {
  /** Threads (not coroutines) blocked on a channel, except on channels fed from outside (idle servers, not stuck). */
  blockedThreads = 0
  private readonly waits = new Map<Waiter, Wait>()

  constructor(
    readonly channels: Channel[],
    private readonly host: ChannelHost
  ) {}

  /** `w` sends on channel `ch`. */
  send(w: Waiter, ch: number): ChanResultCode {
    const c = this.channels[ch]
    const r = c.receivers.popFirst()
    if (r !== null) {
      // A receiver waits (so the buffer is empty): the value goes straight to it.
      c.sends++
      c.receives++
      this.endWait(r, c)
      const pass = c.capacity === 0
      if (pass) this.host.handOff(ch, w, r)
      this.host.resume(r, pass)
      return pass ? ChanResult.pass : ChanResult.done
    }
    if (c.occupancy < c.capacity) {
      c.sends++
      this.setOccupancy(ch, c, c.occupancy + 1)
      return ChanResult.done
    }
    c.senders.pushBack(w)
    this.startWait(w, ch, ChanDir.send)
    return ChanResult.wait
  }

  /** `w` receives from channel `ch`. */
  recv(w: Waiter, ch: number): ChanResultCode {
    const c = this.channels[ch]
    if (c.occupancy > 0) {
      c.receives++
      const s = c.senders.popFirst()
      if (s === null) this.setOccupancy(ch, c, c.occupancy - 1)
      else {
        // The first waiting sender's value takes the freed place.
        c.sends++
        this.endWait(s, c)
        this.host.resume(s, false)
      }
      return ChanResult.done
    }
    const s = c.senders.popFirst()
    if (s !== null) {
      // A rendezvous: take the value from the waiting sender, which goes on.
      c.sends++
      c.receives++
      this.endWait(s, c)
      this.host.handOff(ch, s, w)
      this.host.resume(s, false)
      return ChanResult.done
    }
    c.receivers.pushBack(w)
    this.startWait(w, ch, ChanDir.recv)
    return ChanResult.wait
  }

  /**
   * A value arrives on channel `ch` from outside the machine (a cluster's network), counted as a
   * send: it goes to the first waiting receiver, which is resumed and returned, or into the
   * buffer (null). The network does not wait: the caller checks `full` first.
   */
  deliver(ch: number): Waiter | null {
    const c = this.channels[ch]
    c.sends++
    const r = c.receivers.popFirst()
    if (r !== null) {
      c.receives++
      this.endWait(r, c)
      this.host.resume(r, false)
      return r
    }
    this.setOccupancy(ch, c, c.occupancy + 1)
    return null
  }

  /** Whether a value arriving on `ch` from outside would find no receiver and no room. */
  full(ch: number): boolean {
    const c = this.channels[ch]
    return c.occupancy >= c.capacity && c.receivers.length === 0
  }

  /**
   * Every value in channel `ch`'s buffer is dropped, never received (a cluster node went down):
   * the occupancy falls to 0, so `sends` = `receives` + occupancy + the values dropped. For a
   * channel fed from outside, which no sender waits on. Returns how many were dropped.
   */
  drain(ch: number): number {
    const c = this.channels[ch]
    const dropped = c.occupancy
    if (dropped > 0) this.setOccupancy(ch, c, 0)
    return dropped
  }

  /** A receive's timeout: if `w` still waits, it stops waiting (counted) and true is returned. */
  timeOut(w: Waiter): boolean {
    const wait = this.waits.get(w)
    if (wait === undefined) return false
    const c = this.channels[wait.ch]
    const queue = wait.dir === ChanDir.send ? c.senders : c.receivers
    queue.popFirst((x) => x === w)
    this.endWait(w, c)
    c.timeouts++
    return true
  }

  /** What `w` waits for on a channel, if anything. */
  waitOf(w: Waiter): { ch: number; dir: ChanDirCode } | undefined {
    return this.waits.get(w)
  }

  /** Every waiter that could be stuck (not on a channel fed from outside), in the order they began to wait. */
  waiters(): Waiter[] {
    const out: Waiter[] = []
    for (const [w, wait] of this.waits) if (!this.channels[wait.ch].external) out.push(w)
    return out
  }

  private startWait(w: Waiter, ch: number, dir: ChanDirCode): void {
    this.waits.set(w, { ch, dir, since: this.host.now })
    if (w >= 0 && !this.channels[ch].external) this.blockedThreads++
  }

  private endWait(w: Waiter, c: Channel): void {
    const wait = this.waits.get(w)
    if (wait === undefined) return
    this.waits.delete(w)
    if (w >= 0 && !c.external) this.blockedThreads--
    const waited = this.host.now - wait.since
    if (wait.dir === ChanDir.send) c.sendWait += waited
    else c.recvWait += waited
  }

  private setOccupancy(ch: number, c: Channel, n: number): void {
    c.occupancy = n
    if (n > c.peakOccupancy) c.peakOccupancy = n
    this.host.occupancy(ch, n)
  }
}
