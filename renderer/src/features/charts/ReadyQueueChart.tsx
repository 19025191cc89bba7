// Run-queue length over time (time-averaged per bucket) with the blocked count beside it: the
// picture of contention that average waiting time only summarises.
import type { ChartBaseProps } from './chart-types'
import { readyQueueLegend, type QueueSeries } from './ready-queue'
import { StepLinesChart } from './StepLinesChart'

export interface ReadyQueueChartProps extends ChartBaseProps {
  series: QueueSeries
  makespan: number
  timeUnit: string
}

/** The row field of each of readyQueueLegend's lines, in its order. */
const FIELDS = ['ready', 'peak', 'blocked']

export function ReadyQueueChart(props: ReadyQueueChartProps) {
  const { series, ...rest } = props
  const rows = series.times.map((t, b) => ({
    t,
    ready: Math.round(series.readyAvg[b] * 100) / 100,
    peak: series.readyMax[b],
    blocked: Math.round(series.blockedAvg[b] * 100) / 100
  }))
  if (rows.length > 0 && rest.makespan > rows[rows.length - 1].t)
    rows.push({ ...rows[rows.length - 1], t: rest.makespan })
  return (
    <StepLinesChart
      {...rest}
      rows={rows}
      lines={readyQueueLegend(rest.lang ?? 'en').map((e, i) => ({
        field: FIELDS[i],
        name: e.name,
        color: e.color,
        dash: e.dash,
        width: i === 0 ? 2.5 : 1.5
      }))}
      values={[...series.readyMax, ...series.blockedAvg]}
      yLabel="axis.threads"
    />
  )
}
