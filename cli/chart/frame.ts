// A chart's frame: title band, plot area with grid, axes with ticks and labels, legend row.
import { legendLayout, legendRows, LEGEND_ROW } from '../../present/legend'
import { el, esc, INK, n2, text } from './svg'
import { ticks } from '../../present/ticks'
import { fmt } from '../format/numbers'

export interface LegendItem {
  name: string
  color: string
  shape: 'rect' | 'line'
  dash?: string
}

export interface Plot {
  x: number
  y: number
  w: number
  h: number
}

export const HEADER = 56

export function header(title: string, subtitle: string): string {
  return (
    text(20, 28, title, { 'font-size': 18, 'font-weight': 600 }) +
    (subtitle ? text(20, 47, subtitle, { fill: INK.muted }) : '')
  )
}

export function legendHeight(items: LegendItem[], width: number): number {
  return 16 + legendRows(items, width).length * LEGEND_ROW
}

export function legend(
  items: LegendItem[],
  top: number,
  width: number,
  patternFill?: (i: LegendItem) => string | undefined
): string {
  let out = ''
  for (const { item: it, x, y } of legendLayout(items, top, width)) {
    out +=
      it.shape === 'line'
        ? el('line', {
            x1: x,
            y1: y,
            x2: x + 20,
            y2: y,
            stroke: it.color,
            'stroke-width': 2.5,
            'stroke-dasharray': it.dash
          })
        : el('rect', {
            x: x + 3,
            y: y - 6,
            width: 14,
            height: 12,
            fill: patternFill?.(it) ?? it.color,
            stroke: INK.border,
            'stroke-width': 0.5
          })
    out += text(x + 26, y + 4, it.name)
  }
  return out
}

export interface AxesSpec {
  plot: Plot
  xMin: number
  xMax: number
  yMax: number
  /** The x axis title; empty for none. */
  xLabel: string
  yLabel: string
  /** y tick values; default round ticks to yMax. */
  yTicks?: number[]
  yFormat?: (v: number) => string
}

export function scaleX(a: AxesSpec, v: number): number {
  return a.plot.x + ((v - a.xMin) / (a.xMax - a.xMin || 1)) * a.plot.w
}

export function scaleY(a: AxesSpec, v: number): number {
  return a.plot.y + a.plot.h - (v / (a.yMax || 1)) * a.plot.h
}

/** Grid, y axis with ticks, and the axis titles; the x axis ticks are numeric unless `categories`. */
export function axes(a: AxesSpec, categories?: { labels: string[]; centers: number[] }): string {
  const { plot } = a
  let out = ''
  const yt = a.yTicks ?? ticks(0, a.yMax, 5, false)
  for (const v of yt) {
    const y = scaleY(a, v)
    out += el('line', {
      x1: plot.x,
      y1: y,
      x2: plot.x + plot.w,
      y2: y,
      stroke: INK.grid,
      'stroke-dasharray': '3 3'
    })
    out += text(plot.x - 8, y + 4, (a.yFormat ?? fmt)(v), { 'text-anchor': 'end', fill: INK.muted })
  }
  if (categories) {
    categories.labels.forEach((l, i) => {
      out += text(categories.centers[i], plot.y + plot.h + 18, l, {
        'text-anchor': 'middle',
        fill: INK.muted
      })
    })
  } else {
    for (const v of ticks(a.xMin, a.xMax, Math.max(2, Math.floor(plot.w / 90)))) {
      const x = scaleX(a, v)
      out += el('line', {
        x1: x,
        y1: plot.y + plot.h,
        x2: x,
        y2: plot.y + plot.h + 5,
        stroke: INK.muted
      })
      out += text(x, plot.y + plot.h + 18, fmt(v), { 'text-anchor': 'middle', fill: INK.muted })
    }
  }
  out += el('line', {
    x1: plot.x,
    y1: plot.y + plot.h,
    x2: plot.x + plot.w,
    y2: plot.y + plot.h,
    stroke: INK.muted
  })
  out += el('line', { x1: plot.x, y1: plot.y, x2: plot.x, y2: plot.y + plot.h, stroke: INK.muted })
  if (a.xLabel)
    out += text(plot.x + plot.w / 2, plot.y + plot.h + 38, a.xLabel, { 'text-anchor': 'middle' })
  const cy = plot.y + plot.h / 2
  out += `<text x="18" y="${n2(cy)}" fill="${INK.fg}" text-anchor="middle" transform="rotate(-90 18 ${n2(cy)})">${esc(a.yLabel)}</text>`
  return out
}
