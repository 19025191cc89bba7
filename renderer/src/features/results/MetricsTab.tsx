// The Metrics tab: bars for the rows the table shows (threads, processes or coroutines), then
// the sortable table and its choice of rows.
import type { SimResult } from '../../../../sim-core'
import { useLanguage, useTranslate } from '../../i18n/context'
import type { Translate } from '../../i18n/translate'
import { ChartFrame } from '../charts/ChartFrame'
import type { ThemeColors } from '../charts/theme'
import type { MetricRows } from '../charts/thread-metrics-data'
import { ThreadMetricsChart } from '../charts/ThreadMetricsChart'
import { metricsTitle, type MetricsView } from '../charts/metrics-view'
import { MetricsTable } from './MetricsTable'

export interface MetricsTabProps {
  result: SimResult
  /** The bars for the shown view. */
  metrics: MetricRows
  view: MetricsView
  onView(view: MetricsView): void
  theme: ThemeColors
  selected: number
  onSelect(task: number): void
}

function noteOf(t: Translate, m: MetricRows): string {
  const counts = { shown: m.rows.length, total: m.total }
  // The averages' note names its counts already; the others say so only when bars are left out.
  const cut = m.rows.length < m.total ? ` ${t('metrics.firstBars', counts)}` : ''
  switch (m.per) {
    case 'thread':
      return t('metrics.noteThreads')
    case 'processAverage':
      return t('metrics.noteProcesses', counts)
    case 'process':
      return t('metrics.noteProcessRows') + cut
    case 'coroutine':
      return t('metrics.noteCoroutines') + cut
  }
}

export function MetricsTab(p: MetricsTabProps) {
  const t = useTranslate()
  const lang = useLanguage()
  return (
    <>
      <ChartFrame title={t(metricsTitle(p.metrics))} note={noteOf(t, p.metrics)}>
        <ThreadMetricsChart
          data={p.metrics}
          timeUnit={p.result.timeUnit}
          theme={p.theme}
          lang={lang}
        />
      </ChartFrame>
      <MetricsTable
        result={p.result}
        view={p.view}
        onView={p.onView}
        selected={p.selected}
        onSelect={p.onSelect}
      />
    </>
  )
}
