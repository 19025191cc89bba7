// Several policies on one scenario: grouped bars of the time figures (lower is better). A
// cluster's bars are its request latency (CLUSTER_FIGURES).
import type { SimResult } from '../../sim-core'
import {
  axes,
  header,
  HEADER,
  legend,
  legendHeight,
  scaleY,
  type AxesSpec,
  type LegendItem
} from './frame'
import { seriesColor } from '../../present/palette'
import { el, esc, svgDocument, text } from './svg'
import { niceStep, ticks } from '../../present/ticks'
import { fmt } from '../format/numbers'
import type { ChartOptions } from './utilization-svg'

export interface CompareEntry {
  label: string
  result: SimResult
}

export interface CompareFigure {
  label: string
  get(r: SimResult): number
}

const FIGURES: CompareFigure[] = [
  { label: 'Makespan', get: (r) => r.makespan },
  { label: 'Avg turnaround', get: (r) => r.summary.avgTurnaround },
  { label: 'Avg waiting', get: (r) => r.summary.avgWaiting },
  { label: 'Avg response', get: (r) => r.summary.avgResponse }
]

/** A cluster run's request latency (0 when no request completed). */
const latency = (r: SimResult) => r.cluster?.result.requests.latency
export const CLUSTER_FIGURES: CompareFigure[] = [
  { label: 'Latency mean', get: (r) => latency(r)?.mean ?? 0 },
  { label: 'Latency p50', get: (r) => latency(r)?.p50 ?? 0 },
  { label: 'Latency p95', get: (r) => latency(r)?.p95 ?? 0 },
  { label: 'Latency p99', get: (r) => latency(r)?.p99 ?? 0 }
]

export function compareSvg(
  entries: CompareEntry[],
  scenario: string,
  timeUnit: string,
  o: ChartOptions,
  figures: readonly CompareFigure[] = FIGURES
): string {
  const items: LegendItem[] = entries.map((e, i) => ({
    name: e.label,
    color: seriesColor(i),
    shape: 'rect'
  }))
  const lh = legendHeight(items, o.width)
  const maxV = entries.reduce(
    (m, e) => figures.reduce((n, f) => Math.max(n, f.get(e.result)), m),
    1
  )
  // Round the axis up to the next tick so the tallest bar never touches the frame.
  const step = niceStep(maxV, 5, false)
  const top = Math.ceil((maxV * 1.04) / step) * step
  const yt = ticks(0, top, 5, false)
  const a: AxesSpec = {
    plot: { x: 80, y: HEADER + 10, w: o.width - 110, h: o.height - HEADER - 10 - 50 - lh },
    xMin: 0,
    xMax: 1,
    yMax: top,
    yTicks: yt,
    // No x title: each group is labelled with its figure, and "figure" said nothing more.
    xLabel: '',
    yLabel: `time (${timeUnit === 'us' ? 'µs' : timeUnit})`
  }
  const group = a.plot.w / figures.length
  const barW = Math.max(2, (group * 0.8) / Math.max(1, entries.length))
  const centers = figures.map((_, g) => a.plot.x + group * (g + 0.5))
  let bars = ''
  figures.forEach((f, g) => {
    entries.forEach((e, i) => {
      const v = f.get(e.result)
      const x = a.plot.x + group * g + group * 0.1 + i * barW
      const y = scaleY(a, v)
      bars += el(
        'rect',
        {
          x,
          y,
          width: barW - 1,
          height: a.plot.y + a.plot.h - y,
          fill: seriesColor(i),
          class: `bar-${e.label.replace(/[^a-z0-9]+/gi, '-')}`
        },
        `<title>${esc(e.label)}: ${fmt(v)}</title>`
      )
      if (barW >= 34)
        bars += text(x + (barW - 1) / 2, y - 4, fmt(v), {
          'text-anchor': 'middle',
          'font-size': 10
        })
    })
  })
  const body =
    header(
      o.title ?? 'Compare: summary figures',
      o.subtitle ?? `${scenario} · ${entries.map((e) => e.label).join(', ')}`
    ) +
    axes(a, { labels: figures.map((f) => f.label), centers }) +
    bars +
    legend(items, o.height - lh, o.width)
  return svgDocument(o.width, o.height, body)
}
