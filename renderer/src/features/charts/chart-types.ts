// What every chart component accepts, and what export needs to redraw it on its own.
import type { Language } from '../../i18n/language'
import type { ThemeColors } from './theme'
import { niceStep } from '../../../../present/ticks'

export interface ChartSize {
  width: number
  height: number
}

export interface ChartBaseProps {
  theme: ThemeColors
  /** Fixed size (exports, tests); without it the chart fills its sized parent. */
  size?: ChartSize
  /** Show Recharts' legend (exports draw their own, in SVG). */
  legend?: boolean
  /** Animations off for exports and tests, so the first frame is the final one. */
  animate?: boolean
  /** Language of titles, axes, legends and tooltips (a prop, not context: exports render off screen). */
  lang?: Language
}

export interface LegendEntry {
  name: string
  color: string
  dash?: string
  shape: 'line' | 'rect' | 'pattern'
  /** For shape 'pattern': the timeline draw class whose pattern to show. */
  pattern?: number
}

/** Sizing props for a Recharts chart element: fixed, or the chart-level `responsive` prop. */
export function chartSizing(size?: ChartSize): {
  width?: number
  height?: number
  responsive?: boolean
  style?: { width: string; height: string }
} {
  return size
    ? { width: size.width, height: size.height }
    : { responsive: true, style: { width: '100%', height: '100%' } }
}

export function axisStyle(theme: ThemeColors): {
  stroke: string
  tick: { fill: string; fontSize: number; fontFamily: string }
} {
  return { stroke: theme.muted, tick: { fill: theme.muted, fontSize: 12, fontFamily: theme.font } }
}

export function axisLabel(
  value: string,
  theme: ThemeColors,
  axis: 'x' | 'y'
): {
  value: string
  position: 'insideBottom' | 'insideLeft'
  angle?: number
  offset: number
  style: { fill: string; fontSize: number; fontFamily: string; textAnchor: 'middle' }
} {
  return {
    value,
    position: axis === 'x' ? 'insideBottom' : 'insideLeft',
    ...(axis === 'y' ? { angle: -90 } : {}),
    offset: axis === 'x' ? -4 : 10,
    style: { fill: theme.fg, fontSize: 12, fontFamily: theme.font, textAnchor: 'middle' }
  }
}

export function tooltipStyle(theme: ThemeColors): {
  contentStyle: Record<string, string | number>
  labelStyle: Record<string, string | number>
} {
  return {
    contentStyle: {
      background: theme.bg,
      border: `1px solid ${theme.border}`,
      color: theme.fg,
      fontFamily: theme.font,
      fontSize: 12
    },
    labelStyle: { color: theme.fg, fontWeight: 600 }
  }
}

/** The axis top rounded up to 1, 2, 2.5 or 5 × 10^k, so ticks land on round numbers. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1
  const mag = Math.pow(10, Math.floor(Math.log10(max)))
  for (const m of [1, 2, 2.5, 5, 10]) if (max <= m * mag) return m * mag
  return 10 * mag
}

function stepsUpTo(top: number, step: number): number[] {
  const out: number[] = []
  for (let i = 0; i * step <= top + step * 1e-9 && out.length < 100; i++)
    out.push(Math.round(i * step * 1e9) / 1e9)
  return out
}

/**
 * A value axis from 0 to a round top, with round ticks: 0, 50, 100... rather than the 0, 62.5,
 * 125 that Recharts picks between a round domain's ends. `integer` keeps counts whole.
 */
export function valueAxis(
  values: Iterable<number | null>,
  integer = false
): { domain: [number, number]; ticks: number[] } {
  let max = 0
  for (const v of values) if (v !== null && Number.isFinite(v) && v > max) max = v
  const nice = niceMax(max)
  const step = niceStep(nice, 5, integer)
  const top = Math.ceil(nice / step - 1e-9) * step
  return { domain: [0, top], ticks: stepsUpTo(top, step) }
}

/** Round time ticks from 0 to the makespan (whole ticks, at most about seven labels). */
export function timeTicks(makespan: number): number[] {
  const step = niceStep(makespan, 6, true)
  return stepsUpTo(Math.max(0, makespan), step)
}
