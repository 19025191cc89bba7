// The pictures each tab can export, and those that go into the report. Charts are re-rendered
// off screen at export size; the timeline is drawn from its lanes as vector SVG.
import type { Scenario, SimResult, UtilizationSeries } from '../../../../sim-core'
import { READY_QUEUE_LEGEND, type QueueSeries } from '../charts/ready-queue'
import { ReadyQueueChart } from '../charts/ReadyQueueChart'
import type { ThemeColors } from '../charts/theme'
import { METRICS_LEGEND, type MetricRows } from '../charts/thread-metrics-data'
import { ThreadMetricsChart } from '../charts/ThreadMetricsChart'
import { UtilizationChart } from '../charts/UtilizationChart'
import { utilizationLegend, type UtilMode } from '../charts/utilization-data'
import { barRows, doneVariants, utilizationOverlay, variantLegend } from '../compare/compare-data'
import { CompareMetricsChart } from '../compare/CompareMetricsChart'
import { CompareUtilizationChart } from '../compare/CompareUtilizationChart'
import type { CompareState } from '../compare/variants'
import { variantLabel } from '../compare/variants'
import { chartTarget, type ExportTarget } from '../export/target'
import { timelineSvg } from '../export/timeline-svg'
import type { LaneIndex } from '../timeline/lane-index'
import { defaultSnapshot, sceneFor, type TimelineSnapshot } from '../timeline/snapshot'
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
  metrics: MetricRows | null
  compare: CompareState | null
}

export const TITLES = {
  timeline: 'Timeline',
  utilization: 'Utilization over time',
  readyQueue: 'Run-queue length over time',
  metrics: 'Per-thread times',
  processMetrics: 'Per-process average times',
  compareMetrics: 'Compare: summary figures',
  compareUtilization: 'Compare: utilization'
} as const

/** "rr, quantum 3" — the policy as people say it. */
function schedulerLabel(s: Scenario['scheduler']): string {
  return variantLabel(s, 0, false).replace(' q=', ', quantum ')
}

export function subtitleOf(scenario: Scenario, result: SimResult | null): string {
  const cores = result?.cores.length ?? scenario.machine.cores
  return `${scenario.name} · ${schedulerLabel(scenario.scheduler)} · ${cores} core${cores === 1 ? '' : 's'}`
}

export function buildTargets(x: TargetInputs): {
  byTab: Record<TabId, ExportTarget[]>
  report: ExportTarget[]
} {
  const { scenario, result, theme, host } = x
  const subtitle = subtitleOf(scenario, result)
  const unit = result?.timeUnit ?? scenario.timeUnit
  const timeline: ExportTarget[] = x.index
    ? [
        {
          id: 'timeline',
          title: TITLES.timeline,
          picture: async () => {
            const index = x.index as LaneIndex
            const snap = x.snapshot.current ?? defaultSnapshot(index)
            return timelineSvg(
              sceneFor(index, { ...snap, cursor: null }, theme),
              TITLES.timeline,
              subtitle
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
        id: 'utilization',
        title: TITLES.utilization,
        subtitle,
        theme,
        host,
        legend: utilizationLegend(x.utilMode, result.cores.length),
        render: (size) => (
          <UtilizationChart
            series={util()}
            makespan={result.makespan}
            timeUnit={unit}
            mode={x.utilMode}
            theme={theme}
            size={size}
            legend={false}
            animate={false}
          />
        )
      })
    )
  }
  if (result && x.queue) {
    const queue = x.queue
    utilization.push(
      chartTarget({
        id: 'ready-queue',
        title: TITLES.readyQueue,
        subtitle,
        theme,
        host,
        legend: READY_QUEUE_LEGEND,
        render: (size) => (
          <ReadyQueueChart
            series={queue()}
            makespan={result.makespan}
            timeUnit={unit}
            theme={theme}
            size={size}
            legend={false}
            animate={false}
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
        id: 'thread-metrics',
        title: data.per === 'thread' ? TITLES.metrics : TITLES.processMetrics,
        subtitle,
        theme,
        host,
        legend: METRICS_LEGEND,
        render: (size) => (
          <ThreadMetricsChart
            data={data}
            timeUnit={unit}
            theme={theme}
            size={size}
            legend={false}
            animate={false}
          />
        )
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
        id: 'compare-metrics',
        fileLabel: 'compare',
        title: TITLES.compareMetrics,
        subtitle: compareSubtitle,
        theme,
        host,
        legend: variantLegend(cs.variants, false),
        render: (size) => (
          <CompareMetricsChart
            rows={barRows(cs.variants)}
            variants={variantLegend(cs.variants, false)}
            timeUnit={cs.timeUnit}
            theme={theme}
            size={size}
            legend={false}
            animate={false}
          />
        )
      }),
      chartTarget({
        id: 'compare-utilization',
        fileLabel: 'compare',
        title: TITLES.compareUtilization,
        subtitle: compareSubtitle,
        theme,
        host,
        legend: variantLegend(cs.variants, true),
        render: (size) => {
          const o = utilizationOverlay(cs.variants)
          return (
            <CompareUtilizationChart
              rows={o.rows}
              makespan={o.makespan}
              variants={variantLegend(cs.variants, true)}
              timeUnit={cs.timeUnit}
              theme={theme}
              size={size}
              legend={false}
              animate={false}
            />
          )
        }
      })
    )
  }
  return {
    byTab: { timeline, utilization, metrics, compare },
    report: [...timeline, ...utilization, ...metrics, ...compare]
  }
}
