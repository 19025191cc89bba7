// The Utilization tab's charts for channels and hand-off: how full each channel was over time,
// and how many threads each hand-off runtime had. Each appears only when the run has such data.
import type { SimResult } from '../../../../sim-core'
import { useLanguage, useTranslate } from '../../i18n/context'
import { ChartFrame } from '../charts/ChartFrame'
import type { ThemeColors } from '../charts/theme'
import { resultChannels } from './result-rows'
import { StepChart } from './StepChart'
import { stepSeries } from './step-series'
import { channelSamples, threadCountSamples } from './trace-columns'

export function ConcurrencyCharts({ result, theme }: { result: SimResult; theme: ThemeColors }) {
  const t = useTranslate()
  const lang = useLanguage()
  const trace = result.trace
  if (!trace) return null
  const ch = channelSamples(trace)
  const tc = threadCountSamples(trace)
  const channels = resultChannels(result)
  const occupancy = stepSeries(
    { n: ch.n, time: ch.time, key: ch.channel, value: ch.occupancy },
    result.makespan
  )
  const threads = stepSeries(
    { n: tc.n, time: tc.time, key: tc.thread, value: tc.count },
    result.makespan
  )
  return (
    <>
      {occupancy.keys.length > 0 && (
        <div data-testid="channel-occupancy-chart" data-series={occupancy.keys.length}>
          <ChartFrame
            title={t('chart.channelOccupancy')}
            note={t(occupancy.bucket ? 'channels.noteBuckets' : 'channels.note', {
              bucket: occupancy.bucket
            })}
            height={280}
          >
            <StepChart
              series={occupancy}
              names={(k) =>
                t('legend.channel', {
                  name: channels[k]?.name ?? `#${k}`,
                  capacity: channels[k]?.capacity ?? '?'
                })
              }
              yLabel="axis.items"
              makespan={result.makespan}
              timeUnit={result.timeUnit}
              theme={theme}
              lang={lang}
            />
          </ChartFrame>
        </div>
      )}
      {threads.keys.length > 0 && (
        <div data-testid="thread-count-chart" data-series={threads.keys.length}>
          <ChartFrame title={t('chart.threadCount')} note={t('threadCount.note')} height={280}>
            <StepChart
              series={threads}
              names={(k) => t('legend.runtimeThreads', { name: result.threads[k]?.id ?? `#${k}` })}
              yLabel="axis.threads"
              makespan={result.makespan}
              timeUnit={result.timeUnit}
              theme={theme}
              lang={lang}
            />
          </ChartFrame>
        </div>
      )}
    </>
  )
}
