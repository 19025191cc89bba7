// The Metrics tab: per-thread (or per-process) times as bars, then the sortable table.
import type { SimResult } from '../../../../sim-core'
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
  return (
    <>
      <ChartFrame
        title={metrics.per === 'thread' ? TITLES.metrics : TITLES.processMetrics}
        note={
          metrics.per === 'thread'
            ? 'Turnaround = finish − arrival; waiting = time ready but not running; response = first run − arrival.'
            : `Averages over each process's threads (${metrics.rows.length} of ${metrics.total} processes shown).`
        }
      >
        <ThreadMetricsChart data={metrics} timeUnit={result.timeUnit} theme={theme} />
      </ChartFrame>
      <MetricsTable result={result} selected={selected} onSelect={onSelect} />
    </>
  )
}
