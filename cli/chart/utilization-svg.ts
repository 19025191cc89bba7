// Utilization over time for the whole machine: busy, overhead and idle stacked, as steps (each
// bucket is an interval, not a sample).
import {
  UTILIZATION_BUCKETS,
  utilizationSeries,
  type SimResult,
  type UtilizationSeries
} from '../../sim-core'
import {
  axes,
  header,
  HEADER,
  legend,
  legendHeight,
  scaleX,
  scaleY,
  type AxesSpec,
  type LegendItem
} from './frame'
import { countOf } from '../format/numbers'
import { SERIES } from '../../present/palette'
import { el, n2, svgDocument } from './svg'

export interface ChartOptions {
  width: number
  height: number
  title?: string
  subtitle?: string
}

const LEGEND: LegendItem[] = [
  { name: 'Busy', color: SERIES.busy, shape: 'rect' },
  { name: 'Overhead (switch, migration)', color: SERIES.overhead, shape: 'rect' },
  { name: 'Idle', color: SERIES.idle, shape: 'rect' }
]

/** Points of a step curve over buckets [t_i, t_i+1) with value v_i. */
function stepPoints(
  a: AxesSpec,
  times: number[],
  end: number,
  values: number[]
): [number, number][] {
  const pts: [number, number][] = []
  times.forEach((t, i) => {
    const t1 = i + 1 < times.length ? times[i + 1] : end
    const y = scaleY(a, values[i])
    pts.push([scaleX(a, t), y], [scaleX(a, t1), y])
  })
  return pts
}

/** The buckets the chart draws: the app's default count, whatever the chart's width. */
export function utilizationChartSeries(result: SimResult): UtilizationSeries {
  return utilizationSeries(result.trace, result.cores.length, result.makespan, UTILIZATION_BUCKETS)
}

export function utilizationSvg(result: SimResult, o: ChartOptions): string {
  const s = utilizationChartSeries(result)
  const lh = legendHeight(LEGEND, o.width)
  const a: AxesSpec = {
    plot: { x: 80, y: HEADER + 10, w: o.width - 110, h: o.height - HEADER - 10 - 50 - lh },
    xMin: 0,
    xMax: Math.max(1, result.makespan),
    yMax: 100,
    yTicks: [0, 25, 50, 75, 100],
    xLabel: `time (${result.timeUnit === 'us' ? 'µs' : result.timeUnit})`,
    yLabel: 'utilization (%)'
  }
  const pct = (xs: number[]) => xs.map((v) => v * 100)
  const busy = pct(s.total.busy)
  const over = busy.map((b, i) => b + s.total.overhead[i] * 100)
  const all = busy.map(() => 100)
  const zero = busy.map(() => 0)
  const band = (top: number[], bottom: number[], fill: string, cls: string): string => {
    const upper = stepPoints(a, s.times, result.makespan, top)
    const lower = stepPoints(a, s.times, result.makespan, bottom).reverse()
    const d = 'M' + [...upper, ...lower].map(([x, y]) => `${n2(x)},${n2(y)}`).join('L') + 'Z'
    return el('path', { d, fill, 'fill-opacity': 0.85, class: cls })
  }
  const body =
    header(
      o.title ?? 'Utilization over time',
      o.subtitle ??
        `${result.scenario} · ${result.policy} · ${countOf(result.cores.length, 'core')}`
    ) +
    axes(a) +
    band(busy, zero, SERIES.busy, 'series-busy') +
    band(over, busy, SERIES.overhead, 'series-overhead') +
    band(all, over, SERIES.idle, 'series-idle') +
    legend(LEGEND, o.height - lh, o.width)
  return svgDocument(o.width, o.height, body)
}
