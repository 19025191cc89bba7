// Policies by name: the CLI's --policy and the UI's policy drop-down both read this.
import type { SchedulerConfig } from '../scenario/schema'
import type { AnyPolicy } from './policy'
import { realtimeClass } from './realtime-class'
import { edf } from './policies/edf'
import { cfs } from './policies/cfs'
import { eevdf } from './policies/eevdf'
import { fcfs } from './policies/fcfs'
import { lottery } from './policies/lottery'
import { mlfq } from './policies/mlfq'
import { priority } from './policies/priority'
import { rm } from './policies/rm'
import { rr } from './policies/rr'
import { sjf } from './policies/sjf'
import { srtf } from './policies/srtf'
import { stride } from './policies/stride'

export const POLICY_NAMES = [
  'fcfs',
  'sjf',
  'srtf',
  'rr',
  'priority',
  'mlfq',
  'cfs',
  'eevdf',
  'lottery',
  'stride',
  'edf',
  'rm'
] as const

export const POLICY_INFO: Record<
  (typeof POLICY_NAMES)[number],
  { title: string; preemptive: boolean }
> = {
  fcfs: { title: 'First come, first served', preemptive: false },
  sjf: { title: 'Shortest job first', preemptive: false },
  srtf: { title: 'Shortest remaining time first', preemptive: true },
  rr: { title: 'Round robin', preemptive: true },
  priority: { title: 'Priority', preemptive: true },
  mlfq: { title: 'Multi-level feedback queue', preemptive: true },
  edf: { title: 'Earliest deadline first', preemptive: true },
  rm: { title: 'Rate monotonic', preemptive: true },
  cfs: { title: 'Completely fair scheduler (Linux CFS)', preemptive: true },
  eevdf: { title: 'Earliest eligible virtual deadline first (Linux EEVDF)', preemptive: true },
  lottery: { title: 'Lottery', preemptive: true },
  stride: { title: 'Stride', preemptive: true }
}

export function createPolicy(config: SchedulerConfig): AnyPolicy {
  const policy = createClass(config)
  // scheduler.realtime: periodic threads in a real-time class above the policy (Linux's class chain).
  const rt = 'realtime' in config ? config.realtime : undefined
  if (!rt) return policy
  return realtimeClass(policy, {
    name: policy.name,
    kind: rt,
    partition: config.queues === 'per-core' ? 'first-fit' : null,
    abortOnMiss: 'realtimeOnMiss' in config && config.realtimeOnMiss === 'abort'
  })
}

function createClass(config: SchedulerConfig): AnyPolicy {
  switch (config.policy) {
    case 'fcfs':
      return fcfs(config)
    case 'sjf':
      return sjf(config)
    case 'srtf':
      return srtf(config)
    case 'rr':
      return rr(config)
    case 'priority':
      return priority(config)
    case 'mlfq':
      return mlfq(config)
    case 'edf':
      return edf(config)
    case 'rm':
      return rm(config)
    case 'cfs':
      return cfs(config)
    case 'eevdf':
      return eevdf(config)
    case 'lottery':
      return lottery(config)
    case 'stride':
      return stride(config)
  }
}
