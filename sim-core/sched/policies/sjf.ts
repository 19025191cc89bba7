// Shortest job first (non-preemptive): the ready task with the shortest (estimated) next CPU
// burst runs to the end of its burst. Ties: the task queued first.
import type { SchedulerConfig } from '../../scenario/schema'
import { burstEstimator, type BurstEstimator } from '../burst-estimate'
import type { AnyPolicy, SchedPolicy } from '../policy'
import { KeyedRunQueue } from '../run-queue'

interface SjfState {
  queue: KeyedRunQueue
  est: BurstEstimator
}

export function sjf(config: Extract<SchedulerConfig, { policy: 'sjf' }>): AnyPolicy {
  const policy: SchedPolicy<SjfState> = {
    name: 'sjf',
    init: (ctx) => ({
      queue: new KeyedRunQueue(),
      est: burstEstimator(config.estimate, config.alpha, config.initial, ctx.taskCount)
    }),
    enqueue: (s, task, reason, ctx) =>
      s.queue.push(task, s.est.left(task, ctx), reason === 'preempted'),
    dequeue: (s, task) => void s.queue.remove(task),
    pickNext: (s, cpu, ctx) =>
      s.queue.popFirst(ctx.hasAffinity ? (id) => ctx.canRun(id, cpu) : undefined),
    putPrev: (s, task, ran, reason) => s.est.ran(task, ran, reason),
    queued: (s) => s.queue.toArray(),
    rule: `the shortest ${config.estimate === 'oracle' ? '' : 'estimated '}next CPU burst (ties: first queued)`
  }
  return policy as AnyPolicy
}
