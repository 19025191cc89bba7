// Pure SVG string building for headless charts (`schedlab chart`). No DOM, no React: the CLI
// layer may import only sim-core and node:*. Everything is inlined — fonts, colours, patterns —
// so a file opens the same in a browser, Inkscape or a slide deck. Escaping and numbers come
// from present/svg.ts, which the app's exports use too.
import { attrs, el, esc, r2, type Attrs } from '../../present/svg'

export { el, esc, r2 as n2 }

export const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif'

export const INK = {
  fg: '#1f2328',
  muted: '#57606a',
  grid: '#e4e7eb',
  border: '#d0d7de',
  panel: '#f6f8fa',
  bg: '#ffffff'
} as const

export function text(x: number, y: number, s: string, a: Attrs = {}): string {
  return el('text', { x, y, fill: INK.fg, ...a }, esc(s))
}

export function svgDocument(width: number, height: number, body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attrs({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT, 'font-size': 12 })}>` +
    el('rect', { x: 0, y: 0, width, height, fill: INK.bg }) +
    body +
    '</svg>\n'
  )
}
