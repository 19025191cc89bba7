// Turnaround, waiting and response time per thread (or per process, averaged) as grouped bars.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import {
  axisLabel,
  axisStyle,
  chartSizing,
  tooltipStyle,
  valueAxis,
  type ChartBaseProps
} from './chart-types'
import { translate } from '../../i18n/translate'
import { formatTime, unitLabel } from './format'
import { NameTick, slantedLeftMargin } from './name-tick'
import { metricsLegend, type MetricRows } from './thread-metrics-data'

export interface ThreadMetricsChartProps extends ChartBaseProps {
  data: MetricRows
  timeUnit: string
}

const KEYS = ['turnaround', 'waiting', 'response'] as const
const Y_AXIS_WIDTH = 64

export function ThreadMetricsChart(props: ThreadMetricsChartProps) {
  const { data, timeUnit, theme, size } = props
  const animate = props.animate ?? true
  const ax = axisStyle(theme)
  const lang = props.lang ?? 'en'
  const legend = metricsLegend(lang)
  const y = valueAxis(data.rows.flatMap((r) => [r.turnaround, r.waiting, r.response]))
  const slanted = data.rows.length > 8
  const names = data.rows.map((r) => r.name)
  // Slanted names reach left of their bars, past the value axis: the margin makes room.
  const left = slanted ? Math.max(16, slantedLeftMargin(names, ax.tick.fontSize, Y_AXIS_WIDTH)) : 16
  return (
    <BarChart
      {...chartSizing(size)}
      data={data.rows}
      margin={{ top: 10, right: 24, bottom: slanted ? 8 : 24, left }}
      barCategoryGap="18%"
      accessibilityLayer
    >
      <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="name"
        {...ax}
        interval={0}
        tick={<NameTick slanted={slanted} {...ax.tick} />}
        height={slanted ? 90 : 44}
        label={
          slanted
            ? undefined
            : axisLabel(
                translate(lang, data.per === 'thread' ? 'axis.thread' : 'axis.process'),
                theme,
                'x'
              )
        }
      />
      <YAxis
        {...ax}
        domain={y.domain}
        ticks={y.ticks}
        label={axisLabel(
          translate(lang, 'axis.time', { unit: unitLabel(timeUnit, lang) }),
          theme,
          'y'
        )}
        width={Y_AXIS_WIDTH}
      />
      <Tooltip
        {...tooltipStyle(theme)}
        formatter={(v) => formatTime(Number(v), timeUnit, 2, lang)}
      />
      {props.legend !== false && (
        <Legend verticalAlign="top" height={28} itemSorter={null} iconType="square" />
      )}
      {KEYS.map((k, i) => (
        <Bar
          key={k}
          dataKey={k}
          name={legend[i].name}
          fill={legend[i].color}
          isAnimationActive={animate}
        />
      ))}
    </BarChart>
  )
}
