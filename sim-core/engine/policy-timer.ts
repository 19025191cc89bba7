// The policy's periodic timer (timerPeriod > 0: MLFQ's boost, aging, load balancing): each
// period, every running task's tick may end its slice, then the policy's timer may reorder the
// queues, and a core whose running task now loses to a queued one is preempted.
import { CpuState } from '../model/cpu'
import { Ev, EvPriority } from './events'
import type { Machine } from './machine'

export class PolicyTimer {
  constructor(
    private readonly m: Machine,
    private readonly period: number
  ) {
    m.engine.on(Ev.timer, () => this.onTimer())
    if (period > 0) m.engine.at(period, EvPriority.timer, Ev.timer, 0)
  }

  private onTimer(): void {
    const m = this.m
    if (m.finished === m.tasks.length) return
    const p = m.policy
    for (const c of m.cpus) {
      if (
        (c.state === CpuState.running || c.state === CpuState.switching) &&
        p.tick(m.state, c.task, m.ctx) === 'resched'
      )
        m.ops.preempt(c)
    }
    p.timer(m.state, m.rqs, m.ctx)
    // A timer that reorders without preempting (aging): preempt only where a queued task now wins,
    // and only a task that has run since it got the core, so every switch buys at least one tick.
    for (const c of m.cpus) {
      const ran = c.ranSinceDispatch + (m.now - c.accountedAt) > 0
      if (c.state === CpuState.running && ran && p.shouldPreempt(m.state, m.rqOf(c), c.task, m.ctx))
        m.ops.preempt(c)
    }
    m.engine.at(m.now + this.period, EvPriority.timer, Ev.timer, 0)
  }
}
