// Run-queue length over time (time-averaged per bucket) with the blocked count beside it: the
// picture of contention that average waiting time only summarises.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import {
  axisLabel,
  axisStyle,
  chartSizing,
  ROUND_DOMAIN,
  tooltipStyle,
  type ChartBaseProps
} from './chart-types'
import { formatNumber, unitLabel } from './format'
import { READY_QUEUE_LEGEND, type QueueSeries } from './ready-queue'

export interface ReadyQueueChartProps extends ChartBaseProps {
  series: QueueSeries
  makespan: number
  timeUnit: string
}

export function ReadyQueueChart(props: ReadyQueueChartProps) {
  const { series, makespan, timeUnit, theme, size } = props
  const animate = props.animate ?? true
  const rows = series.times.map((t, b) => ({
    t,
    ready: Math.round(series.readyAvg[b] * 100) / 100,
    peak: series.readyMax[b],
    blocked: Math.round(series.blockedAvg[b] * 100) / 100
  }))
  if (rows.length > 0 && makespan > rows[rows.length - 1].t)
    rows.push({ ...rows[rows.length - 1], t: makespan })
  const ax = axisStyle(theme)
  return (
    <LineChart
      {...chartSizing(size)}
      data={rows}
      margin={{ top: 10, right: 24, bottom: 24, left: 16 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="t"
        type="number"
        domain={[0, Math.max(1, makespan)]}
        allowDecimals={false}
        {...ax}
        label={axisLabel(`time (${unitLabel(timeUnit)})`, theme, 'x')}
        height={44}
      />
      <YAxis
        {...ax}
        allowDecimals={false}
        domain={ROUND_DOMAIN}
        label={axisLabel('threads', theme, 'y')}
        width={64}
      />
      <Tooltip
        {...tooltipStyle(theme)}
        labelFormatter={(t) => `t = ${formatNumber(Number(t))} ${unitLabel(timeUnit)}`}
        formatter={(v) => formatNumber(Number(v))}
      />
      {props.legend !== false && (
        <Legend verticalAlign="top" height={28} itemSorter={null} iconType="plainline" />
      )}
      {READY_QUEUE_LEGEND.map((e, i) => (
        <Line
          key={e.name}
          type="stepAfter"
          dataKey={['ready', 'peak', 'blocked'][i]}
          name={e.name}
          stroke={e.color}
          strokeDasharray={e.dash}
          strokeWidth={i === 0 ? 2.5 : 1.5}
          dot={false}
          isAnimationActive={animate}
        />
      ))}
    </LineChart>
  )
}
