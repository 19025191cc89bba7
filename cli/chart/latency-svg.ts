// A cluster run's request latency: how it is spread (one bar per latency bin) with the p50, p95
// and p99 latencies marked, as the app's Requests tab draws it (bins and markers from
// present/latency-bins.ts), so a long tail shows where the mean would hide it.
import type { SimResult } from '../../sim-core'
import { latencyHistogram, PERCENTILES } from '../../present/latency-bins'
import { OKABE_ITO } from '../../present/palette'
import { niceStep, ticks } from '../../present/ticks'
import { fmt } from '../format/numbers'
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
import { el, esc, svgDocument, text } from './svg'
import type { ChartOptions } from './utilization-svg'

/** The chart of a cluster run (`result.cluster` set); a run with no completed request gets a note. */
export function latencySvg(result: SimResult, o: ChartOptions): string {
  const records = result.cluster?.requests ?? []
  const stats = result.cluster?.result.requests.latency ?? null
  const bins = latencyHistogram(records)
  const items: LegendItem[] = [
    { name: 'Requests', color: OKABE_ITO[0], shape: 'rect' },
    ...PERCENTILES.map((p) => ({
      name: stats ? `${p.key} = ${fmt(stats[p.key])}` : p.key,
      color: p.color,
      dash: p.dash,
      shape: 'line' as const
    }))
  ]
  const lh = legendHeight(items, o.width)
  const maxCount = bins.reduce((m, b) => Math.max(m, b.count), 1)
  const step = niceStep(maxCount, 5)
  const top = Math.ceil(maxCount / step) * step
  const unit = result.timeUnit === 'us' ? 'µs' : result.timeUnit
  const a: AxesSpec = {
    plot: { x: 80, y: HEADER + 24, w: o.width - 110, h: o.height - HEADER - 24 - 50 - lh },
    xMin: 0,
    xMax: bins.length > 0 ? bins[bins.length - 1].to : 1,
    yMax: top,
    yTicks: ticks(0, top, 5),
    xLabel: `latency (${unit}): reply arrival - creation`,
    yLabel: 'requests'
  }
  let marks = ''
  for (const b of bins) {
    if (b.count === 0) continue
    const x0 = scaleX(a, b.from)
    const y = scaleY(a, b.count)
    marks += el(
      'rect',
      {
        x: x0 + 0.5,
        y,
        width: Math.max(0.5, scaleX(a, b.to) - x0 - 1),
        height: a.plot.y + a.plot.h - y,
        fill: OKABE_ITO[0],
        class: 'latency-bin'
      },
      `<title>${esc(`${b.from}–${b.to} ${unit}: ${b.count}`)}</title>`
    )
  }
  if (stats)
    for (const p of PERCENTILES) {
      const x = scaleX(a, stats[p.key])
      marks += el('line', {
        x1: x,
        y1: a.plot.y,
        x2: x,
        y2: a.plot.y + a.plot.h,
        stroke: p.color,
        'stroke-width': 2,
        'stroke-dasharray': p.dash,
        class: `marker-${p.key}`
      })
      marks += text(x, a.plot.y - 6, `${p.key} ${fmt(stats[p.key])}`, {
        'text-anchor': 'middle',
        fill: p.color,
        'font-size': 11
      })
    }
  else
    marks += text(a.plot.x + a.plot.w / 2, a.plot.y + a.plot.h / 2, 'No request completed', {
      'text-anchor': 'middle'
    })
  const body =
    header(o.title ?? 'Request latency', o.subtitle ?? result.scenario) +
    axes(a) +
    marks +
    legend(items, o.height - lh, o.width)
  return svgDocument(o.width, o.height, body)
}
