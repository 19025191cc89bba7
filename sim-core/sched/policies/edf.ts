// Earliest deadline first for periodic threads (SimSo's EDF.py globally, P_EDF per core): the
// job with the earliest absolute deadline runs; non-periodic threads run below, FIFO. Rules,
// tie-breaking and the abort on a miss: realtime-class.ts and docs/policies.md.
import type { SchedulerConfig } from '../../scenario/schema'
import { fifoClass } from '../fifo-class'
import type { AnyPolicy } from '../policy'
import { realtimeClass } from '../realtime-class'

export function edf(config: Extract<SchedulerConfig, { policy: 'edf' }>): AnyPolicy {
  return realtimeClass(fifoClass('fifo', Infinity, 'fifo') as AnyPolicy, {
    name: 'edf',
    kind: 'edf',
    partition: config.queues === 'per-core' ? config.partition : null,
    abortOnMiss: config.onMiss === 'abort',
    rule: { code: 'rule.edf', params: {} }
  })
}
