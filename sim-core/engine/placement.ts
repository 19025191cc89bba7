// Where a task that becomes ready goes, and which cores pick at the end of a round.
//
// One global queue: a free core is claimed for the task (its last core first), else the policy
// may preempt a core (wakeup preemption); the task joins the shared queue.
//
// Per-core queues (docs/policies.md, "Placement and balancing"):
// - selectCpu (the default, below): the task's previous core if it is allowed and idle (nothing
//   running or queued there) or the task is warm in its cache; else the allowed core with the
//   least load, load = tasks queued there + 1 if a task occupies the core (ties: lowest core
//   id). The task joins that core's queue; only that core is considered for wakeup preemption.
// - At the end of each round, idle cores pick from their own queues (in core order); then, with
//   `balance.steal`, each idle core whose queue is still empty steals at once (balance below).
// - balance (the default): pull ONE task from the busiest other queue (most tasks queued; ties:
//   lowest core id) — the first task in that queue's pick order whose affinity allows this core;
//   when the busiest has none, the next busiest. Every `balance.interval` ticks, in core order,
//   each core whose queue is empty balances this way (whether or not it is running a task).
//   With `balance.movePinned: false` only a task without an affinity is ever moved.
// The core enforces affinity on every answer: selectCpu, pickNext and balance.
import { CpuState, type Cpu } from '../model/cpu'
import { ROW_BYTES, ROW_I32, TaskFlag, TB, TI } from '../model/task-table'
import type { CpuId, Migration, PlacementView, RunQueue } from '../sched/policy'
import type { EngineRunQueue } from '../sched/run-queue'
import { Ev, EvPriority } from './events'
import type { Machine } from './machine'
import { PolicyViolation } from './policy-violation'
import { ioCompletionPreempts } from './quirks'
import { stateDump } from './watchdog'

export class Placement implements PlacementView {
  private readonly interval: number
  private readonly steal: boolean
  /** balance.movePinned: whether balancing may move a task that has an affinity. */
  private readonly movePinned: boolean
  private readonly keepBest: boolean
  /** keepsBestRunning: a task became ready at this round (so a queued one may beat a running one). */
  private placed = false

  constructor(private readonly m: Machine) {
    this.keepBest = !m.perCore && m.policyDef.keepsBestRunning === true
    const balance = m.perCore ? m.config.balance : undefined
    this.interval = balance?.interval ?? 0
    this.steal = m.perCore && (balance?.steal ?? true)
    this.movePinned = balance?.movePinned ?? true
  }

  /** Registers and schedules the balance timer (per-core queues with an interval). */
  start(): void {
    if (this.interval <= 0) return
    this.m.engine.on(Ev.balance, () => this.onBalanceTimer())
    this.m.engine.at(this.interval, EvPriority.timer, Ev.balance, 0)
  }

  /**
   * A task becomes ready off any core: claim a free core for it, or preempt one (which picks at
   * the end of the round). Returns the run queue it joins.
   */
  place(id: number, why: 'arrival' | 'wakeup', fromIo: boolean): EngineRunQueue {
    const m = this.m
    if (m.perCore) return this.placeOnCore(id, why, fromIo)
    // keepsBestRunning: claimed core or not, the task may end the round queued behind a worse
    // running one; keepBestRunning settles that once the round's picks are done.
    if (this.keepBest) this.placed = true
    if (!this.claimIdleCore(id)) {
      const force = ioCompletionPreempts(m, fromIo)
      const victim = force || m.preemptsOnWakeup ? this.findVictim(id, why, force) : undefined
      if (victim) m.preemptFor(victim, force ? id : -1)
    }
    return m.rqs[0]
  }

  private placeOnCore(id: number, why: 'arrival' | 'wakeup', fromIo: boolean): EngineRunQueue {
    const m = this.m
    const prev = m.ti[id * ROW_I32 + TI.lastCpu]
    const cpu = m.policy.selectCpu(m.state, id, prev, m.ctx)
    if (!(Number.isInteger(cpu) && cpu >= 0 && cpu < m.cpus.length) || !m.allowed(id, cpu))
      throw new PolicyViolation(
        `${m.policy.name} placed ${m.tasks[id].name} on core ${cpu}, which it may not run on`,
        stateDump(m, m.tasks[id])
      )
    const c = m.cpus[cpu]
    if (c.state === CpuState.idle) c.claimedAt = m.now
    else {
      const force = ioCompletionPreempts(m, fromIo)
      if ((force || m.preemptsOnWakeup) && this.preemptible(c, id, why, force))
        m.preemptFor(c, force ? id : -1)
    }
    return m.rqs[cpu]
  }

