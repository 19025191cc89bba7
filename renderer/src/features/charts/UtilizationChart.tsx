// Utilization over time: busy / overhead / idle stacked for the whole machine, or one busy
// line per core. Buckets are intervals, so curves are steps, not interpolations.
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'
import type { UtilizationSeries } from '../../../../sim-core'
import { axisLabel, axisStyle, chartSizing, tooltipStyle, type ChartBaseProps } from './chart-types'
import { formatNumber, unitLabel } from './format'
import { seriesColor, seriesDash, SERIES } from './palette'
import { utilizationRows, type UtilMode } from './utilization-data'

export interface UtilizationChartProps extends ChartBaseProps {
  series: UtilizationSeries
  makespan: number
  timeUnit: string
  mode: UtilMode
}

const MARGIN = { top: 10, right: 24, bottom: 24, left: 16 }

export function UtilizationChart(props: UtilizationChartProps) {
  const { series, makespan, timeUnit, mode, theme, size } = props
  const rows = utilizationRows(series, mode, makespan)
  const animate = props.animate ?? true
  const ax = axisStyle(theme)
  const tip = tooltipStyle(theme)
  const xAxis = (
    <XAxis
      dataKey="t"
      type="number"
      domain={[0, Math.max(1, makespan)]}
      allowDecimals={false}
      {...ax}
      label={axisLabel(`time (${unitLabel(timeUnit)})`, theme, 'x')}
      height={44}
    />
  )
  const yAxis = (
    <YAxis
      domain={[0, 100]}
      ticks={[0, 25, 50, 75, 100]}
      {...ax}
      label={axisLabel('utilization (%)', theme, 'y')}
      width={64}
    />
  )
  const grid = <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" />
  const tooltip = (
    <Tooltip
      {...tip}
      labelFormatter={(t) => `t = ${formatNumber(Number(t))} ${unitLabel(timeUnit)}`}
      formatter={(v) => `${formatNumber(Number(v), 1)} %`}
    />
  )
  const legend =
    props.legend !== false ? (
      <Legend
        verticalAlign="top"
        height={28}
        itemSorter={null}
        iconType={mode === 'total' ? 'square' : 'plainline'}
      />
    ) : null
  if (mode === 'total') {
    return (
      <AreaChart {...chartSizing(size)} data={rows} margin={MARGIN} accessibilityLayer>
        {grid}
        {xAxis}
        {yAxis}
        {tooltip}
        {legend}
        <Area
          type="stepAfter"
          dataKey="busy"
          name="Busy"
          stackId="u"
          stroke={SERIES.busy}
          fill={SERIES.busy}
          fillOpacity={0.85}
          isAnimationActive={animate}
        />
        <Area
          type="stepAfter"
          dataKey="overhead"
          name="Overhead (switch, migration)"
          stackId="u"
          stroke={SERIES.overhead}
          fill={SERIES.overhead}
          fillOpacity={0.85}
          isAnimationActive={animate}
        />
        <Area
          type="stepAfter"
          dataKey="idle"
          name="Idle"
          stackId="u"
          stroke={SERIES.idle}
          fill={SERIES.idle}
          fillOpacity={0.6}
          isAnimationActive={animate}
        />
      </AreaChart>
    )
  }
  return (
    <LineChart {...chartSizing(size)} data={rows} margin={MARGIN} accessibilityLayer>
      {grid}
      {xAxis}
      {yAxis}
      {tooltip}
      {legend}
      {series.cores.map((_, i) => (
        <Line
          key={i}
          type="stepAfter"
          dataKey={`core${i}`}
          name={`Core ${i}`}
          stroke={seriesColor(i)}
          strokeDasharray={seriesDash(i) || undefined}
          strokeWidth={2}
          dot={false}
          isAnimationActive={animate}
        />
      ))}
    </LineChart>
  )
}
