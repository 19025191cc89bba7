// A step chart of a few integer series over time (channel occupancy, thread counts).
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { axisLabel, axisStyle, chartSizing, valueAxis, type ChartBaseProps } from './chart-types'
import { unitLabel } from './format'
import { timeAxisProps, timeTooltipProps } from './time-axis'
import { seriesColor, seriesDash } from '../../../../present/palette'
import { translate, type MessageKey } from '../../i18n/translate'
import { seriesField, type StepSeries } from './step-series'

export interface StepChartProps extends ChartBaseProps {
  series: StepSeries
  /** The name of each key's line. */
  names: (key: number) => string
  yLabel: MessageKey
  makespan: number
  timeUnit: string
}

export function StepChart(props: StepChartProps) {
  const { series, makespan, timeUnit, theme, size } = props
  const lang = props.lang ?? 'en'
  const unit = unitLabel(timeUnit, lang)
  const ax = axisStyle(theme)
  const values: number[] = []
  for (const r of series.rows) for (const k of series.keys) values.push(r[seriesField(k)])
  const y = valueAxis(values, true)
  return (
    <LineChart
      {...chartSizing(size)}
      data={series.rows}
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
        label={axisLabel(translate(lang, props.yLabel), theme, 'y')}
        width={64}
      />
      <Tooltip {...timeTooltipProps(theme, lang, unit)} />
      {props.legend !== false && (
        // No fixed height: a cluster has a channel per replica inbox, whose names wrap to more
        // rows, and Recharts reserves the legend's measured height only when none is given.
        <Legend verticalAlign="top" itemSorter={null} iconType="plainline" />
      )}
      {series.keys.map((k, i) => (
        <Line
          key={k}
          type="stepAfter"
          dataKey={seriesField(k)}
          name={props.names(k)}
          stroke={seriesColor(i)}
          strokeDasharray={seriesDash(i)}
          strokeWidth={2}
          dot={false}
          isAnimationActive={props.animate ?? true}
        />
      ))}
    </LineChart>
  )
}
