// A cluster run's latency charts as export targets (Export menu on the Requests tab, report).
import type { SimResult } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import { latencyHistogram, latencyOverTime, serviceNames } from '../charts/latency-data'
import { histogramLegend, overTimeLegend } from '../charts/latency-legend'
import { LatencyHistogramChart } from '../charts/LatencyHistogramChart'
import { LatencyOverTimeChart } from '../charts/LatencyOverTimeChart'
import type { ThemeColors } from '../charts/theme'
import { chartTarget, stillChart, type ExportTarget } from '../export/target'

interface Options {
  result: SimResult
  subtitle: string
  theme: ThemeColors
  host(): HTMLElement | null
  lang: Language
}

/** The two latency charts; none for a single-machine run. */
export function requestTargets(o: Options): ExportTarget[] {
  const cluster = o.result.cluster
  if (!cluster) return []
  const records = cluster.requests
  const stats = cluster.result.requests.latency
  const services = serviceNames(records)
  const common = { subtitle: o.subtitle, theme: o.theme, host: o.host }
  return [
    chartTarget({
      ...common,
      id: 'latency-histogram',
      title: translate(o.lang, 'chart.latencyHistogram'),
      legend: histogramLegend(stats, o.lang),
      render: (size) => (
        <LatencyHistogramChart
          bins={latencyHistogram(records)}
          stats={stats}
          timeUnit={o.result.timeUnit}
          {...stillChart(o.theme, o.lang, size)}
        />
      )
    }),
    chartTarget({
      ...common,
      id: 'latency-over-time',
      title: translate(o.lang, 'chart.latencyOverTime'),
      legend: overTimeLegend(services),
      render: (size) => (
        <LatencyOverTimeChart
          points={latencyOverTime(records)}
          services={services}
          makespan={o.result.makespan}
          timeUnit={o.result.timeUnit}
          {...stillChart(o.theme, o.lang, size)}
        />
      )
    })
  ]
}
