// Which rows the Metrics tab shows (threads, processes, cores, coroutines, locks, channels or jobs), and the bars
// drawn above them. The choice lives in the results pane, not the table, because the chart and
// the chart's export follow it: a chart of threads above a table of coroutines read as one
// figure and did not match.
import type { SimResult } from '../../../../sim-core'
import type { MessageKey } from '../../i18n/translate'
import { resultChannels } from './result-rows'
import { coroutineMetricRows, processMetricRows, type MetricRows } from './thread-metrics-data'

export type MetricsView =
  'threads' | 'processes' | 'cores' | 'coroutines' | 'locks' | 'channels' | 'jobs'

/** The views this result has rows for: no Locks choice without locks, and so on. */
export function metricsViews(result: SimResult): MetricsView[] {
  // Cores always: busy, warm and migrations per core are the per-core-queue and cache lesson.
  const views: MetricsView[] = ['threads', 'processes', 'cores']
  if (result.coroutines.length > 0) views.push('coroutines')
  if (result.locks.length > 0) views.push('locks')
  if (resultChannels(result).length > 0) views.push('channels')
  if (result.jobs.length > 0) views.push('jobs')
  return views
}

/** The chosen view, or threads when a new result has no rows for it. */
export function shownView(result: SimResult, view: MetricsView): MetricsView {
  return metricsViews(result).includes(view) ? view : 'threads'
}

/**
 * The bars for a view. Cores, locks and jobs keep the thread bars: a lock has no turnaround, and every
 * job belongs to a thread whose row its click selects.
 */
export function viewMetrics(result: SimResult, view: MetricsView, threads: MetricRows): MetricRows {
  const shown = shownView(result, view)
  if (shown === 'processes') return processMetricRows(result)
  if (shown === 'coroutines') return coroutineMetricRows(result)
  return threads
}

const TITLE: Record<MetricRows['per'], MessageKey> = {
  thread: 'chart.metrics',
  process: 'chart.processTimes',
  processAverage: 'chart.processMetrics',
  coroutine: 'chart.coroutineMetrics'
}

/** The chart's title, in the tab and in exported files alike. */
export const metricsTitle = (m: MetricRows): MessageKey => TITLE[m.per]
