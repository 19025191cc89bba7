// The summary cards: which figures, in what order, formatted how. The labels are the
// dictionary's `sum.*` words, shared with the compare table and the report.
import type { ClusterRun, SimResult } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate, type MessageKey } from '../../i18n/translate'
import { formatNumber, formatPercent, formatTime, unitLabel } from './format'

export interface SummaryField {
  key: string
  label: string
  value: number
  text: string
  hint: string
}

type FieldKey =
  | 'makespan'
  | 'utilization'
  | 'throughput'
  | 'avgTurnaround'
  | 'avgWaiting'
  | 'avgResponse'
  | 'contextSwitches'
  | 'preemptions'
  | 'migrations'
  | 'deadlineMisses'
  | 'fairness'
  | 'coroutineSwitches'
  | 'avgCoroutineTurnaround'
  | 'nodes'
  | 'clusterCores'
  | 'requestsCompleted'
  | 'requestsFailed'
  | 'requestThroughput'
  | 'latencyMean'
  | 'latencyP50'
  | 'latencyP99'

/**
 * Mean turnaround of the coroutines that finished, or null if none did. The thread average
 * counts a runtime's host thread, not the requests its coroutines serve, so a lesson comparing
 * thread-per-request with an event loop needs this figure beside it.
 */
export function avgCoroutineTurnaround(r: SimResult): number | null {
  const done = r.coroutines.filter((c) => c.turnaround !== null)
  if (done.length === 0) return null
  return done.reduce((sum, c) => sum + (c.turnaround ?? 0), 0) / done.length
}

export function summaryFields(r: SimResult, lang: Language = 'en'): SummaryField[] {
  const s = r.summary
  const u = r.timeUnit
  const unit = unitLabel(u, lang)
  const time = (v: number) => formatTime(v, u, 2, lang)
  const count = (v: number) => formatNumber(v, 0)
  // Averages over finished threads mean nothing when none finished (a deadlock, a limit hit early).
  const anyFinished = r.threads.some((t) => t.finish !== null)
  const ifFinished = (text: string) => (anyFinished ? text : '—')
  const field = (key: FieldKey, value: number, text: string): SummaryField => ({
    key,
    label: translate(lang, `sum.${key}`),
    value,
    text,
    hint: translate(lang, `sum.${key}.hint` satisfies MessageKey, { unit })
  })
  const coroutineFields = (): SummaryField[] => {
    const avg = avgCoroutineTurnaround(r)
    return [
      field('coroutineSwitches', s.coroutineSwitches, count(s.coroutineSwitches)),
      field('avgCoroutineTurnaround', avg ?? NaN, avg === null ? '—' : time(avg))
    ]
  }
  const machineFields = (): SummaryField[] => [
    field(
      'throughput',
      s.throughput,
      translate(lang, 'sum.throughput.value', { value: formatNumber(s.throughput, 4), unit })
    ),
    field('avgTurnaround', s.avgTurnaround, ifFinished(time(s.avgTurnaround))),
    field('avgWaiting', s.avgWaiting, time(s.avgWaiting)),
    field('avgResponse', s.avgResponse, time(s.avgResponse)),
    field('contextSwitches', s.contextSwitches, count(s.contextSwitches)),
    field('preemptions', s.preemptions, count(s.preemptions)),
    field('migrations', s.migrations, count(s.migrations)),
    field('deadlineMisses', s.deadlineMisses, count(s.deadlineMisses)),
    field('fairness', s.fairness, ifFinished(formatNumber(s.fairness, 3)))
  ]
  // A cluster's question is the user's wait, not its handler threads' turnaround: the nodes and
  // all their cores, the requests done and failed, and their latency replace the thread averages
  // (handler threads serve request after request, so their turnaround is the run's length).
  const clusterFields = (c: ClusterRun): SummaryField[] => {
    const q = c.result.requests
    const latency = (key: FieldKey, v: number | undefined) =>
      field(key, v ?? NaN, v === undefined ? '—' : time(v))
    return [
      field('nodes', c.nodes.length, count(c.nodes.length)),
      field(
        'clusterCores',
        c.nodes.reduce((sum, n) => sum + n.cores, 0),
        count(c.nodes.reduce((sum, n) => sum + n.cores, 0))
      ),
      field(
        'requestsCompleted',
        q.completed,
        translate(lang, 'sum.requestsCompleted.value', {
          value: count(q.completed),
          total: count(q.count)
        })
      ),
      field('requestsFailed', q.failed, count(q.failed)),
      field(
        'requestThroughput',
        q.throughput,
        translate(lang, 'sum.throughput.value', { value: formatNumber(q.throughput, 4), unit })
      ),
      latency('latencyMean', q.latency?.mean),
      latency('latencyP50', q.latency?.p50),
      latency('latencyP99', q.latency?.p99),
      field('contextSwitches', s.contextSwitches, count(s.contextSwitches)),
      field('preemptions', s.preemptions, count(s.preemptions)),
      field('migrations', s.migrations, count(s.migrations))
    ]
  }
  return [
    field('makespan', r.makespan, time(r.makespan)),
    field('utilization', s.utilization, formatPercent(s.utilization)),
    ...(r.cluster ? clusterFields(r.cluster) : machineFields()),
    // Only scenarios with coroutines have user-level switches and turnarounds worth a card.
    ...(r.coroutines.length > 0 ? coroutineFields() : [])
  ]
}
