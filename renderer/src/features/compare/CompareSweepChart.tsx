// One figure against the core count, a line per policy: where adding cores stops paying off.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import {
  axisLabel,
  axisStyle,
  chartSizing,
  tooltipStyle,
  valueAxis,
  type ChartBaseProps,
  type LegendEntry
} from '../charts/chart-types'
import { translate } from '../../i18n/translate'
import type { CompareRow } from './compare-rows'
import type { SweepSeries } from './sweep-data'

export interface CompareSweepChartProps extends ChartBaseProps {
  series: SweepSeries
  metric: CompareRow
  policies: LegendEntry[]
  timeUnit: string
}

export function CompareSweepChart(p: CompareSweepChartProps) {
  const ax = axisStyle(p.theme)
  const animate = p.animate ?? true
  const lang = p.lang ?? 'en'
  const { rows, coreCounts } = p.series
  const values = rows.flatMap((r) => p.policies.map((_, i) => Number(r[`p${i}`] ?? 0)))
  const y = valueAxis(values)
  const label = translate(lang, p.metric.label)
  return (
    <LineChart
      {...chartSizing(p.size)}
      data={rows}
      margin={{ top: 10, right: 24, bottom: 24, left: 16 }}
      accessibilityLayer
    >
      <CartesianGrid stroke={p.theme.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="cores"
        type="number"
        domain={[coreCounts[0] ?? 1, coreCounts[coreCounts.length - 1] ?? 1]}
        ticks={coreCounts}
        allowDecimals={false}
        {...ax}
        height={44}
        label={axisLabel(translate(lang, 'axis.cores'), p.theme, 'x')}
      />
      <YAxis
        domain={y.domain}
        ticks={y.ticks}
        {...ax}
        width={72}
        tickFormatter={(v) => p.metric.format(Number(v), p.timeUnit, lang)}
        label={axisLabel(label, p.theme, 'y')}
      />
      <Tooltip
        {...tooltipStyle(p.theme)}
        labelFormatter={(c) => translate(lang, 'chart.cores', { count: Number(c) })}
        formatter={(v) => p.metric.format(Number(v), p.timeUnit, lang)}
      />
      {p.legend !== false && (
        // No fixed height: a cluster's variant names ("fcfs · 2 replicas · least-outstanding")
        // wrap to more rows, and Recharts reserves the measured height only when none is given.
        <Legend verticalAlign="top" itemSorter={null} iconType="plainline" />
      )}
      {p.policies.map((v, i) => (
        <Line
          key={v.name}
          type="linear"
          dataKey={`p${i}`}
          name={v.name}
          stroke={v.color}
          strokeDasharray={v.dash}
          strokeWidth={2}
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={animate}
        />
      ))}
    </LineChart>
  )
}
