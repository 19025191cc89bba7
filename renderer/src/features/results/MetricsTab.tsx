// The Metrics tab: per-thread (or per-process) times as bars, then the sortable table.
import type { SimResult } from '../../../../sim-core'
import { useLanguage, useTranslate } from '../../i18n/context'
import { ChartFrame } from '../charts/ChartFrame'
import type { ThemeColors } from '../charts/theme'
import type { MetricRows } from '../charts/thread-metrics-data'
import { ThreadMetricsChart } from '../charts/ThreadMetricsChart'
import { MetricsTable } from './MetricsTable'
import { TITLES } from './result-targets'

export interface MetricsTabProps {
  result: SimResult
  metrics: MetricRows
  theme: ThemeColors
  selected: number
  onSelect(task: number): void
}

export function MetricsTab({ result, metrics, theme, selected, onSelect }: MetricsTabProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const perThread = metrics.per === 'thread'
  return (
    <>
      <ChartFrame
        title={t(perThread ? TITLES.metrics : TITLES.processMetrics)}
        note={
          perThread
            ? t('metrics.noteThreads')
            : t('metrics.noteProcesses', { shown: metrics.rows.length, total: metrics.total })
        }
      >
        <ThreadMetricsChart data={metrics} timeUnit={result.timeUnit} theme={theme} lang={lang} />
      </ChartFrame>
      <MetricsTable result={result} selected={selected} onSelect={onSelect} />
    </>
  )
}
