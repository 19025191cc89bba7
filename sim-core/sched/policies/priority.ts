// Priority scheduling: the ready task with the smallest priority number runs. Optional
// preemption, round robin among equals (a quantum), and aging (waiting tasks gain priority).
// Ties: the task queued first; a preempted task goes back ahead of its equals.
import type { SchedulerConfig } from '../../scenario/schema'
import type { AnyPolicy, SchedPolicy } from '../policy'
import { KeyedRunQueue } from '../run-queue'

interface PriorityState {
  /** Effective priority (aging lowers it while a task waits). */
  prio: Float64Array
  sliceLeft: Float64Array
  enqueuedAt: Float64Array
}

export function priority(config: Extract<SchedulerConfig, { policy: 'priority' }>): AnyPolicy {
  const quantum = config.quantum ?? Infinity
  const policy: SchedPolicy<PriorityState, KeyedRunQueue> = {
    name: 'priority',
    init: (ctx) => {
      const prio = new Float64Array(ctx.taskCount)
      for (let i = 0; i < ctx.taskCount; i++) prio[i] = ctx.task(i).priority
      return {
        prio,
        sliceLeft: new Float64Array(ctx.taskCount).fill(quantum),
        enqueuedAt: new Float64Array(ctx.taskCount)
      }
    },
    createQueue: () => new KeyedRunQueue(),
    enqueue(s, rq, task, reason, ctx) {
      s.enqueuedAt[task] = ctx.now
      rq.q.push(task, s.prio[task], reason === 'preempted')
    },
    dequeue: (_s, rq, task) => void rq.q.remove(task),
    pickNext(s, rq, cpu, ctx) {
      const id = rq.q.popFirst(ctx.hasAffinity ? (t) => ctx.canRun(t, cpu) : undefined)
      // A task that gets the CPU returns to its own priority.
      if (id !== null) s.prio[id] = ctx.task(id).priority
      return id
    },
    putPrev(s, task, ran, reason) {
      s.sliceLeft[task] -= ran
      if (reason !== 'preempted') s.sliceLeft[task] = quantum
    },
    preemptionKey: (s, running) => s.prio[running],
    wakeupPreempt: (s, running, woken) => config.preemptive && s.prio[woken] < s.prio[running],
    timeSlice: (s, task) => s.sliceLeft[task],
    timerPeriod: () => config.aging?.interval ?? 0,
    // Aging: the timer raises every waiting task's priority by `step`.
    timer(s, rqs, ctx) {
      const step = config.aging?.step ?? 0
      for (const rq of rqs) {
        // Only tasks that were already waiting age; one preempted by this very timer did not wait.
        for (const id of rq.q.toArray())
          if (s.enqueuedAt[id] < ctx.now) s.prio[id] = Math.max(0, s.prio[id] - step)
        rq.q.rekey((id) => s.prio[id])
      }
    },
    // Priority inheritance gave the task another effective priority: re-key it where it waits.
    keyChanged(s, rq, task, _why, ctx) {
      s.prio[task] = ctx.task(task).priority
      if (rq && rq.q.remove(task)) rq.q.push(task, s.prio[task])
    },
    // Aged tasks may now outrank a running one; only then is it preempted.
    shouldPreempt: (s, rq, running) => config.preemptive && rq.q.peekKey() < s.prio[running],
    queued: (_s, rq) => rq.q.toArray(),
    rule: config.quantum
      ? { code: 'rule.priorityRr', params: { quantum: config.quantum } }
      : { code: 'rule.priority', params: {} }
  }
  return policy as AnyPolicy
}
