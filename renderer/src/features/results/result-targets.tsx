// The pictures each tab can export, and those that go into the report. Charts are re-rendered
// off screen at export size; the timeline is drawn from its lanes as vector SVG.
import type { Scenario, SimResult, UtilizationSeries } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate, type MessageKey } from '../../i18n/translate'
import type { CpuShareSeries } from '../charts/cpu-share'
import { cpuShareLegend, CpuShareChart } from '../charts/CpuShareChart'
import { readyQueueLegend, type QueueSeries } from '../charts/ready-queue'
import { ReadyQueueChart } from '../charts/ReadyQueueChart'
import { runQueueLegend, type RunQueueSeries } from '../charts/run-queues'
import { RunQueueChart } from '../charts/RunQueueChart'
import type { ChartSize } from '../charts/chart-types'
import type { ThemeColors } from '../charts/theme'
import { metricsLegend, type MetricRows } from '../charts/thread-metrics-data'
import { ThreadMetricsChart } from '../charts/ThreadMetricsChart'
import { UtilizationChart } from '../charts/UtilizationChart'
import { utilizationLegend, type UtilMode } from '../charts/utilization-data'
import { barRows, doneVariants, utilizationOverlay, variantLegend } from '../compare/compare-data'
import { CompareMetricsChart } from '../compare/CompareMetricsChart'
import { concurrencyTargets } from './concurrency-targets'
import { requestTargets } from './request-targets'
import { CompareSweepChart } from '../compare/CompareSweepChart'
import { hasSweep, sweepLegend, sweepMetric, sweepSeries } from '../compare/sweep-data'
import { CompareUtilizationChart } from '../compare/CompareUtilizationChart'
import type { CompareState } from '../compare/variants'
import { chartTarget, stillChart, type ExportTarget } from '../export/target'
import { timelineSvg } from '../export/timeline-svg'
import type { LaneIndex } from '../timeline/lane-index'
import { defaultSnapshot, sceneFor, type TimelineSnapshot } from '../timeline/snapshot'
import { metricsTitle } from '../charts/metrics-view'
import type { TabId } from './tabs'

export interface TargetInputs {
  scenario: Scenario
  result: SimResult | null
  theme: ThemeColors
  host(): HTMLElement | null
  index: LaneIndex | null
  snapshot: { current: TimelineSnapshot | null }
  util: (() => UtilizationSeries) | null
  utilMode: UtilMode
  queue: (() => QueueSeries) | null
  runQueues?: (() => RunQueueSeries) | null
  cpuShare?: (() => CpuShareSeries) | null
  /** The Metrics tab's bars: threads, processes or coroutines, as its table shows. */
  metrics: MetricRows | null
  compare: CompareState | null
  lang: Language
}

/** Chart titles, shared by the tabs, the Export menu and the exported files. */
export const TITLES = {
  timeline: 'chart.timeline',
  utilization: 'chart.utilization',
  readyQueue: 'chart.readyQueue',
  runQueues: 'chart.runQueues',
  runQueue: 'chart.runQueue',
  cpuShare: 'chart.cpuShare',
  latencyHistogram: 'chart.latencyHistogram',
  latencyOverTime: 'chart.latencyOverTime',
  compareMetrics: 'chart.compareMetrics',
  compareUtilization: 'chart.compareUtilization',
  compareSweep: 'chart.compareSweep'
} as const satisfies Record<string, MessageKey>

/** The run-queue chart's title: per core, or the one shared queue. */
export function runQueuesTitle(queues: number): MessageKey {
  return queues > 1 ? TITLES.runQueues : TITLES.runQueue
}

/** "rr, quantum 3" — the policy as people say it. */
function schedulerLabel(s: Scenario['scheduler'], lang: Language): string {
  return 'quantum' in s && s.quantum !== undefined
    ? translate(lang, 'chart.schedulerQuantum', { policy: s.policy, quantum: s.quantum })
    : s.policy
}

export function subtitleOf(scenario: Scenario, result: SimResult | null, lang: Language): string {
  const cores = result?.cores.length ?? scenario.machine.cores
  return translate(lang, 'chart.subtitle', {
    name: scenario.name,
    scheduler: schedulerLabel(scenario.scheduler, lang),
    cores: translate(lang, 'chart.cores', { count: cores })
  })
}

