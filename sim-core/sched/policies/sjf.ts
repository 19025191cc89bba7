// Shortest job first (non-preemptive): the ready task with the shortest (estimated) next CPU
// burst runs to the end of its burst. Ties: the task queued first.
import type { SchedulerConfig } from '../../scenario/schema'
import type { AnyPolicy } from '../policy'
import { shortestFirstClass } from '../shortest-first-class'

export function sjf(config: Extract<SchedulerConfig, { policy: 'sjf' }>): AnyPolicy {
  return shortestFirstClass(config, false) as AnyPolicy
}
