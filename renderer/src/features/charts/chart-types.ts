// What every chart component accepts, and what export needs to redraw it on its own.
import type { ThemeColors } from './theme'

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

/** Y-axis domain from 0 to a round number above the data. */
export const ROUND_DOMAIN: [number, (dataMax: number) => number] = [0, (m: number) => niceMax(m)]