  /** End of a round: cores that picked early run their pick; idle cores pick from their queues. */
  pickIdle(): void {
    const m = this.m
    const ops = m.ops
    if (m.pickedCores > 0) for (const c of m.cpus) if (c.state === CpuState.picked) ops.run(c)
    if (m.idleCores > 0 && m.queuedTasks > 0)
      for (const c of m.cpus)
        if (c.state === CpuState.idle && m.queuedTasks > 0 && ops.pick(c)) ops.run(c)
    if (this.placed) {
      this.placed = false
      if (m.queuedTasks > 0) this.keepBestRunning()
    }
    if (m.idleCores === 0 || m.queuedTasks === 0) return
    if (!this.steal || m.idleCores === 0 || m.queuedTasks === 0) return
    for (const c of m.cpus) {
      if (c.state !== CpuState.idle || m.queuedTasks === 0) continue
      const rq = m.rqs[c.id]
      if (rq.length === 0) this.migrate(m.policy.balance(m.state, rq, c.id, m.ctx))
      if (rq.length > 0 && ops.pick(c)) ops.run(c)
    }
  }

  /**
   * Global EDF/RM's invariant (the policy's keepsBestRunning): no queued task beats a running
   * one. Tasks that became ready at this round claimed idle cores, and idle cores picked the
   * best queued; what is left queued may still beat a running task: while that is so, the core
   * running the largest key (ties: lowest id) is preempted and picks (SimSo's greedy fixpoint,
   * SEMANTICS.md §3). Each pass fixes one inversion. Only a task readied at this round can
   * cause one: a task that leaves a core takes a key no better than what it had.
   */
  private keepBestRunning(): void {
    const m = this.m
    const key = m.policy.preemptionKey
    if (!key) return
    const rq = m.rqs[0]
    for (let n = 0; n < m.cpus.length && m.queuedTasks > 0; n++) {
      let worst: Cpu | null = null
      let worstKey = -Infinity
      for (const c of m.cpus) {
        if (c.state !== CpuState.running && c.state !== CpuState.switching) continue
        const k = key(m.state, c.task, m.ctx)
        if (k > worstKey) {
          worstKey = k
          worst = c
        }
      }
      if (!worst || !m.policy.shouldPreempt(m.state, rq, worst.task, m.ctx)) return
      m.ops.preempt(worst)
      if (m.ops.pick(worst)) m.ops.run(worst)
    }
  }

  private onBalanceTimer(): void {
    const m = this.m
    if (m.finished === m.tasks.length) return
    for (const c of m.cpus) {
      const rq = m.rqs[c.id]
      if (rq.length === 0 && m.queuedTasks > 0)
        this.migrate(m.policy.balance(m.state, rq, c.id, m.ctx))
    }
    m.engine.at(m.now + this.interval, EvPriority.timer, Ev.balance, 0)
  }

  /** Moves queued tasks between run queues, checking each move. */
  private migrate(moves: Migration[]): void {
    const m = this.m
    for (const { task, from, to } of moves) {
      const src = m.rqs[from]
      const dst = m.rqs[to]
      if (!src || !dst || m.queueOf[task] !== from || (dst.cpu >= 0 && !m.allowed(task, dst.cpu)))
        throw new PolicyViolation(
          `${m.policy.name} moved task ${task} from queue ${from} to queue ${to}, which it cannot do`,
          stateDump(m, m.tasks[task] ?? null)
        )
      m.policy.dequeue(m.state, src, task, 'migrated', m.ctx)
      m.taken(src, task)
      m.enqueue(dst, task, 'migrated')
    }
  }

  // ---- the defaults of the policy's selectCpu and balance ------------------------------------

