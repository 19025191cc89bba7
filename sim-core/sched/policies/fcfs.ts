// First come, first served: non-preemptive, in order of arrival in the run queue.
import type { SchedulerConfig } from '../../scenario/schema'
import { fifoClass } from '../fifo-class'
import type { AnyPolicy } from '../policy'

export function fcfs(config: Extract<SchedulerConfig, { policy: 'fcfs' }>): AnyPolicy {
  return fifoClass('fcfs', Infinity, config.readyOrder) as AnyPolicy
}
