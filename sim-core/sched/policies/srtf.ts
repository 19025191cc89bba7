// Shortest remaining time first: sjf that preempts. A woken task preempts the running one
// when its (estimated) burst is strictly shorter than what the running task has left.
import type { SchedulerConfig } from '../../scenario/schema'
import { burstEstimator, type BurstEstimator } from '../burst-estimate'
import type { AnyPolicy, SchedPolicy } from '../policy'
import { KeyedRunQueue } from '../run-queue'

interface SrtfState {
  queue: KeyedRunQueue
  est: BurstEstimator
}

export function srtf(config: Extract<SchedulerConfig, { policy: 'srtf' }>): AnyPolicy {
  const policy: SchedPolicy<SrtfState> = {
    name: 'srtf',
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
    preemptionKey: (s, running, ctx) => s.est.left(running, ctx),
    wakeupPreempt: (s, running, woken, _why, ctx) =>
      s.est.left(woken, ctx) < s.est.left(running, ctx),
    queued: (s) => s.queue.toArray(),
    rule: 'the shortest remaining burst (ties: first queued)'
  }
  return policy as AnyPolicy
}
