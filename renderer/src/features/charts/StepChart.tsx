// A step chart of a few integer series over time (channel occupancy, thread counts).
import type { ChartBaseProps } from './chart-types'
import { seriesColor, seriesDash } from '../../../../present/palette'
import type { MessageKey } from '../../i18n/translate'
import { seriesField, type StepSeries } from './step-series'
import { StepLinesChart } from './StepLinesChart'

export interface StepChartProps extends ChartBaseProps {
  series: StepSeries
  /** The name of each key's line. */
  names: (key: number) => string
  yLabel: MessageKey
  makespan: number
  timeUnit: string
}

export function StepChart(props: StepChartProps) {
  const { series, names, ...rest } = props
  const values: number[] = []
  for (const r of series.rows) for (const k of series.keys) values.push(r[seriesField(k)])
  return (
    <StepLinesChart
      {...rest}
      rows={series.rows}
      lines={series.keys.map((k, i) => ({
        field: seriesField(k),
        name: names(k),
        color: seriesColor(i),
        dash: seriesDash(i),
        width: 2
      }))}
      values={values}
      legendHeight="measured"
    />
  )
}
