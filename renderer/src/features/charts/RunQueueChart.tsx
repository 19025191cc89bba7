// Run-queue length over time, one line per run queue: with per-core queues it shows where work
// piles up and how balancing and stealing even it out; with one shared queue, a single line.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { translate } from '../../i18n/translate'
import { axisLabel, axisStyle, chartSizing, valueAxis, type ChartBaseProps } from './chart-types'
import { unitLabel } from './format'
import { timeAxisProps, timeTooltipProps } from './time-axis'
import { runQueueLegend, runQueueRows, type RunQueueSeries } from './run-queues'

export interface RunQueueChartProps extends ChartBaseProps {
  series: RunQueueSeries
  makespan: number
  timeUnit: string
}

export function RunQueueChart(props: RunQueueChartProps) {
  const { series, makespan, timeUnit, theme, size } = props
  const animate = props.animate ?? true
  const lang = props.lang ?? 'en'
  const unit = unitLabel(timeUnit, lang)
  const rows = runQueueRows(series, makespan)
  const legend = runQueueLegend(series.avg.length, lang)
  const ax = axisStyle(theme)
  // Scaled to the averages drawn, not to the instantaneous peak, so a brief spike does not
  // flatten every line.
  const y = valueAxis(series.avg.flat(), true)
  return (
    <LineChart
      {...chartSizing(size)}
      data={rows}
      margin={{ top: 10, right: 24, bottom: 24, left: 16 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" />
      <XAxis {...timeAxisProps(makespan, theme, lang, unit)} />
      <YAxis
        {...ax}
        allowDecimals={false}
        domain={y.domain}
        ticks={y.ticks}
        label={axisLabel(translate(lang, 'axis.threads'), theme, 'y')}
        width={64}
      />
      <Tooltip {...timeTooltipProps(theme, lang, unit)} />
      {props.legend !== false && (
        // Past six queues (a cluster has one per node) the legend wraps: room for each row.
        <Legend
          verticalAlign="top"
          height={28 * Math.ceil(legend.length / 6)}
          itemSorter={null}
          iconType="plainline"
        />
      )}
      {legend.map((e, q) => (
        <Line
          key={e.name}
          type="stepAfter"
          dataKey={`q${q}`}
          name={e.name}
          stroke={e.color}
          strokeDasharray={e.dash}
          strokeWidth={legend.length === 1 ? 2.5 : 1.75}
          dot={false}
          isAnimationActive={animate}
        />
      ))}
    </LineChart>
  )
}
