// Each completed request's latency at the instant its reply arrived (a cluster run): a queue
// building up shows as a rising line, a node failure as a gap or a jump.
import { CartesianGrid, Legend, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts'
import { seriesColor } from '../../../../present/palette'
import { translate } from '../../i18n/translate'
import {
  axisLabel,
  axisStyle,
  chartSizing,
  timeTicks,
  tooltipStyle,
  valueAxis,
  type ChartBaseProps
} from './chart-types'
import { unitLabel } from './format'
import type { LatencyPoint } from './latency-data'

export interface LatencyOverTimeChartProps extends ChartBaseProps {
  points: LatencyPoint[]
  services: readonly string[]
  makespan: number
  timeUnit: string
}

export function LatencyOverTimeChart(props: LatencyOverTimeChartProps) {
  const { points, services, makespan, theme, size } = props
  const lang = props.lang ?? 'en'
  const animate = props.animate ?? true
  const unit = unitLabel(props.timeUnit, lang)
  const ax = axisStyle(theme)
  const y = valueAxis(
    points.map((p) => p.latency),
    true
  )
  return (
    <ScatterChart
      {...chartSizing(size)}
      margin={{ top: 10, right: 24, bottom: 24, left: 16 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="done"
        type="number"
        domain={[0, Math.max(1, makespan)]}
        ticks={timeTicks(makespan)}
        allowDecimals={false}
        {...ax}
        label={axisLabel(translate(lang, 'axis.time', { unit }), theme, 'x')}
        height={44}
      />
      <YAxis
        dataKey="latency"
        type="number"
        {...ax}
        allowDecimals={false}
        domain={y.domain}
        ticks={y.ticks}
        label={axisLabel(translate(lang, 'axis.latency', { unit }), theme, 'y')}
        width={64}
      />
      <Tooltip {...tooltipStyle(theme)} />
      {props.legend !== false && services.length > 1 && <Legend verticalAlign="top" height={28} />}
      {services.map((s, i) => (
        <Scatter
          key={s}
          name={s}
          data={points.filter((p) => p.service === s)}
          fill={seriesColor(i)}
          shape="circle"
          isAnimationActive={animate}
        />
      ))}
    </ScatterChart>
  )
}
