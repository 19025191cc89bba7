// How request latencies are spread (a cluster run): one bar per latency bin, with the p50, p95
// and p99 latencies marked, so a long tail shows at a glance where the mean would hide it.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'
import type { LatencyStats } from '../../../../sim-core'
import { OKABE_ITO } from '../../../../present/palette'
import { translate } from '../../i18n/translate'
import {
  axisLabel,
  axisStyle,
  chartSizing,
  tooltipStyle,
  valueAxis,
  type ChartBaseProps
} from './chart-types'
import { unitLabel } from './format'
import type { LatencyBin } from './latency-data'
import { percentileMarks } from '../../../../present/latency-bins'

export interface LatencyHistogramChartProps extends ChartBaseProps {
  bins: LatencyBin[]
  stats: LatencyStats | null
  timeUnit: string
}

export function LatencyHistogramChart(props: LatencyHistogramChartProps) {
  const { bins, stats, theme, size } = props
  const lang = props.lang ?? 'en'
  const animate = props.animate ?? true
  const unit = unitLabel(props.timeUnit, lang)
  const ax = axisStyle(theme)
  const top = bins.length > 0 ? bins[bins.length - 1].to : 1
  const y = valueAxis(
    bins.map((b) => b.count),
    true
  )
  const name = translate(lang, 'legend.requests')
  return (
    <BarChart
      {...chartSizing(size)}
      data={bins}
      margin={{ top: 24, right: 24, bottom: 24, left: 16 }}
      barCategoryGap={1}
      accessibilityLayer
    >
      <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="mid"
        type="number"
        domain={[0, top]}
        allowDecimals={false}
        {...ax}
        label={axisLabel(translate(lang, 'axis.latency', { unit }), theme, 'x')}
        height={44}
      />
      <YAxis
        {...ax}
        allowDecimals={false}
        domain={y.domain}
        ticks={y.ticks}
        label={axisLabel(name, theme, 'y')}
        width={64}
      />
      <Tooltip
        {...tooltipStyle(theme)}
        labelFormatter={(_, payload) => {
          const b = payload?.[0]?.payload as LatencyBin | undefined
          return b ? `${b.from}–${b.to} ${unit}` : ''
        }}
      />
      {props.legend !== false && <Legend verticalAlign="top" height={28} />}
      <Bar dataKey="count" name={name} fill={OKABE_ITO[0]} isAnimationActive={animate} />
      {stats &&
        percentileMarks(stats).map((m) => (
          <ReferenceLine
            key={m.label}
            x={m.value}
            stroke={m.color}
            strokeDasharray={m.dash}
            strokeWidth={2}
            label={{ value: m.label, position: 'top', fill: m.color, fontSize: 12 }}
          />
        ))}
    </BarChart>
  )
}
