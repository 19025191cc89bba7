// Shortest remaining time first: sjf that preempts. A woken task preempts the running one
// when its (estimated) burst is strictly shorter than what the running task has left.
import type { SchedulerConfig } from '../../scenario/schema'
import type { AnyPolicy } from '../policy'
import { shortestFirstClass } from '../shortest-first-class'

export function srtf(config: Extract<SchedulerConfig, { policy: 'srtf' }>): AnyPolicy {
  return shortestFirstClass(config, true) as AnyPolicy
}
