// Runs coroutines inside their host threads. The kernel scheduler sees only the hosts; this file
// decides what a host does when it gets the CPU: the current coroutine's cpu op, a coroutine
// switch (costing `coroutineSwitch`), a blocking io that stalls the host and every coroutine on
// it, or parking when no coroutine is ready. `await` suspends only the coroutine.
import type { Task } from '../model/task'
import { CoStep } from '../program/op-kind'
import type { CoroutineStepHost } from '../program/op-step'
import { misplacedOp, opKindByCode } from '../program/op-table'
import { CoState, type Coroutine } from '../runtime/coroutine'
import { Phase, type UserRuntime, type Worker } from '../runtime/user-runtime'
import { BlockKind } from '../trace/trace-store'
import { Next, type NextCode } from './next'
import type { Rng } from './rng'
import type { ChannelTable } from './channel-table'
import type { Waiter } from '../model/channel'
import type { Waits } from './waits'

export interface RuntimeHost {
  readonly now: number
  readonly coroutineSwitch: number
  readonly rng: Rng
  /** Schedule a coroutine event (arrival or end of an await) at `at`. */
  scheduleCoroutine(co: Coroutine, at: number): void
  /** Wake a parked host at this instant. */
  wakeHost(t: Task): void
  blockHost(t: Task, kind: (typeof BlockKind)[keyof typeof BlockKind]): void
  startIo(t: Task, ticks: number, device: number): void
  /** Channels and timeouts (waits.ts). */
  readonly waits: Waits
}

export class RuntimeDriver implements CoroutineStepHost {
  constructor(
    readonly runtimes: UserRuntime[],
    readonly coroutines: Coroutine[],
    private readonly host: RuntimeHost
  ) {}

  worker(t: Task): Worker {
    return (t.runtime as UserRuntime).workers[t.worker]
  }

  /** The host's current op is done (or it woke): what next? Sets `t.remainingOp` when runnable. */
  proceedHost(t: Task): NextCode {
    const w = this.worker(t)
    const rt = t.runtime as UserRuntime
    w.parked = false
    w.wakeScheduled = false
    if (w.current >= 0) {
      const co = this.coroutines[w.current]
      if (w.phase === Phase.switch) {
        w.phase = Phase.run
        return this.startPending(t, w, co)
      }
      if (co.pendingIo >= 0) {
        // The host woke from the coroutine's blocking io.
        co.blocked += this.host.now - co.since
        co.pendingIo = -1
        co.offSnapshot = w.offClock(this.host.now)
      }
      const next = this.advanceCurrent(t, w, co)
      if (next !== null) return next
    }
    const picked = w.ready.popFirst() ?? this.steal(rt, w)
    if (picked === null) {
      if (rt.remaining === 0) return Next.exit
      w.parked = true
      this.host.blockHost(t, BlockKind.park)
      return Next.blocked
    }
    const co = this.coroutines[picked]
    co.stalled += w.offClock(this.host.now) - co.offSnapshot
    co.offSnapshot = w.offClock(this.host.now)
    co.state = CoState.current
    co.worker = w.index
    w.current = picked
    const cost = w.lastCoroutine >= 0 && w.lastCoroutine !== picked ? this.host.coroutineSwitch : 0
    if (w.lastCoroutine !== picked) rt.switches++
    w.lastCoroutine = picked
    if (cost > 0) {
      w.phase = Phase.switch
      t.remainingOp = cost
      return Next.runnable
    }
    return this.startPending(t, w, co)
  }

  /** A coroutine arrives, or its await ends: it gets its next op and, if that needs the host, joins a ready queue. */
  onCoroutineEvent(co: Coroutine): void {
    const now = this.host.now
    if (co.state === CoState.awaiting) co.awaited += now - co.since
    if (this.prepare(co)) this.makeReady(co)
  }

  /** The host got onto a core / left it: the off-CPU clock that measures coroutine stalls. */
  hostOn(t: Task): void {
    const w = this.worker(t)
    if (w.on) return
    w.offTotal += this.host.now - w.offSince
    w.on = true
  }

  hostOff(t: Task): void {
    const w = this.worker(t)
    if (!w.on) return
    w.on = false
    w.offSince = this.host.now
  }

  /** Credits `ran` ticks of host CPU: coroutine work in the run phase; a coroutine switch otherwise. */
  account(t: Task, ran: number): boolean {
    const w = this.worker(t)
    if (w.phase === Phase.switch || w.current < 0) return false
    const co = this.coroutines[w.current]
    // First run = when its host first gave it CPU, not when the runtime chose it.
    if (co.firstRun < 0) co.firstRun = this.host.now - ran
    co.cpu += ran
    co.remainingOp -= ran
    return true
  }