export function buildTargets(x: TargetInputs): {
  byTab: Record<TabId, ExportTarget[]>
  report: ExportTarget[]
} {
  const { scenario, result, theme, host, lang } = x
  const title = (key: MessageKey): string => translate(lang, key)
  const subtitle = subtitleOf(scenario, result, lang)
  const unit = result?.timeUnit ?? scenario.timeUnit
  const common = { subtitle, theme, host }
  const still = (size: ChartSize) => stillChart(theme, lang, size)
  const timeline: ExportTarget[] = x.index
    ? [
        {
          id: 'timeline',
          title: title(TITLES.timeline),
          picture: async () => {
            const index = x.index as LaneIndex
            const snap = x.snapshot.current ?? defaultSnapshot(index)
            return timelineSvg(
              sceneFor(index, { ...snap, cursor: null }, theme, lang),
              title(TITLES.timeline),
              subtitle,
              lang
            )
          }
        }
      ]
    : []
  const utilization: ExportTarget[] = []
  if (result && x.util) {
    const util = x.util
    utilization.push(
      chartTarget({
        ...common,
        id: 'utilization',
        title: title(TITLES.utilization),
        legend: utilizationLegend(x.utilMode, result.cores.length, lang),
        render: (size) => (
          <UtilizationChart
            series={util()}
            makespan={result.makespan}
            timeUnit={unit}
            mode={x.utilMode}
            {...still(size)}
          />
        )
      })
    )
  }
  if (result && x.runQueues) {
    const runQueues = x.runQueues
    const queues = Math.max(1, result.trace.runQueues ?? 1)
    utilization.push(
      chartTarget({
        ...common,
        id: 'run-queues',
        title: title(runQueuesTitle(queues)),
        legend: runQueueLegend(queues, lang),
        render: (size) => (
          <RunQueueChart
            series={runQueues()}
            makespan={result.makespan}
            timeUnit={unit}
            {...still(size)}
          />
        )
      })
    )
  }
  if (result && x.cpuShare) {
    const cpuShare = x.cpuShare
    const names = result.threads.map((r) => r.id)
    utilization.push(
      chartTarget({
        ...common,
        id: 'cpu-share',
        title: title(TITLES.cpuShare),
        legend: cpuShareLegend(cpuShare().threads, names, lang),
        render: (size) => (
          <CpuShareChart
            series={cpuShare()}
            names={names}
            makespan={result.makespan}
            timeUnit={unit}
            {...still(size)}
          />
        )
      })
    )
  }
  if (result) utilization.push(...concurrencyTargets({ ...common, result, lang }))
  if (result && x.queue) {
    const queue = x.queue
    utilization.push(
      chartTarget({
        ...common,
        id: 'ready-queue',
        title: title(TITLES.readyQueue),
        legend: readyQueueLegend(lang),
        render: (size) => (
          <ReadyQueueChart
            series={queue()}
            makespan={result.makespan}
            timeUnit={unit}
            {...still(size)}
          />
        )
      })
    )
  }
  const metrics: ExportTarget[] = []
  if (result && x.metrics) {
    const data = x.metrics
    metrics.push(
      chartTarget({
        ...common,
        // Averages stand in for too many threads, so their file keeps the thread chart's name.
        id: `${data.per === 'processAverage' ? 'thread' : data.per}-metrics`,
        title: title(metricsTitle(data)),
        legend: metricsLegend(lang, data.keys),
        render: (size) => <ThreadMetricsChart data={data} timeUnit={unit} {...still(size)} />
      })
    )
  }
  const compare: ExportTarget[] = []
  const cs = x.compare
  if (cs && doneVariants(cs.variants).length > 0) {
    const compareSubtitle = `${scenario.name} · ${doneVariants(cs.variants)
      .map((v) => v.label)
      .join(', ')}`
    compare.push(
      chartTarget({
        ...common,
        id: 'compare-metrics',
        fileLabel: 'compare',
        title: title(TITLES.compareMetrics),
        subtitle: compareSubtitle,
        legend: variantLegend(cs.variants, false),
        render: (size) => (
          <CompareMetricsChart
            rows={barRows(cs.variants, lang)}
            variants={variantLegend(cs.variants, false)}
            timeUnit={cs.timeUnit}
            {...still(size)}
          />
        )
      }),
      chartTarget({
        ...common,
        id: 'compare-utilization',
        fileLabel: 'compare',
        title: title(TITLES.compareUtilization),
        subtitle: compareSubtitle,
        legend: variantLegend(cs.variants, true),
        render: (size) => {
          const o = utilizationOverlay(cs.variants)
          return (
            <CompareUtilizationChart
              rows={o.rows}
              makespan={o.makespan}
              variants={variantLegend(cs.variants, true)}
              timeUnit={cs.timeUnit}
              {...still(size)}
            />
          )
        }
      })
    )
    if (hasSweep(cs.variants)) {
      const metric = sweepMetric(cs.sweepMetric)
      const series = sweepSeries(cs.variants, metric)
      compare.push(
        chartTarget({
          ...common,
          id: 'compare-sweep',
          fileLabel: 'compare-sweep',
          title: title(TITLES.compareSweep),
          subtitle: `${scenario.name} · ${translate(lang, metric.label)}`,
          legend: sweepLegend(series.policies),
          render: (size) => (
            <CompareSweepChart
              series={series}
              metric={metric}
              policies={sweepLegend(series.policies)}
              timeUnit={cs.timeUnit}
              {...still(size)}
            />
          )
        })
      )
    }
  }
  const requests = result ? requestTargets({ ...common, result, lang }) : []
  return {
    byTab: { timeline, requests, utilization, metrics, compare },
    report: [...timeline, ...requests, ...utilization, ...metrics, ...compare]
  }
}
