// Run-queue length over time (time-averaged per bucket) with the blocked count beside it: the
// picture of contention that average waiting time only summarises.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { axisLabel, axisStyle, chartSizing, valueAxis, type ChartBaseProps } from './chart-types'
import { translate } from '../../i18n/translate'
import { unitLabel } from './format'
import { timeAxisProps, timeTooltipProps } from './time-axis'
import { readyQueueLegend, type QueueSeries } from './ready-queue'

export interface ReadyQueueChartProps extends ChartBaseProps {
  series: QueueSeries
  makespan: number
  timeUnit: string
}

export function ReadyQueueChart(props: ReadyQueueChartProps) {
  const { series, makespan, timeUnit, theme, size } = props
  const animate = props.animate ?? true
  const lang = props.lang ?? 'en'
  const unit = unitLabel(timeUnit, lang)
  const rows = series.times.map((t, b) => ({
    t,
    ready: Math.round(series.readyAvg[b] * 100) / 100,
    peak: series.readyMax[b],
    blocked: Math.round(series.blockedAvg[b] * 100) / 100
  }))
  if (rows.length > 0 && makespan > rows[rows.length - 1].t)
    rows.push({ ...rows[rows.length - 1], t: makespan })
  const ax = axisStyle(theme)
  const y = valueAxis([...series.readyMax, ...series.blockedAvg], true)
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
        <Legend verticalAlign="top" height={28} itemSorter={null} iconType="plainline" />
      )}
      {readyQueueLegend(lang).map((e, i) => (
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
