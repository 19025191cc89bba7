// The global interpreter lock of processes with `gil` (CPython's GIL): a thread must hold its
// process's lock to run cpu. It is taken on a core, when a thread is about to compute; released
// when the holder blocks, yields or exits; and handed on by the switch interval: once a thread
// has waited `gilInterval` ticks for it (counted from when the holder began to compute with
// it, if later), a drop request goes to the holder, which gives it to the first waiter and
// waits behind it (CPython's FORCE_SWITCHING). The interval starts when the new holder runs,
// not when it is handed the lock in the run queue: CPython's waiter takes the GIL only once the
// OS runs it, and a holder always gets to compute before it must drop the lock again. A holder off its core (preempted) keeps the lock and drops it
// when it next runs, as CPython's eval loop only sees the request while it runs.
// The engine owns time, cores and wakeups; this file owns lock state.
import { FifoQueue } from '../sched/run-queue'

export interface GilHost {
  readonly now: number
  /** The lock was handed to a waiting thread: wake it at this instant. */
  wakeGilWaiter(id: number): void
  /** Schedule the drop request of `process`'s lock at `at`; returns a handle to cancel it. */
  scheduleDrop(process: number, at: number): number
  cancelDrop(handle: number): void
}

export class GilTable {
  /** Per process: the holder, or -1. */
  readonly holder: Int32Array
  /** Per task: total ticks spent waiting for the lock (part of its blocked time). */
  readonly wait: Float64Array
  /** Per process: how many times the lock changed hands. */
  readonly switches: Float64Array
  private readonly waitSince: Float64Array
  private readonly waiters: (FifoQueue | null)[]
  private readonly dropEvent: number[]
  /** Per process: a drop request the holder has not yet seen (it was off its core). */
  private readonly dropPending: Uint8Array
  /** Per process: the holder has computed with the lock (a thread handed it has not yet run). */
  private readonly started: Uint8Array

  /** `intervals[p]`: process p's switch interval in ticks, or 0 when it has no GIL. */
  constructor(
    private readonly intervals: readonly number[],
    private readonly processOf: Int32Array,
    private readonly host: GilHost
  ) {
    const processes = intervals.length
    this.holder = new Int32Array(processes).fill(-1)
    this.switches = new Float64Array(processes)
    this.waiters = intervals.map((i) => (i > 0 ? new FifoQueue() : null))
    this.dropEvent = new Array<number>(processes).fill(-1)
    this.dropPending = new Uint8Array(processes)
    this.started = new Uint8Array(processes)
    this.wait = new Float64Array(processOf.length)
    this.waitSince = new Float64Array(processOf.length)
  }

  /**
   * Thread `id`, on a core, is about to compute: true when it may (no GIL, or it holds the lock
   * with no drop request, or takes it now: free and nobody waiting). False: it must `queue`.
   */
  mayRun(id: number): boolean {
    const p = this.processOf[id]
    const waiters = this.waiters[p]
    if (waiters === null) return true
    const h = this.holder[p]
    if (h === id) {
      if (this.started[p] === 0) {
        // Handed the lock while queued: it takes it now, and the waiters' interval starts.
        this.started[p] = 1
        if (waiters.length > 0) this.armDrop(p)
      }
      return this.dropPending[p] === 0
    }
    if (h < 0 && waiters.length === 0) {
      this.take(p, id, 1)
      return true
    }
    return false
  }

  /** Thread `id` leaves its core to wait for the lock; a holder that must drop it hands it on first. */
  queue(id: number): void {
    const p = this.processOf[id]
    const waiters = this.waiters[p] as FifoQueue
    if (this.holder[p] === id) this.handOver(p)
    waiters.pushBack(id)
    this.waitSince[id] = this.host.now
    // The first waiter starts the switch interval (CPython's take_gil waits that long).
    if (waiters.length === 1 && this.holder[p] >= 0 && this.started[p] === 1) this.armDrop(p)
  }

  /** Thread `id` blocks, yields or exits: it lets go of the lock if it holds it. */
  release(id: number): void {
    const p = this.processOf[id]
    if (this.holder[p] === id) this.handOver(p)
  }

  /**
   * The switch interval of process `p` ran out: the holder must drop the lock. Returns the
   * holder (the engine stops it if it is computing on a core; otherwise it drops the lock when
   * it next runs), or -1 when there is nothing to do.
   */
  dropRequest(p: number): number {
    this.dropEvent[p] = -1
    const h = this.holder[p]
    if (h < 0 || (this.waiters[p] as FifoQueue).length === 0) return -1
    this.dropPending[p] = 1
    return h
  }

  /** The run ends at `at`: waits still open count up to it. */
  close(at: number): void {
    this.waiters.forEach((q) => {
      if (q !== null) for (const id of q.toArray()) this.wait[id] += at - this.waitSince[id]
    })
  }

  private handOver(p: number): void {
    if (this.dropEvent[p] >= 0) this.host.cancelDrop(this.dropEvent[p])
    this.dropEvent[p] = -1
    this.dropPending[p] = 0
    const next = (this.waiters[p] as FifoQueue).popFirst()
    if (next === null) {
      this.holder[p] = -1
      return
    }
    this.wait[next] += this.host.now - this.waitSince[next]
    this.take(p, next, 0)
    this.host.wakeGilWaiter(next)
  }

  private take(p: number, id: number, started: number): void {
    this.holder[p] = id
    this.started[p] = started
    this.switches[p]++
  }

  private armDrop(p: number): void {
    if (this.dropEvent[p] >= 0) this.host.cancelDrop(this.dropEvent[p])
    this.dropEvent[p] = this.host.scheduleDrop(p, this.host.now + this.intervals[p])
  }
}
