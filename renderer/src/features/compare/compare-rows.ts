// The comparison table's rows: which figure, which direction is better, how to show it.
import { concurrencySummary, type SimResult } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import type { MessageKey } from '../../i18n/translate'
import { formatNumber, formatPercent, formatTime } from '../charts/format'

export interface CompareRow {
  key: string
  /** The summary card's label: the same words for the same figure everywhere. */
  label: MessageKey
  better: 'low' | 'high'
  get(r: SimResult): number
  format(v: number, unit: string, lang: Language): string
}

const time = (v: number, u: string, lang: Language): string => formatTime(v, u, 2, lang)
const count = (v: number): string => formatNumber(v, 0)

export const COMPARE_ROWS: CompareRow[] = [
  { key: 'makespan', label: 'sum.makespan', better: 'low', get: (r) => r.makespan, format: time },
  {
    key: 'utilization',
    label: 'sum.utilization',
    better: 'high',
    get: (r) => r.summary.utilization,
    format: (v) => formatPercent(v)
  },
  {
    key: 'throughput',
    label: 'sum.throughput',
    better: 'high',
    get: (r) => r.summary.throughput,
    format: (v) => formatNumber(v, 4)
  },
  {
    key: 'avgTurnaround',
    label: 'sum.avgTurnaround',
    better: 'low',
    get: (r) => r.summary.avgTurnaround,
    format: time
  },
  {
    key: 'avgWaiting',
    label: 'sum.avgWaiting',
    better: 'low',
    get: (r) => r.summary.avgWaiting,
    format: time
  },
  {
    key: 'avgResponse',
    label: 'sum.avgResponse',
    better: 'low',
    get: (r) => r.summary.avgResponse,
    format: time
  },
  {
    key: 'contextSwitches',
    label: 'sum.contextSwitches',
    better: 'low',
    get: (r) => r.summary.contextSwitches,
    format: count
  },
  {
    key: 'preemptions',
    label: 'sum.preemptions',
    better: 'low',
    get: (r) => r.summary.preemptions,
    format: count
  },
  {
    key: 'migrations',
    label: 'sum.migrations',
    better: 'low',
    get: (r) => r.summary.migrations,
    format: count
  },
  {
    key: 'deadlineMisses',
    label: 'sum.deadlineMisses',
    better: 'low',
    get: (r) => r.summary.deadlineMisses,
    format: count
  },
  {
    key: 'fairness',
    label: 'sum.fairness',
    better: 'high',
    get: (r) => r.summary.fairness,
    format: (v) => formatNumber(v, 3)
  }
]

/** Coroutine averages and lock totals (sim-core's concurrencySummary, as `schedlab compare`). */
export interface ConcurrencyRow {
  key: string
  label: MessageKey
  /** Null: a count of the workload's, not a merit of the policy; no best is marked. */
  better: 'low' | 'high' | null
  /** Null when the run has no coroutines (or no locks). */
  get(r: SimResult): number | null
  format(v: number, unit: string, lang: Language): string
}

const coroutine =
  (k: 'avgTurnaround' | 'avgWaiting' | 'avgResponse' | 'avgStalled') =>
  (r: SimResult): number | null =>
    concurrencySummary(r).coroutines?.[k] ?? null
const lock =
  (k: 'acquisitions' | 'contended' | 'totalWait' | 'maxWait') =>
  (r: SimResult): number | null =>
    concurrencySummary(r).locks?.[k] ?? null

const request =
  (k: 'mean' | 'p50' | 'p99' | 'max') =>
  (r: SimResult): number | null =>
    r.cluster?.result.requests.latency?.[k] ?? null

export const CONCURRENCY_ROWS: ConcurrencyRow[] = [
  // A cluster run: request latency and failures (null for a single machine).
  { key: 'reqMean', label: 'cmp.reqMean', better: 'low', get: request('mean'), format: time },
  { key: 'reqP50', label: 'cmp.reqP50', better: 'low', get: request('p50'), format: time },
  { key: 'reqP99', label: 'cmp.reqP99', better: 'low', get: request('p99'), format: time },
  { key: 'reqMax', label: 'cmp.reqMax', better: 'low', get: request('max'), format: time },
  {
    key: 'reqFailed',
    label: 'cmp.reqFailed',
    better: 'low',
    get: (r) => r.cluster?.result.requests.failed ?? null,
    format: count
  },
  {
    key: 'coAvgTurnaround',
    label: 'cmp.coAvgTurnaround',
    better: 'low',
    get: coroutine('avgTurnaround'),
    format: time
  },
  {
    key: 'coAvgWaiting',
    label: 'cmp.coAvgWaiting',
    better: 'low',
    get: coroutine('avgWaiting'),
    format: time
  },
  {
    key: 'coAvgResponse',
    label: 'cmp.coAvgResponse',
    better: 'low',
    get: coroutine('avgResponse'),
    format: time
  },
  {
    key: 'coAvgStalled',
    label: 'cmp.coAvgStalled',
    better: 'low',
    get: coroutine('avgStalled'),
    format: time
  },
  {
    key: 'lockAcquisitions',
    label: 'cmp.lockAcquisitions',
    better: null,
    get: lock('acquisitions'),
    format: count
  },
  {
    key: 'lockContended',
    label: 'cmp.lockContended',
    better: 'low',
    get: lock('contended'),
    format: count
  },
  { key: 'lockWait', label: 'cmp.lockWait', better: 'low', get: lock('totalWait'), format: time },
  {
    key: 'lockMaxWait',
    label: 'cmp.lockMaxWait',
    better: 'low',
    get: lock('maxWait'),
    format: time
  }
]

/**
 * Thread averages a cluster run does not answer: its handler threads serve request after
 * request, so their turnaround is the run's length; its question is the request latency rows.
 * The summary cards leave the same figures out (summary-fields.ts).
 */
const THREAD_AVERAGES = new Set([
  'throughput',
  'avgTurnaround',
  'avgWaiting',
  'avgResponse',
  'deadlineMisses',
  'fairness'
])

/**
 * The table's rows for these results: the summary (without the thread averages when every run
 * is a cluster), then request, coroutine and lock rows if any run has them.
 */
export function compareTableRows(results: readonly SimResult[]): ConcurrencyRow[] {
  const clusters = results.length > 0 && results.every((r) => r.cluster !== undefined)
  return [
    ...COMPARE_ROWS.filter((row) => !clusters || !THREAD_AVERAGES.has(row.key)),
    ...CONCURRENCY_ROWS.filter((row) => results.some((r) => row.get(r) !== null))
  ]
}

/** Indices of the best values (all of them on a tie); none when every value is equal. */
export function bestIndices(values: (number | null)[], better: 'low' | 'high'): Set<number> {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (present.length < 2) return new Set()
  const best = present.reduce(
    (b, v) => (better === 'low' ? Math.min(b, v) : Math.max(b, v)),
    better === 'low' ? Infinity : -Infinity
  )
  if (present.every((v) => v === best)) return new Set()
  const out = new Set<number>()
  values.forEach((v, i) => {
    if (v !== null && Math.abs(v - best) <= 1e-9 * Math.max(1, Math.abs(best))) out.add(i)
  })
  return out
}

/** The time-valued figures drawn as grouped bars. */
export const BAR_ROWS = COMPARE_ROWS.filter((r) =>
  ['makespan', 'avgTurnaround', 'avgWaiting', 'avgResponse'].includes(r.key)
)
