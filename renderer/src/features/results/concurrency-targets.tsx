// The channel-occupancy and thread-count charts as export targets (Export menu, report), when
// the run has them.
import type { SimResult } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translator } from '../../i18n/translate'
import type { ThemeColors } from '../charts/theme'
import { chartTarget, stillChart, type ExportTarget } from '../export/target'
import { concurrencySeries, stepLegend } from '../charts/concurrency-series'
import { StepChart } from '../charts/StepChart'
import type { StepSeries } from '../charts/step-series'

interface Options {
  result: SimResult
  subtitle: string
  theme: ThemeColors
  host(): HTMLElement | null
  lang: Language
}

export function concurrencyTargets(o: Options): ExportTarget[] {
  const t = translator(o.lang)
  const s = concurrencySeries(o.result, t)
  const target = (
    id: string,
    title: string,
    series: StepSeries,
    names: (k: number) => string,
    yLabel: 'axis.items' | 'axis.threads'
  ): ExportTarget =>
    chartTarget({
      id,
      title,
      subtitle: o.subtitle,
      theme: o.theme,
      host: o.host,
      legend: stepLegend(series, names),
      render: (size) => (
        <StepChart
          series={series}
          names={names}
          yLabel={yLabel}
          makespan={o.result.makespan}
          timeUnit={o.result.timeUnit}
          {...stillChart(o.theme, o.lang, size)}
        />
      )
    })
  const out: ExportTarget[] = []
  if (s.occupancy.keys.length > 0)
    out.push(
      target(
        'channel-occupancy',
        t('chart.channelOccupancy'),
        s.occupancy,
        s.channelName,
        'axis.items'
      )
    )
  if (s.threads.keys.length > 0)
    out.push(
      target('thread-count', t('chart.threadCount'), s.threads, s.runtimeName, 'axis.threads')
    )
  return out
}
