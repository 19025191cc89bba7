// A cluster run's request summary (overall, then per service) and its nodes, as table rows and
// columns: count, completed, failed, throughput and the latency figures; per node its cores,
// threads and utilization.
import type { ClusterResult, RequestSummary } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import { formatNumber, formatPercent, unitLabel } from './format'
import { makers, type Column } from './table-columns'

export interface RequestRow {
  name: string
  count: number
  completed: number
  failed: number
  throughput: number
  mean: number | null
  p50: number | null
  p95: number | null
  p99: number | null
  max: number | null
}

export type NodeRow = ClusterResult['nodes'][number]

const row = (name: string, s: RequestSummary): RequestRow => ({
  name,
  count: s.count,
  completed: s.completed,
  failed: s.failed,
  throughput: s.throughput,
  mean: s.latency?.mean ?? null,
  p50: s.latency?.p50 ?? null,
  p95: s.latency?.p95 ?? null,
  p99: s.latency?.p99 ?? null,
  max: s.latency?.max ?? null
})

/** "(all)" first, then each service in the scenario's order. */
export function requestRows(r: ClusterResult, lang: Language = 'en'): RequestRow[] {
  return [row(translate(lang, 'req.all'), r.requests), ...r.services.map((s) => row(s.name, s))]
}

export function requestColumns(unit: string, lang: Language = 'en'): Column<RequestRow>[] {
  const c = makers<RequestRow>(unit, lang)
  const u = unitLabel(unit, lang)
  // Percentile names are the same in every language.
  const percentile = (key: 'p50' | 'p95' | 'p99'): Column<RequestRow> => ({
    key,
    label: translate(lang, 'col.withUnit', { label: key, unit: u }),
    head: { name: key, unit: translate(lang, 'col.unit', { unit: u }) },
    kind: 'time'
  })
  return [
    c.text('name', 'req.service'),
    c.count('count', 'req.count'),
    c.count('completed', 'req.completed'),
    c.count('failed', 'req.failed'),
    { ...c.count('throughput', 'req.throughput'), render: (r) => formatNumber(r.throughput, 4) },
    { ...c.time('mean', 'req.mean'), render: (r) => formatNumber(r.mean) },
    percentile('p50'),
    percentile('p95'),
    percentile('p99'),
    c.time('max', 'req.max')
  ]
}

export function nodeColumns(unit: string, lang: Language = 'en'): Column<NodeRow>[] {
  const c = makers<NodeRow>(unit, lang)
  return [
    c.text('name', 'req.node'),
    c.count('cores', 'req.cores'),
    c.count('threads', 'col.threads'),
    { ...c.count('utilization', 'col.utilization'), render: (r) => formatPercent(r.utilization) }
  ]
}