  private startPending(t: Task, w: Worker, co: Coroutine): NextCode {
    if (co.pendingIo >= 0) {
      if (co.firstRun < 0) co.firstRun = this.host.now
      // A blocking call: the whole host thread blocks, with every coroutine on it.
      co.stalled += w.offClock(this.host.now) - co.offSnapshot
      co.since = this.host.now
      this.host.blockHost(t, BlockKind.io)
      this.host.startIo(t, co.pendingIo, co.pendingDevice)
      return Next.blocked
    }
    t.remainingOp = co.remainingOp
    return Next.runnable
  }

  /** The current coroutine finished an op: run its next one, or give up the host (null: pick another). */
  private advanceCurrent(t: Task, w: Worker, co: Coroutine): NextCode | null {
    const ready = this.prepare(co, true)
    if (co.state === CoState.current && ready) {
      return this.startPending(t, w, co)
    }
    co.stalled += w.offClock(this.host.now) - co.offSnapshot
    w.current = -1
    if (ready) this.makeReady(co)
    return null
  }

  /**
   * Moves a coroutine to its next op that needs the host (cpu or a blocking io), each op by its
   * kind's step (op-table.ts): awaits are started, yields of a coroutine not running are no-ops.
   * Returns whether it needs the host now.
   */
  prepare(co: Coroutine, running = false): boolean {
    const ops = co.store.ops
    for (;;) {
      const i = co.next()
      if (i < 0) {
        this.finish(co)
        return false
      }
      const kind = opKindByCode(ops[i])
      if (kind?.coroutine === undefined) throw misplacedOp(ops[i], 'coroutine', co.name)
      const step = kind.coroutine(this, co, i, running)
      if (step !== CoStep.done) return step === CoStep.host
    }
  }

  get now(): number {
    return this.host.now
  }

  get channels(): ChannelTable {
    return this.host.waits.channels
  }

  armTimeout(w: Waiter, ticks: number): void {
    this.host.waits.timeouts.arm(w, ticks)
  }

  /**
   * A coroutine suspended on a channel may go on (served, or timed out): it moves to its next op
   * and, if that needs the host, joins its ready queue; `front`: at its head (a rendezvous hands
   * it control).
   */
  resumeWaiting(co: Coroutine, front: boolean): void {
    co.awaited += this.host.now - co.since
    if (this.prepare(co)) this.makeReady(co, front)
  }

  scheduleCoroutine(co: Coroutine, at: number): void {
    this.host.scheduleCoroutine(co, at)
  }

  private finish(co: Coroutine): void {
    co.state = CoState.done
    co.finish = this.host.now
    const rt = this.runtimes[co.runtime]
    rt.remaining--
    // The last coroutine is done: parked workers wake up to exit.
    if (rt.remaining === 0) for (const w of rt.workers) if (w.parked) this.wake(w)
  }

  private makeReady(co: Coroutine, front = false): void {
    const rt = this.runtimes[co.runtime]
    const w = rt.workers[co.worker]
    co.state = CoState.ready
    co.offSnapshot = w.offClock(this.host.now)
    if (front) w.ready.pushFront(co.id)
    else w.ready.pushBack(co.id)
    if (w.parked) this.wake(w)
    else {
      // Its worker is busy: a parked sibling may steal it.
      const idle = rt.workers.find((x) => x.parked && !x.wakeScheduled)
      if (idle) this.wake(idle)
    }
  }

  private wake(w: Worker): void {
    if (w.wakeScheduled) return
    w.wakeScheduled = true
    this.host.wakeHost(w.host)
  }

  /** Work stealing: take half of the first non-empty queue, starting from a random victim. */
  private steal(rt: UserRuntime, w: Worker): number | null {
    const k = rt.workers.length
    if (k < 2) return null
    const start = this.host.rng.below(k - 1)
    for (let j = 0; j < k - 1; j++) {
      const v = rt.workers[(w.index + 1 + ((start + j) % (k - 1))) % k]
      const n = Math.ceil(v.ready.length / 2)
      if (n === 0) continue
      for (let m = 0; m < n; m++) {
        const id = v.ready.popFirst() as number
        const co = this.coroutines[id]
        // Its stall so far was on the victim's host; from now on it waits on this one.
        co.stalled += v.offClock(this.host.now) - co.offSnapshot
        co.offSnapshot = w.offClock(this.host.now)
        co.worker = w.index
        w.ready.pushBack(id)
      }
      rt.steals++
      return w.ready.popFirst()
    }
    return null
  }
}
