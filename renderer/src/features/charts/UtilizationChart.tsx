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
import { axisLabel, axisStyle, chartSizing, type ChartBaseProps } from './chart-types'
import { translate } from '../../i18n/translate'
import { formatNumber, unitLabel } from './format'
import { timeAxisProps, timeTooltipProps } from './time-axis'
import { seriesColor, seriesDash, SERIES } from '../../../../present/palette'
import { utilizationLegend, utilizationRows, type UtilMode } from './utilization-data'

export interface UtilizationChartProps extends ChartBaseProps {
  series: UtilizationSeries
  makespan: number
  timeUnit: string
  mode: UtilMode
}

const MARGIN = { top: 10, right: 24, bottom: 24, left: 16 }
/** The whole machine's stacked areas, bottom up, in utilizationLegend's order; idle is paler. */
const STACK = ['busy', 'overhead', 'idle'] as const

export function UtilizationChart(props: UtilizationChartProps) {
  const { series, makespan, timeUnit, mode, theme, size } = props
  const lang = props.lang ?? 'en'
  const unit = unitLabel(timeUnit, lang)
  const names = utilizationLegend(mode, series.cores.length, lang).map((e) => e.name)
  const rows = utilizationRows(series, mode, makespan)
  const animate = props.animate ?? true
  const ax = axisStyle(theme)
  const xAxis = <XAxis {...timeAxisProps(makespan, theme, lang, unit)} />
  const yAxis = (
    <YAxis
      domain={[0, 100]}
      ticks={[0, 25, 50, 75, 100]}
      {...ax}
      label={axisLabel(translate(lang, 'axis.utilization'), theme, 'y')}
      width={64}
    />
  )
  const grid = <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" />
  const tooltip = (
    <Tooltip {...timeTooltipProps(theme, lang, unit, (v) => `${formatNumber(v, 1)} %`)} />
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
        {STACK.map((key, i) => (
          <Area
            key={key}
            type="stepAfter"
            dataKey={key}
            name={names[i]}
            stackId="u"
            stroke={SERIES[key]}
            fill={SERIES[key]}
            fillOpacity={key === 'idle' ? 0.6 : 0.85}
            isAnimationActive={animate}
          />
        ))}
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
          name={names[i]}
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
