// Each of the busiest threads' share of the CPU over time (solid) against its fair share by
// weight (dashed, same colour): under cfs/eevdf the weight is the nice weight, under
// lottery/stride the tickets, so the gap between a pair of lines is how far the policy strayed.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import {
  axisLabel,
  axisStyle,
  chartSizing,
  type ChartBaseProps,
  type LegendEntry
} from './chart-types'
import { cpuShareRows, type CpuShareSeries } from './cpu-share'
import { formatNumber, unitLabel } from './format'
import { timeAxisProps, timeTooltipProps } from './time-axis'
import { seriesColor } from '../../../../present/palette'

export interface CpuShareChartProps extends ChartBaseProps {
  /** Its `threads` are the ones drawn. */
  series: CpuShareSeries
  /** Each thread's name, by thread index. */
  names: readonly string[]
  makespan: number
  timeUnit: string
}

const FAIR_DASH = '6 3'

/** Two entries per thread: what it got (solid) and its fair share (dashed). */
export function cpuShareLegend(
  threads: readonly number[],
  names: readonly string[],
  lang: Language = 'en'
): LegendEntry[] {
  return threads.flatMap((k, i) => [
    {
      name: translate(lang, 'legend.shareGot', { name: names[k] }),
      color: seriesColor(i),
      shape: 'line' as const
    },
    {
      name: translate(lang, 'legend.shareFair', { name: names[k] }),
      color: seriesColor(i),
      dash: FAIR_DASH,
      shape: 'line' as const
    }
  ])
}

export function CpuShareChart(props: CpuShareChartProps) {
  const { series, names, makespan, timeUnit, theme, size } = props
  const threads = series.threads
  const animate = props.animate ?? true
  const lang = props.lang ?? 'en'
  const unit = unitLabel(timeUnit, lang)
  // Fractions drawn as percentages, the way the utilization chart reads.
  const rows = cpuShareRows(series, makespan).map((r) => {
    const out: Record<string, number | null> = { t: r.t }
    for (const [key, v] of Object.entries(r))
      if (key !== 't') out[key] = v === null ? null : Math.round(v * 1e4) / 100
    return out
  })
  const ax = axisStyle(theme)
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
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        label={axisLabel(translate(lang, 'axis.cpuShare'), theme, 'y')}
        width={64}
      />
      <Tooltip {...timeTooltipProps(theme, lang, unit, (v) => `${formatNumber(v)}%`)} />
      {props.legend !== false && (
        // No fixed height: two entries per thread wrap to a second row from three threads on,
        // and Recharts reserves the legend's measured height only when none is given.
        <Legend verticalAlign="top" itemSorter={null} iconType="plainline" />
      )}
      {threads.flatMap((k, i) => [
        <Line
          key={`g${k}`}
          type="stepAfter"
          dataKey={`g${k}`}
          name={translate(lang, 'legend.shareGot', { name: names[k] })}
          stroke={seriesColor(i)}
          strokeWidth={1.75}
          dot={false}
          connectNulls={false}
          isAnimationActive={animate}
        />,
        <Line
          key={`f${k}`}
          type="stepAfter"
          dataKey={`f${k}`}
          name={translate(lang, 'legend.shareFair', { name: names[k] })}
          stroke={seriesColor(i)}
          strokeDasharray={FAIR_DASH}
          strokeWidth={1.25}
          dot={false}
          connectNulls={false}
          isAnimationActive={animate}
        />
      ])}
    </LineChart>
  )
}
