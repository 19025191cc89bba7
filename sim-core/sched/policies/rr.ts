// Round robin: FIFO run queue, a fixed quantum; a task whose quantum expires goes to the tail.
import type { SchedulerConfig } from '../../scenario/schema'
import { fifoClass } from '../fifo-class'
import type { AnyPolicy } from '../policy'

export function rr(config: Extract<SchedulerConfig, { policy: 'rr' }>): AnyPolicy {
  return fifoClass('rr', config.quantum, config.readyOrder) as AnyPolicy
}
