// Run-queue length over time, one line per run queue: with per-core queues it shows where work
// piles up and how balancing and stealing even it out; with one shared queue, a single line.
import type { ChartBaseProps } from './chart-types'
import { runQueueLegend, runQueueRows, type RunQueueSeries } from './run-queues'
import { StepLinesChart } from './StepLinesChart'

export interface RunQueueChartProps extends ChartBaseProps {
  series: RunQueueSeries
  makespan: number
  timeUnit: string
}

export function RunQueueChart(props: RunQueueChartProps) {
  const { series, ...rest } = props
  const legend = runQueueLegend(series.avg.length, rest.lang ?? 'en')
  return (
    <StepLinesChart
      {...rest}
      rows={runQueueRows(series, rest.makespan)}
      lines={legend.map((e, q) => ({
        field: `q${q}`,
        name: e.name,
        color: e.color,
        dash: e.dash,
        width: legend.length === 1 ? 2.5 : 1.75
      }))}
      // Scaled to the averages drawn, not to the instantaneous peak, so a brief spike does not
      // flatten every line.
      values={series.avg.flat()}
      yLabel="axis.threads"
      // Past six queues (a cluster has one per node) the legend wraps: room for each row.
      legendHeight={28 * Math.ceil(legend.length / 6)}
    />
  )
}
