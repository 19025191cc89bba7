// The shared core of sjf and srtf: a run queue keyed by the (estimated) length of each task's
// next CPU burst, FIFO among equal keys. srtf adds preemption.
import type { SchedulerConfig } from '../scenario/schema'
import { burstEstimator, type BurstEstimator } from './burst-estimate'
import type { RuleCode } from './decision'
import type { SchedPolicy } from './policy'
import { KeyedRunQueue } from './run-queue'

export interface ShortestFirstState {
  est: BurstEstimator
}

type Config = Extract<SchedulerConfig, { policy: 'sjf' | 'srtf' }>

/** The pick rule by burst knowledge and preemption (the decision log says which). */
const RULES = {
  oracle: { sjf: 'rule.sjf', srtf: 'rule.srtf' },
  exponential: { sjf: 'rule.sjfEstimated', srtf: 'rule.srtfEstimated' }
} as const satisfies Record<Config['estimate'], Record<'sjf' | 'srtf', RuleCode>>

export function shortestFirstClass(
  config: Config,
  preemptive: boolean
): SchedPolicy<ShortestFirstState, KeyedRunQueue> {
  const policy: SchedPolicy<ShortestFirstState, KeyedRunQueue> = {
    name: config.policy,
    init: (ctx) => ({
      est: burstEstimator(config.estimate, config.alpha, config.initial, ctx.taskCount)
    }),
    createQueue: () => new KeyedRunQueue(),
    enqueue: (s, rq, task, reason, ctx) =>
      rq.q.push(task, s.est.left(task, ctx), reason === 'preempted'),
    dequeue: (_s, rq, task) => void rq.q.remove(task),
    pickNext: (_s, rq, cpu, ctx) =>
      rq.q.popFirst(ctx.hasAffinity ? (id) => ctx.canRun(id, cpu) : undefined),
    putPrev: (s, task, ran, reason) => s.est.ran(task, ran, reason),
    queued: (_s, rq) => rq.q.toArray(),
    rule: { code: RULES[config.estimate][preemptive ? 'srtf' : 'sjf'], params: {} }
  }
  if (!preemptive) return policy
  return {
    ...policy,
    // A woken task preempts only when strictly shorter than what the running task has left.
    wakeupPreempt: (s, running, woken, _why, ctx) =>
      s.est.left(woken, ctx) < s.est.left(running, ctx),
    preemptionKey: (s, running, ctx) => s.est.left(running, ctx)
  }
}
