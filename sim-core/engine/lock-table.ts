// Lock acquire/release with FIFO hand-off, priority inheritance and the wait-for graph used to
// report a deadlock's cycle. The engine owns time and wakeups; this file owns lock state.
import type { Lock } from '../model/lock'
import type { Task } from '../model/task'

export interface LockHost {
  readonly now: number
  /** Wake a task whose lock was handed to it (at the current instant). */
  wakeLockWaiter(t: Task): void
  /** A task's effective priority changed. */
  priorityChanged(t: Task): void
}

export class LockTable {
  /** Tasks currently blocked on a lock. */
  blocked = 0

  constructor(
    readonly locks: Lock[],
    private readonly tasks: Task[],
    private readonly host: LockHost
  ) {}

  /** Takes a permit if one is free and nobody queues ahead; otherwise queues the task (it must block). */
  acquire(t: Task, index: number): boolean {
    const lock = this.locks[index]
    if (lock.available > 0 && lock.waiters.length === 0) {
      lock.available--
      this.grant(lock, index, t)
      return true
    }
    lock.waiters.pushBack(t.id)
    lock.contended++
    t.waitingLock = index
    t.lockWaitSince = this.host.now
    this.blocked++
    if (lock.inheritance) for (const h of lock.holders) this.reprioritize(this.tasks[h], 0)
    return false
  }

  /** Releases `t`'s permit; the first waiter, if any, gets it at once (FIFO hand-off). */
  release(t: Task, index: number): void {
    const lock = this.locks[index]
    const k = lock.holders.indexOf(t.id)
    if (k < 0)
      throw new Error(
        `${t.name} unlocks ${lock.name}, which it does not hold (validation should have caught this)`
      )
    lock.holdTime += this.host.now - lock.heldSince[k]
    lock.holders.splice(k, 1)
    lock.heldSince.splice(k, 1)
    t.heldLocks.splice(t.heldLocks.indexOf(index), 1)
    const next = lock.waiters.popFirst()
    if (next === null) lock.available++
    else {
      const w = this.tasks[next]
      const waited = this.host.now - w.lockWaitSince
      lock.totalWait += waited
      lock.maxWait = Math.max(lock.maxWait, waited)
      w.lockWait += waited
      w.waitingLock = -1
      this.blocked--
      this.grant(lock, index, w)
      this.host.wakeLockWaiter(w)
      if (lock.inheritance) this.reprioritize(w, 0)
    }
    if (lock.inheritance) this.reprioritize(t, 0)
  }

  /** `t`'s wait for a lock timed out: it leaves the queue without the lock (counted on the lock). */
  cancel(t: Task): void {
    const index = t.waitingLock
    const lock = this.locks[index]
    lock.waiters.popFirst((id) => id === t.id)
    const waited = this.host.now - t.lockWaitSince
    lock.totalWait += waited
    lock.maxWait = Math.max(lock.maxWait, waited)
    lock.timeouts++
    t.lockWait += waited
    t.waitingLock = -1
    this.blocked--
    // The holders no longer inherit this waiter's priority.
    if (lock.inheritance) for (const h of lock.holders) this.reprioritize(this.tasks[h], 0)
  }

  /** A cycle in the wait-for graph (waiter → holders of the lock it waits for), as task ids and lock names. */
  findCycle(): { tasks: number[]; locks: string[] } | null {
    const state = new Uint8Array(this.tasks.length) // 0 unvisited, 1 on the path, 2 done
    const path: number[] = []
    const visit = (id: number): number[] | null => {
      state[id] = 1
      path.push(id)
      const t = this.tasks[id]
      if (t.waitingLock >= 0) {
        for (const h of this.locks[t.waitingLock].holders) {
          if (state[h] === 1) return path.slice(path.indexOf(h))
          if (state[h] === 0) {
            const found = visit(h)
            if (found) return found
          }
        }
      }
      path.pop()
      state[id] = 2
      return null
    }
    for (const t of this.tasks) {
      if (t.waitingLock < 0 || state[t.id] !== 0) continue
      const cycle = visit(t.id)
      if (cycle)
        return {
          tasks: cycle,
          locks: cycle.map((id) => this.locks[this.tasks[id].waitingLock].name)
        }
    }
    return null
  }

  private grant(lock: Lock, index: number, t: Task): void {
    lock.holders.push(t.id)
    lock.heldSince.push(this.host.now)
    lock.acquisitions++
    t.heldLocks.push(index)
  }

  /** Effective priority = the best of its own and its inheritance-lock waiters'; passed along chains of waiting holders. */
  private reprioritize(t: Task, depth: number): void {
    let best = t.basePriority
    for (const li of t.heldLocks) {
      const lock = this.locks[li]
      if (!lock.inheritance) continue
      for (const w of lock.waiters.toArray()) best = Math.min(best, this.tasks[w].priority)
    }
    if (best === t.priority) return
    t.priority = best
    this.host.priorityChanged(t)
    if (t.waitingLock >= 0 && depth < this.tasks.length) {
      const lock = this.locks[t.waitingLock]
      if (lock.inheritance)
        for (const h of lock.holders) this.reprioritize(this.tasks[h], depth + 1)
    }
  }
}
