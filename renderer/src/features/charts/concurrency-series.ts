// The series of the channel-occupancy and thread-count charts, and their line names: shared by
// the Utilization tab and the exported pictures, so both draw the same lines.
import type { SimResult } from '../../../../sim-core'
import type { Translate } from '../../i18n/translate'
import type { LegendEntry } from './chart-types'
import { seriesColor, seriesDash } from '../../../../present/palette'
import { resultChannels } from './result-rows'
import { stepSeries, type StepSeries } from './step-series'
import { channelSamples, threadCountSamples } from './trace-columns'

export interface ConcurrencySeries {
  occupancy: StepSeries
  threads: StepSeries
  channelName(k: number): string
  runtimeName(k: number): string
}

export function concurrencySeries(result: SimResult, t: Translate): ConcurrencySeries {
  const ch = channelSamples(result.trace)
  const tc = threadCountSamples(result.trace)
  const channels = resultChannels(result)
  return {
    occupancy: stepSeries(
      { n: ch.n, time: ch.time, key: ch.channel, value: ch.occupancy },
      result.makespan
    ),
    threads: stepSeries(
      { n: tc.n, time: tc.time, key: tc.thread, value: tc.count },
      result.makespan
    ),
    channelName: (k) =>
      t('legend.channel', {
        name: channels[k]?.name ?? `#${k}`,
        capacity: channels[k]?.capacity ?? '?'
      }),
    runtimeName: (k) => t('legend.runtimeThreads', { name: result.threads[k]?.id ?? `#${k}` })
  }
}

/** The legend of a step chart, as its lines are drawn (StepChart's colours and dashes). */
export function stepLegend(series: StepSeries, name: (k: number) => string): LegendEntry[] {
  return series.keys.map((k, i) => ({
    name: name(k),
    color: seriesColor(i),
    dash: seriesDash(i) || undefined,
    shape: 'line'
  }))
}
