// Counts over a run's time drawn as step lines (queue lengths, channel occupancy, thread
// counts): one frame for every such chart, so their grid, axes, tooltip and legend agree and
// each chart only says what its rows and lines are.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { translate, type MessageKey } from '../../i18n/translate'
import { axisLabel, axisStyle, chartSizing, valueAxis, type ChartBaseProps } from './chart-types'
import { unitLabel } from './format'
import { timeAxisProps, timeTooltipProps } from './time-axis'

export interface StepLine {
  /** The row field the line reads. */
  field: string
  name: string
  color: string
  dash?: string
  width: number
}

export interface StepLinesChartProps extends ChartBaseProps {
  /** One row per instant: `t`, then a field per line. */
  rows: Record<string, number>[]
  lines: StepLine[]
  /** The values the count axis is scaled to. */
  values: number[]
  yLabel: MessageKey
  makespan: number
  timeUnit: string
  /**
   * Room for Recharts' legend above the plot (a row is 28 px); 'measured' lets Recharts reserve
   * the legend's measured height, for legends whose names wrap to an unknown number of rows (a
   * cluster has a channel per replica inbox).
   */
  legendHeight?: number | 'measured'
}

export function StepLinesChart(props: StepLinesChartProps) {
  const { rows, lines, makespan, timeUnit, theme, size } = props
  const animate = props.animate ?? true
  const lang = props.lang ?? 'en'
  const unit = unitLabel(timeUnit, lang)
  const ax = axisStyle(theme)
  const y = valueAxis(props.values, true)
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
        label={axisLabel(translate(lang, props.yLabel), theme, 'y')}
        width={64}
      />
      <Tooltip {...timeTooltipProps(theme, lang, unit)} />
      {props.legend !== false && (
        <Legend
          verticalAlign="top"
          height={props.legendHeight === 'measured' ? undefined : (props.legendHeight ?? 28)}
          itemSorter={null}
          iconType="plainline"
        />
      )}
      {lines.map((l) => (
        <Line
          key={l.field}
          type="stepAfter"
          dataKey={l.field}
          name={l.name}
          stroke={l.color}
          strokeDasharray={l.dash}
          strokeWidth={l.width}
          dot={false}
          isAnimationActive={animate}
        />
      ))}
    </LineChart>
  )
}
