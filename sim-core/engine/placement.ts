// Where a task that becomes ready goes, and which cores pick at the end of a round. With one
// global queue: a free core is claimed for it (its last core first), else the policy may
// preempt a core (wakeup preemption). The default selectCpu and balance (per-core queues) live
// here too, and the policy's hooks call them unless it has its own.
import { CpuState, type Cpu } from '../model/cpu'
import { ROW_I32, TI } from '../model/task-table'
import type { CpuId, Migration, PlacementView, RunQueue } from '../sched/policy'
import type { EngineRunQueue } from '../sched/run-queue'
import type { Machine } from './machine'
import { ioCompletionPreempts } from './quirks'

export class Placement implements PlacementView {
  constructor(private readonly m: Machine) {}

  /** Schedules the balance timer, if any (per-core queues). */
  start(): void {}

  /**
   * A task becomes ready off any core: claim a free core for it, or preempt one (which picks at
   * the end of the round). Returns the run queue it joins.
   */
  place(id: number, why: 'arrival' | 'wakeup', fromIo: boolean): EngineRunQueue {
    const m = this.m
    if (!this.claimIdleCore(id)) {
      const force = ioCompletionPreempts(m, fromIo)
      const victim = force || m.preemptsOnWakeup ? this.findVictim(id, why, force) : undefined
      if (victim) m.preemptFor(victim, force ? id : -1)
    }
    return m.rqs[0]
  }

  /** End of a round: cores that picked early run their pick; idle cores pick from their queues. */
  pickIdle(): void {
    const m = this.m
    const ops = m.ops
    for (const c of m.cpus) if (c.state === CpuState.picked) ops.run(c)
    if (m.idleCores === 0 || m.queuedTasks === 0) return
    for (const c of m.cpus)
      if (c.state === CpuState.idle && m.queuedTasks > 0 && ops.pick(c)) ops.run(c)
  }

  selectCpu(_task: number, prevCpu: CpuId): CpuId {
    return prevCpu
  }

  balance(_rq: RunQueue, _cpu: CpuId): Migration[] {
    return []
  }

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

  /** A core whose task (running, switching to run, or picked at this round) `id` should preempt. */
  private findVictim(id: number, why: 'arrival' | 'wakeup', force: boolean): Cpu | undefined {
    const m = this.m
    const decide = (c: Cpu): boolean =>
      (c.state === CpuState.running ||
        c.state === CpuState.switching ||
        c.state === CpuState.picked) &&
      m.allowed(id, c.id) &&
      (force || m.policy.wakeupPreempt(m.state, c.task, id, why, m.ctx))
    const last = m.ti[id * ROW_I32 + TI.lastCpu]
    const pref = last >= 0 ? m.cpus[last] : undefined
    const key = m.policy.preemptionKey
    if (!key || force || m.cpus.length === 1) {
      if (pref && decide(pref)) return pref
      return m.cpus.find((c) => c !== pref && decide(c))
    }
    // Several candidates: preempt the one the policy values least (ties: its last core, then core id).
    let victim: Cpu | undefined
    let worst = -Infinity
    for (const c of pref ? [pref, ...m.cpus] : m.cpus) {
      if (!decide(c)) continue
      const k = key(m.state, c.task, m.ctx)
      if (k > worst) {
        worst = k
        victim = c
      }
    }
    return victim
  }
}
