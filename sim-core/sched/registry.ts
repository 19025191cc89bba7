// Policies by name: the CLI's --policy and the UI's policy drop-down both read this.
import type { SchedulerConfig } from '../scenario/schema'
import type { AnyPolicy } from './policy'
import { cfs } from './policies/cfs'
import { eevdf } from './policies/eevdf'
import { fcfs } from './policies/fcfs'
import { lottery } from './policies/lottery'
import { mlfq } from './policies/mlfq'
import { priority } from './policies/priority'
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
  'stride'
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
  cfs: { title: 'Completely fair scheduler (Linux CFS)', preemptive: true },
  eevdf: { title: 'Earliest eligible virtual deadline first (Linux EEVDF)', preemptive: true },
  lottery: { title: 'Lottery', preemptive: true },
  stride: { title: 'Stride', preemptive: true }
}

export function createPolicy(config: SchedulerConfig): AnyPolicy {
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
