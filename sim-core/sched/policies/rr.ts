// Round robin: FIFO run queue, a fixed quantum; a task whose quantum expires goes to the tail.
import type { SchedulerConfig } from '../../scenario/schema'
import { fifoClass } from '../fifo-class'
import type { AnyPolicy } from '../policy'

export function rr(config: Extract<SchedulerConfig, { policy: 'rr' }>): AnyPolicy {
  // alignedSlices: the engine's slice clock (engine/slice-clock.ts) ends every slice at the
  // multiples of the quantum, so a dispatch itself sets no limit.
  return fifoClass(
    'rr',
    config.alignedSlices ? Infinity : config.quantum,
    config.readyOrder
  ) as AnyPolicy
}
