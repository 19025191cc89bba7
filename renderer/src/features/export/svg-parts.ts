// Pieces of standalone SVG shared by every export: escaping, the title band, the legend row and
// pattern definitions. Everything is inlined (fonts, colours), because an exported file
// carries no page CSS — and Inkscape ignores CSS variables anyway.
import type { LegendEntry } from '../charts/chart-types'
import type { ThemeColors } from '../charts/theme'
import { PATTERNS, type PatternSpec } from '../timeline/patterns'
import { patternDefs as sharedPatternDefs } from '../../../../present/patterns'
import { esc, r2 } from '../../../../present/svg'
import { legendLayout, legendRows, LEGEND_ROW } from '../../../../present/legend'

export const HEADER_HEIGHT = 56
export const LEGEND_HEIGHT = 40

export function svgOpen(width: number, height: number, theme: ThemeColors): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${esc(theme.font)}" font-size="12">` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${theme.bg}"/>`
  )
}

export function header(title: string, subtitle: string, theme: ThemeColors): string {
  return (
    `<text x="20" y="28" font-size="18" font-weight="600" fill="${theme.fg}">${esc(title)}</text>` +
    (subtitle
      ? `<text x="20" y="47" font-size="12" fill="${theme.muted}">${esc(subtitle)}</text>`
      : '')
  )
}

export function patternDefs(): string {
  const defs: [string, PatternSpec][] = []
  for (const [cls, p] of Object.entries(PATTERNS)) if (p) defs.push([`sl-pat-${cls}`, p])
  return sharedPatternDefs(defs)
}

/** Legend entries centred in rows starting at `top`; returns the markup. */
export function legend(
  entries: LegendEntry[],
  top: number,
  width: number,
  theme: ThemeColors
): string {
  let out = ''
  for (const { item: e, x, y } of legendLayout(entries, top, width)) {
    if (e.shape === 'line') {
      out += `<line x1="${r2(x)}" y1="${y}" x2="${r2(x + 20)}" y2="${y}" stroke="${e.color}" stroke-width="2.5"${e.dash ? ` stroke-dasharray="${e.dash}"` : ''}/>`
    } else {
      const fill = e.shape === 'pattern' ? `url(#sl-pat-${e.pattern ?? 0})` : e.color
      out += `<rect x="${r2(x + 3)}" y="${y - 6}" width="14" height="12" fill="${fill}" stroke="${theme.border}" stroke-width="0.5"/>`
    }
    out += `<text x="${r2(x + 26)}" y="${y + 4}" font-size="12" fill="${theme.fg}">${esc(e.name)}</text>`
  }
  return out
}

export function legendHeight(entries: LegendEntry[], width: number): number {
  return Math.max(LEGEND_HEIGHT, 12 + legendRows(entries, width).length * LEGEND_ROW)
}
