// The summary cards: which figures, in what order, formatted how.
import type { SimResult } from '../../../../sim-core'
import { formatNumber, formatPercent, formatTime, unitLabel } from '../charts/format'

export interface SummaryField {
  key: string
  label: string
  value: number
  text: string
  hint: string
}

export function summaryFields(r: SimResult): SummaryField[] {
  const s = r.summary
  const u = r.timeUnit
  const time = (v: number) => formatTime(v, u)
  return [
    {
      key: 'makespan',
      label: 'Makespan',
      value: r.makespan,
      text: time(r.makespan),
      hint: 'when the last thread finished'
    },
    {
      key: 'utilization',
      label: 'Utilization',
      value: s.utilization,
      text: formatPercent(s.utilization),
      hint: 'busy time / (cores × makespan)'
    },
    {
      key: 'throughput',
      label: 'Throughput',
      value: s.throughput,
      text: `${formatNumber(s.throughput, 4)} / ${unitLabel(u)}`,
      hint: `threads finished per ${unitLabel(u)}`
    },
    {
      key: 'avgTurnaround',
      label: 'Avg turnaround',
      value: s.avgTurnaround,
      text: time(s.avgTurnaround),
      hint: 'finish − arrival'
    },
    {
      key: 'avgWaiting',
      label: 'Avg waiting',
      value: s.avgWaiting,
      text: time(s.avgWaiting),
      hint: 'time ready but not running'
    },
    {
      key: 'avgResponse',
      label: 'Avg response',
      value: s.avgResponse,
      text: time(s.avgResponse),
      hint: 'first run − arrival'
    },
    {
      key: 'contextSwitches',
      label: 'Context switches',
      value: s.contextSwitches,
      text: formatNumber(s.contextSwitches, 0),
      hint: 'a core switched to a different thread'
    },
    {
      key: 'preemptions',
      label: 'Preemptions',
      value: s.preemptions,
      text: formatNumber(s.preemptions, 0),
      hint: 'a thread was taken off a core while it could still run'
    },
    {
      key: 'migrations',
      label: 'Migrations',
      value: s.migrations,
      text: formatNumber(s.migrations, 0),
      hint: 'a thread resumed on a different core'
    },
    {
      key: 'deadlineMisses',
      label: 'Deadline misses',
      value: s.deadlineMisses,
      text: formatNumber(s.deadlineMisses, 0),
      hint: 'periodic jobs that finished late'
    },
    {
      key: 'fairness',
      label: 'Fairness',
      value: s.fairness,
      text: formatNumber(s.fairness, 3),
      hint: "Jain's index over slowdowns (1 = perfectly fair)"
    },
    // Only scenarios with coroutines have user-level switches worth a card.
    ...(r.coroutines.length > 0
      ? [
          {
            key: 'coroutineSwitches',
            label: 'Coroutine switches',
            value: s.coroutineSwitches,
            text: formatNumber(s.coroutineSwitches, 0),
            hint: 'user-level switches between coroutines, inside host threads'
          }
        ]
      : [])
  ]
}
