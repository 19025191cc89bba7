// The Utilization tab's charts for channels and hand-off: how full each channel was over time,
// and how many threads each hand-off runtime had. Each appears only when the run has such data.
import type { SimResult } from '../../../../sim-core'
import { useLanguage, useTranslate } from '../../i18n/context'
import { ChartFrame } from './ChartFrame'
import type { ThemeColors } from './theme'
import { concurrencySeries } from './concurrency-series'
import { StepChart } from './StepChart'

export function ConcurrencyCharts({ result, theme }: { result: SimResult; theme: ThemeColors }) {
  const t = useTranslate()
  const lang = useLanguage()
  const s = concurrencySeries(result, t)
  return (
    <>
      {s.occupancy.keys.length > 0 && (
        <div data-testid="channel-occupancy-chart" data-series={s.occupancy.keys.length}>
          <ChartFrame
            title={t('chart.channelOccupancy')}
            note={t(s.occupancy.bucket ? 'channels.noteBuckets' : 'channels.note', {
              bucket: s.occupancy.bucket
            })}
            height={280}
          >
            <StepChart
              series={s.occupancy}
              names={s.channelName}
              yLabel="axis.items"
              makespan={result.makespan}
              timeUnit={result.timeUnit}
              theme={theme}
              lang={lang}
            />
          </ChartFrame>
        </div>
      )}
      {s.threads.keys.length > 0 && (
        <div data-testid="thread-count-chart" data-series={s.threads.keys.length}>
          <ChartFrame title={t('chart.threadCount')} note={t('threadCount.note')} height={280}>
            <StepChart
              series={s.threads}
              names={s.runtimeName}
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
