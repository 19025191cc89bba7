// Grouped bars: one group per time figure, one bar per policy/core-count variant.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import {
  axisLabel,
  axisStyle,
  chartSizing,
  tooltipStyle,
  valueAxis,
  type ChartBaseProps
} from '../charts/chart-types'
import { translate } from '../../i18n/translate'
import { formatTime, unitLabel } from '../charts/format'
import type { Row } from './compare-data'
import type { LegendEntry } from '../charts/chart-types'

export interface CompareMetricsChartProps extends ChartBaseProps {
  rows: Row[]
  variants: LegendEntry[]
  timeUnit: string
}

export function CompareMetricsChart(p: CompareMetricsChartProps) {
  const ax = axisStyle(p.theme)
  const animate = p.animate ?? true
  const lang = p.lang ?? 'en'
  const y = valueAxis(p.rows.flatMap((r) => p.variants.map((_, i) => Number(r[`v${i}`] ?? 0))))
  return (
    <BarChart
      {...chartSizing(p.size)}
      data={p.rows}
      margin={{ top: 10, right: 24, bottom: 24, left: 16 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={p.theme.grid} strokeDasharray="3 3" vertical={false} />
      {/* No axis title: each group is labelled with its figure ("figure" said nothing more). */}
      <XAxis dataKey="metric" {...ax} height={44} />
      <YAxis
        domain={y.domain}
        ticks={y.ticks}
        {...ax}
        width={64}
        label={axisLabel(
          translate(lang, 'axis.time', { unit: unitLabel(p.timeUnit, lang) }),
          p.theme,
          'y'
        )}
      />
      <Tooltip
        {...tooltipStyle(p.theme)}
        formatter={(v) => formatTime(Number(v), p.timeUnit, 2, lang)}
      />
      {p.legend !== false && (
        // No fixed height: a cluster's variant names ("fcfs · 2 replicas · least-outstanding")
        // wrap to more rows, and Recharts reserves the measured height only when none is given.
        <Legend verticalAlign="top" itemSorter={null} iconType="square" />
      )}
      {p.variants.map((v, i) => (
        <Bar
          key={v.name}
          dataKey={`v${i}`}
          name={v.name}
          fill={v.color}
          isAnimationActive={animate}
        />
      ))}
    </BarChart>
  )
}
