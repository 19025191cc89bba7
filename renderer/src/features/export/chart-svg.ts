// Turns a Recharts <svg> into a standalone SVG file: a background, the title band, the chart
// (nested <svg>, so its own coordinates and clip paths keep working) and an SVG legend
// (Recharts' legend is HTML and would not travel with the file).
import type { LegendEntry } from '../charts/chart-types'
import type { ThemeColors } from '../charts/theme'
import { xmlChars } from '../../../../present/svg'
import { header, HEADER_HEIGHT, legend, legendHeight, svgOpen } from './svg-parts'

const VAR_RE = /var\(\s*--[\w-]+\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g

/** Replaces var(--x, fallback) with the fallback and currentColor with the text colour. */
export function resolveCssVars(value: string, theme: ThemeColors): string {
  return value
    .replace(VAR_RE, (_m, fallback: string | undefined) => (fallback ?? theme.fg).trim())
    .replace(/currentColor/g, theme.fg)
}

/** Cleans a cloned chart <svg> in place so that it stands alone. */
export function inlineChartSvg(svg: SVGSVGElement, theme: ThemeColors): void {
  svg.removeAttribute('style')
  svg.removeAttribute('tabindex')
  svg.removeAttribute('role')
  svg.setAttribute('font-family', theme.font)
  const all = [svg, ...Array.from(svg.querySelectorAll('*'))]
  for (const el of all) {
    el.removeAttribute('tabindex')
    for (const attr of Array.from(el.attributes)) {
      if (attr.value.includes('var(') || attr.value.includes('currentColor'))
        el.setAttribute(attr.name, resolveCssVars(attr.value, theme))
    }
    if (el.tagName.toLowerCase() === 'text' && !el.getAttribute('fill'))
      el.setAttribute('fill', theme.fg)
    // outline styles only matter for keyboard focus on screen.
    if (el.getAttribute('style') === 'outline: none;') el.removeAttribute('style')
  }
  // Empty <title>/<desc> elements that Recharts adds carry nothing.
  for (const el of Array.from(svg.querySelectorAll('title, desc'))) if (!el.textContent) el.remove()
}

export interface ComposeOptions {
  title: string
  subtitle: string
  legend: LegendEntry[]
  width: number
  height: number
  theme: ThemeColors
}

/** Size left for the chart itself inside an export of the given size. */
export function chartArea(o: Pick<ComposeOptions, 'legend' | 'width' | 'height'>): {
  width: number
  height: number
} {
  return { width: o.width, height: o.height - HEADER_HEIGHT - legendHeight(o.legend, o.width) }
}

/**
 * Recharts and React number their ids (clip paths, gradients) by how many charts the page has
 * drawn before; renumbering them in document order makes an export depend on the chart alone,
 * so the same chart exports the same bytes whatever the user looked at first.
 */
export function renumberIds(root: Element): void {
  const map = new Map<string, string>()
  root.querySelectorAll('[id]').forEach((el, i) => {
    const id = `chart-${i + 1}`
    map.set(el.id, id)
    el.id = id
  })
  if (map.size === 0) return
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const a of Array.from(el.attributes)) {
      if (!a.value.includes('#')) continue
      const v = a.value
        .replace(/url\(#([^)]+)\)/g, (m, id: string) => {
          const to = map.get(id)
          return to ? `url(#${to})` : m
        })
        .replace(/^#(.+)$/, (m, id: string) => {
          const to = map.get(id)
          return to ? `#${to}` : m
        })
      if (v !== a.value) el.setAttribute(a.name, v)
    }
  }
}

export function composeChartSvg(chart: SVGSVGElement, o: ComposeOptions): string {
  const area = chartArea(o)
  inlineChartSvg(chart, o.theme)
  renumberIds(chart)
  chart.setAttribute('x', '0')
  chart.setAttribute('y', String(HEADER_HEIGHT))
  chart.setAttribute('width', String(area.width))
  chart.setAttribute('height', String(area.height))
  // The serializer writes control characters in tick labels as they are, which no XML reader
  // accepts.
  const inner = xmlChars(new XMLSerializer().serializeToString(chart))
  return (
    svgOpen(o.width, o.height, o.theme) +
    header(o.title, o.subtitle, o.theme) +
    inner +
    legend(o.legend, HEADER_HEIGHT + area.height, o.width, o.theme) +
    '</svg>'
  )
}
