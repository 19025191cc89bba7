// Rate monotonic for periodic threads (SimSo's RM.py globally, P_RM per core): the job of the
// thread with the shortest period runs; non-periodic threads run below, FIFO. Rules,
// tie-breaking and the abort on a miss: realtime-class.ts and docs/policies.md.
import type { SchedulerConfig } from '../../scenario/schema'
import { fifoClass } from '../fifo-class'
import type { AnyPolicy } from '../policy'
import { realtimeClass } from '../realtime-class'

export function rm(config: Extract<SchedulerConfig, { policy: 'rm' }>): AnyPolicy {
  return realtimeClass(fifoClass('fifo', Infinity, 'fifo') as AnyPolicy, {
    name: 'rm',
    kind: 'rm',
    partition: config.queues === 'per-core' ? config.partition : null,
    abortOnMiss: config.onMiss === 'abort',
    rule: { code: 'rule.rm', params: {} }
  })
}