  selectCpu(task: number, prevCpu: CpuId): CpuId {
    const m = this.m
    const load = m.coreLoad
    const pinned = m.ctx.hasAffinity
    if (
      prevCpu >= 0 &&
      (load[prevCpu] === 0 || this.warm(prevCpu, task)) &&
      (!pinned || m.allowed(task, prevCpu))
    )
      return prevCpu
    let best = -1
    let bestLoad = Infinity
    for (let cpu = 0; cpu < load.length; cpu++) {
      const l = load[cpu]
      if (l < bestLoad && (!pinned || m.allowed(task, cpu))) {
        best = cpu
        bestLoad = l
        // Nothing beats an empty core, and a later one would lose the tie.
        if (l === 0) break
      }
    }
    return best
  }

  balance(rq: RunQueue, cpu: CpuId): Migration[] {
    const m = this.m
    // Other queues with work, busiest first (ties: lowest core id); usually the first will do.
    let tried: Set<number> | null = null
    for (;;) {
      let src: EngineRunQueue | null = null
      for (const q of m.rqs)
        if (q.id !== rq.id && q.length > 0 && !tried?.has(q.id) && (!src || q.length > src.length))
          src = q
      if (!src) return []
      const order = m.policy.queued(m.state, src)
      const task = !m.ctx.hasAffinity
        ? order[0]
        : this.movePinned
          ? order.find((id) => m.allowed(id, cpu))
          : order.find((id) => !(m.tb[id * ROW_BYTES + TB.flags] & TaskFlag.pinned))
      if (task !== undefined) return [{ task, from: src.id, to: rq.id }]
      ;(tried ??= new Set()).add(src.id)
    }
  }

  /** Whether the task's working set is warm in the core's cache (no cache: never). */
  private warm(cpu: number, task: number): boolean {
    return this.m.isWarm(cpu, task)
  }

  // ---- one global queue ---------------------------------------------------------------------

  private claimIdleCore(id: number): boolean {
    const m = this.m
    if (m.idleCores === 0) return false
    const now = m.now
    const last = m.ti[id * ROW_I32 + TI.lastCpu]
    const pref = last >= 0 ? m.cpus[last] : undefined
    if (pref && pref.state === CpuState.idle && pref.claimedAt !== now && m.allowed(id, pref.id)) {
      pref.claimedAt = now
      return true
    }
    for (const c of m.cpus) {
      if (c.state === CpuState.idle && c.claimedAt !== now && m.allowed(id, c.id)) {
        c.claimedAt = now
        return true
      }
    }
    return false
  }

  /** Whether `id` (arriving or waking) preempts core `c`: running, switching to run, or picked at this round. */
  private preemptible(c: Cpu, id: number, why: 'arrival' | 'wakeup', force: boolean): boolean {
    const m = this.m
    return (
      (c.state === CpuState.running ||
        c.state === CpuState.switching ||
        c.state === CpuState.picked) &&
      m.allowed(id, c.id) &&
      (force || m.policy.wakeupPreempt(m.state, c.task, id, why, m.ctx))
    )
  }

  /** The core whose task `id` should preempt, if any. */
  private findVictim(id: number, why: 'arrival' | 'wakeup', force: boolean): Cpu | undefined {
    const m = this.m
    const cpus = m.cpus
    const last = m.ti[id * ROW_I32 + TI.lastCpu]
    const pref = last >= 0 ? cpus[last] : undefined
    const key = m.policy.preemptionKey
    if (!key || force || cpus.length === 1) {
      if (pref && this.preemptible(pref, id, why, force)) return pref
      for (const c of cpus) if (c !== pref && this.preemptible(c, id, why, force)) return c
      return undefined
    }
    // Several candidates: preempt the one the policy values least (ties: its last core, then core id).
    let victim: Cpu | undefined
    let worst = -Infinity
    // The last core first (it wins ties), then the others in id order; no array or closure per wakeup.
    if (pref && this.preemptible(pref, id, why, force)) {
      const k = key(m.state, pref.task, m.ctx)
      if (k > worst) {
        worst = k
        victim = pref
      }
    }
    for (let i = 0; i < cpus.length; i++) {
      const c = cpus[i]
      if (c === pref || c.state === CpuState.idle || !this.preemptible(c, id, why, force)) continue
      const k = key(m.state, c.task, m.ctx)
      if (k > worst) {
        worst = k
        victim = c
      }
    }
    return victim
  }
}
