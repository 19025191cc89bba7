// Everything about tasks waiting on each other: channels (ChannelTable), timeouts on waits
// (WaitTimeouts), and the deadlock they can end in, found on a general wait-for graph over
// threads and coroutines, locks and channels together. The machine owns the rest.
import type { Channel, Waiter } from '../model/channel'
import { coroutineOf, isCoroutineWaiter } from '../model/channel'
import { Op, REF, SLOT, type ProgramStore, type Program } from '../model/program'
import { Run } from '../model/task'
import { CoState } from '../runtime/coroutine'
import { ChanDir, ChannelTable, type ChannelHost } from './channel-table'
import { Ev, EvPriority } from './events'
import type { Deadlock, Machine } from './machine'
import { WaitTimeouts, type TimeoutHost } from './wait-timeouts'

type WaitEdge = { waitsFor: 'lock' | 'send' | 'recv'; on: string; next: Waiter[] }

export class Waits implements ChannelHost, TimeoutHost {
  readonly channels: ChannelTable
  readonly timeouts: WaitTimeouts

  constructor(
    private readonly m: Machine,
    channels: Channel[]
  ) {
    this.channels = new ChannelTable(channels, this)
    this.timeouts = new WaitTimeouts(this)
    m.engine.on(Ev.waitTimeout, (slot) => this.timeouts.fire(slot))
  }

  get now(): number {
    return this.m.engine.now
  }

  // ---- ChannelHost --------------------------------------------------------------------------

  resume(w: Waiter, pass: boolean): void {
    this.timeouts.disarm(w)
    if (isCoroutineWaiter(w)) this.m.runtime.resumeWaiting(this.m.coroutines[coroutineOf(w)], pass)
    else this.m.wakeAt(w, this.now)
  }

  handOff(ch: number, from: Waiter, to: Waiter): void {
    this.m.trace.handOff(
      this.now,
      ch,
      this.threadOf(from),
      isCoroutineWaiter(from) ? coroutineOf(from) : -1,
      this.threadOf(to),
      isCoroutineWaiter(to) ? coroutineOf(to) : -1
    )
  }

  occupancy(ch: number, occupancy: number): void {
    this.m.trace.channelOccupancy(this.now, ch, occupancy)
  }

  // ---- TimeoutHost --------------------------------------------------------------------------

  schedule(at: number, slot: number): void {
    this.m.engine.at(at, EvPriority.wake, Ev.waitTimeout, slot)
  }

  expire(w: Waiter): void {
    if (isCoroutineWaiter(w)) {
      const co = this.m.coroutines[coroutineOf(w)]
      if (!this.channels.timeOut(w)) return
      co.timeouts++
      this.m.runtime.resumeWaiting(co, false)
      return
    }
    const t = this.m.tasks[w]
    if (t.waitingLock >= 0) {
      // It goes on without the lock; its matching unlock is skipped (op-table.ts, unlock).
      t.timedOutLocks.push(t.waitingLock)
      this.m.locks.cancel(t)
    } else if (!this.channels.timeOut(w)) return
    t.timeouts++
    this.m.wakeAt(w, this.now)
  }

  // ---- deadlock -----------------------------------------------------------------------------

  /** Threads blocked on locks and channels with no timeout to end their wait. */
  stuckThreads(): number {
    return this.timeouts.armedThreads > 0 ? 0 : this.m.locks.blocked + this.channels.blockedThreads
  }

