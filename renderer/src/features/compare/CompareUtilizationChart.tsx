// Total utilization of every variant, overlaid on one time axis.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import {
  axisLabel,
  axisStyle,
  chartSizing,
  timeTicks,
  tooltipStyle,
  type ChartBaseProps,
  type LegendEntry
} from '../charts/chart-types'
import { translate } from '../../i18n/translate'
import { formatNumber, unitLabel } from '../charts/format'
import type { Row } from './compare-data'

export interface CompareUtilizationChartProps extends ChartBaseProps {
  rows: Row[]
  makespan: number
  variants: LegendEntry[]
  timeUnit: string
}

export function CompareUtilizationChart(p: CompareUtilizationChartProps) {
  const ax = axisStyle(p.theme)
  const animate = p.animate ?? true
  const lang = p.lang ?? 'en'
  const unit = unitLabel(p.timeUnit, lang)
  return (
    <LineChart
      {...chartSizing(p.size)}
      data={p.rows}
      margin={{ top: 10, right: 24, bottom: 24, left: 16 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={p.theme.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="t"
        type="number"
        domain={[0, p.makespan]}
        ticks={timeTicks(p.makespan)}
        allowDecimals={false}
        {...ax}
        height={44}
        label={axisLabel(translate(lang, 'axis.time', { unit }), p.theme, 'x')}
      />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        {...ax}
        width={64}
        label={axisLabel(translate(lang, 'axis.busy'), p.theme, 'y')}
      />
      <Tooltip
        {...tooltipStyle(p.theme)}
        labelFormatter={(t) =>
          translate(lang, 'chart.at', { time: `${formatNumber(Number(t))} ${unit}` })
        }
        formatter={(v) => `${formatNumber(Number(v), 1)} %`}
      />
      {p.legend !== false && (
        // No fixed height: a cluster's variant names ("fcfs · 2 replicas · least-outstanding")
        // wrap to more rows, and Recharts reserves the measured height only when none is given.
        <Legend verticalAlign="top" itemSorter={null} iconType="plainline" />
      )}
      {p.variants.map((v, i) => (
        <Line
          key={v.name}
          type="stepAfter"
          dataKey={`v${i}`}
          name={v.name}
          stroke={v.color}
          strokeDasharray={v.dash}
          strokeWidth={2}
          dot={false}
          isAnimationActive={animate}
        />
      ))}
    </LineChart>
  )
}
