// Turnaround, waiting and response time (and a coroutine's stalled time) per thread, process or
// coroutine, as grouped bars.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import {
  axisLabel,
  axisStyle,
  chartSizing,
  tooltipStyle,
  valueAxis,
  type ChartBaseProps
} from './chart-types'
import { translate, type MessageKey } from '../../i18n/translate'
import { formatTime, unitLabel } from './format'
import { mustSlant, NameTick, slantedLeftMargin } from './name-tick'
import { metricsLegend, type MetricRows } from './thread-metrics-data'

export interface ThreadMetricsChartProps extends ChartBaseProps {
  data: MetricRows
  timeUnit: string
}

const Y_AXIS_WIDTH = 64

const AXIS: Record<MetricRows['per'], MessageKey> = {
  thread: 'axis.thread',
  process: 'axis.process',
  processAverage: 'axis.process',
  coroutine: 'axis.coroutine'
}

export function ThreadMetricsChart(props: ThreadMetricsChartProps) {
  const { data, timeUnit, theme, size } = props
  const animate = props.animate ?? true
  const ax = axisStyle(theme)
  const lang = props.lang ?? 'en'
  const legend = metricsLegend(lang, data.keys)
  const y = valueAxis(data.rows.flatMap((r) => data.keys.map((k) => r[k] ?? null)))
  const names = data.rows.map((r) => r.name)
  const slanted = mustSlant(names, ax.tick.fontSize)
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
        label={slanted ? undefined : axisLabel(translate(lang, AXIS[data.per]), theme, 'x')}
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
        // No fixed height: four series wrap to two rows in a 1024-px window, and a fixed 28 px
        // let the second row overlap the plot. Recharts measures the legend instead.
        <Legend
          verticalAlign="top"
          itemSorter={null}
          iconType="square"
          wrapperStyle={{ paddingBottom: 8 }}
        />
      )}
      {data.keys.map((k, i) => (
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