  /**
   * The wait-for cycle, when the run can go no further. Without channel waits it is the lock
   * table's (as before channels existed); otherwise a waiter on a lock waits for its holders, a
   * receiver for every unfinished task whose program sends on that channel, a sender for every
   * one that receives from it. With no cycle (a receive nobody will ever send to), `tasks` is
   * empty and `waits` lists every stuck waiter.
   */
  findDeadlock(): Deadlock | null {
    const waiters = this.channels.waiters()
    if (waiters.length === 0) return this.m.locks.findCycle()
    const m = this.m
    const nodes: Waiter[] = []
    for (const t of m.tasks) if (t.waitingLock >= 0) nodes.push(t.id)
    for (const w of waiters) if (!nodes.includes(w)) nodes.push(w)
    nodes.sort((a, b) => this.order(a) - this.order(b))
    const edges = new Map<Waiter, WaitEdge>()
    for (const w of nodes) edges.set(w, this.edgeOf(w))
    const state = new Map<Waiter, number>() // absent: unvisited, 1 on the path, 2 done
    const path: Waiter[] = []
    const visit = (w: Waiter): Waiter[] | null => {
      state.set(w, 1)
      path.push(w)
      for (const n of edges.get(w)?.next ?? []) {
        if (!edges.has(n)) continue
        const s = state.get(n)
        if (s === 1) return path.slice(path.indexOf(n))
        if (s === undefined) {
          const found = visit(n)
          if (found) return found
        }
      }
      path.pop()
      state.set(w, 2)
      return null
    }
    let cycle: Waiter[] | null = null
    for (const w of nodes) {
      if (state.has(w)) continue
      cycle = visit(w)
      if (cycle) break
    }
    const on = cycle ?? nodes
    const waits = on.map((w) => {
      const e = edges.get(w) as WaitEdge
      return { task: this.nameOf(w), waitsFor: e.waitsFor, on: e.on }
    })
    return {
      tasks: cycle ? cycle.filter((w) => w >= 0) : [],
      names: cycle ? cycle.map((w) => this.nameOf(w)) : [],
      locks: cycle ? waits.filter((x) => x.waitsFor === 'lock').map((x) => x.on) : [],
      channels: cycle ? waits.filter((x) => x.waitsFor !== 'lock').map((x) => x.on) : [],
      waits
    }
  }

  private edgeOf(w: Waiter): WaitEdge {
    const m = this.m
    if (w >= 0 && m.tasks[w].waitingLock >= 0) {
      const lock = m.locks.locks[m.tasks[w].waitingLock]
      return { waitsFor: 'lock', on: lock.name, next: [...lock.holders] }
    }
    const wait = this.channels.waitOf(w)
    if (wait === undefined) return { waitsFor: 'lock', on: '', next: [] }
    const ch = this.channels.channels[wait.ch]
    // A receiver waits for a sender, and the other way round.
    const other = wait.dir === ChanDir.recv ? Op.send : Op.recv
    const next: Waiter[] = []
    m.tasks.forEach((t) => {
      if (t.id !== w && t.state !== Run.done && uses(t.store, t.program, other, wait.ch))
        next.push(t.id)
    })
    m.coroutines.forEach((co) => {
      const cw = -1 - co.id
      if (cw !== w && co.state !== CoState.done && uses(co.store, co.program, other, wait.ch))
        next.push(cw)
    })
    return { waitsFor: wait.dir === ChanDir.recv ? 'recv' : 'send', on: ch.name, next }
  }

  /** Threads by id, then coroutines by id. */
  private order(w: Waiter): number {
    return w >= 0 ? w : this.m.tasks.length + coroutineOf(w)
  }

  private nameOf(w: Waiter): string {
    return isCoroutineWaiter(w) ? this.m.coroutines[coroutineOf(w)].name : this.m.tasks[w].name
  }

  /** The thread a waiter runs on: itself, or a coroutine's current host. */
  private threadOf(w: Waiter): number {
    if (!isCoroutineWaiter(w)) return w
    const co = this.m.coroutines[coroutineOf(w)]
    return this.m.runtime.runtimes[co.runtime].workers[co.worker].host.id
  }
}

/** Whether a program holds an op with this code on this channel. */
function uses(store: ProgramStore, program: Program, code: number, ch: number): boolean {
  const ops = store.ops
  for (let i = program.start; i < program.end; i += SLOT)
    if (ops[i] === code && ops[i + REF] === ch) return true
  return false
}
