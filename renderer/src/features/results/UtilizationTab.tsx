// The Utilization tab: utilization over time (stacked or per core, adjustable buckets), each run
// queue's length over time (one line per core with per-core queues), and the ready and blocked
// counts over time.
import type { SimResult, UtilizationSeries } from '../../../../sim-core'
import { useLanguage, useTranslate } from '../../i18n/context'
import { ChartFrame } from '../charts/ChartFrame'
import { ConcurrencyCharts } from '../charts/ConcurrencyCharts'
import type { CpuShareSeries } from '../charts/cpu-share'
import { CpuShareChart } from '../charts/CpuShareChart'
import { unitLabel } from '../charts/format'
import type { QueueSeries } from '../charts/ready-queue'
import { ReadyQueueChart } from '../charts/ReadyQueueChart'
import { RunQueueChart } from '../charts/RunQueueChart'
import type { RunQueueSeries } from '../charts/run-queues'
import type { ThemeColors } from '../charts/theme'
import { UtilizationChart } from '../charts/UtilizationChart'
import type { UtilMode } from '../charts/utilization-data'
import { runQueuesTitle, TITLES } from './result-targets'

export const BUCKET_CHOICES = [20, 50, 100, 200, 500]

export interface UtilizationTabProps {
  result: SimResult
  util: UtilizationSeries
  queue: QueueSeries
  runQueues: RunQueueSeries
  /** The CPU-share chart's data; without it the chart is left out. */
  cpuShare?: CpuShareSeries
  theme: ThemeColors
  mode: UtilMode
  onMode(m: UtilMode): void
  buckets: number
  onBuckets(n: number): void
}

export function UtilizationTab(p: UtilizationTabProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const unit = p.result.timeUnit
  return (
    <>
      <ChartFrame
        title={t(TITLES.utilization)}
        note={t('util.note', { bucket: p.util.bucket, unit: unitLabel(unit, lang) })}
        controls={
          <>
            <label>
              {t('util.show')}{' '}
              <select value={p.mode} onChange={(e) => p.onMode(e.target.value as UtilMode)}>
                <option value="total">{t('util.total')}</option>
                <option value="cores">{t('util.cores')}</option>
              </select>
            </label>
            <label>
              {t('util.buckets')}{' '}
              <select value={p.buckets} onChange={(e) => p.onBuckets(Number(e.target.value))}>
                {BUCKET_CHOICES.map((b) => (
                  <option key={b} value={b}>
                    {b}
                  </option>
                ))}
              </select>
            </label>
          </>
        }
      >
        <UtilizationChart
          series={p.util}
          makespan={p.result.makespan}
          timeUnit={unit}
          mode={p.mode}
          theme={p.theme}
          lang={lang}
        />
      </ChartFrame>
      <div data-testid="run-queue-chart" data-series={p.runQueues.avg.length}>
        <ChartFrame
          title={t(runQueuesTitle(p.runQueues.avg.length))}
          note={t(p.runQueues.avg.length > 1 ? 'rq.note' : 'rq.noteGlobal')}
          height={280}
        >
          <RunQueueChart
            series={p.runQueues}
            makespan={p.result.makespan}
            timeUnit={unit}
            theme={p.theme}
            lang={lang}
          />
        </ChartFrame>
      </div>
      {p.cpuShare && <CpuShareFrame result={p.result} series={p.cpuShare} theme={p.theme} />}
      <ConcurrencyCharts result={p.result} theme={p.theme} />
      <ChartFrame title={t(TITLES.readyQueue)} note={t('queue.note')} height={280}>
        <ReadyQueueChart
          series={p.queue}
          makespan={p.result.makespan}
          timeUnit={unit}
          theme={p.theme}
          lang={lang}
        />
      </ChartFrame>
    </>
  )
}

/** The busiest threads' CPU share against their fair share (docs/visualization.md). */
function CpuShareFrame(p: { result: SimResult; series: CpuShareSeries; theme: ThemeColors }) {
  const t = useTranslate()
  const lang = useLanguage()
  const threads = p.series.threads
  return (
    <div
      data-testid="cpu-share-chart"
      data-threads={threads.length}
      data-weights={threads.map((k) => p.series.weight[k]).join(' ')}
    >
      <ChartFrame title={t(TITLES.cpuShare)} note={t('share.note')} height={300}>
        <CpuShareChart
          series={p.series}
          names={p.result.threads.map((r) => r.id)}
          makespan={p.result.makespan}
          timeUnit={p.result.timeUnit}
          theme={p.theme}
          lang={lang}
        />
      </ChartFrame>
    </div>
  )
}
