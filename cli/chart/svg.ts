// Pure SVG string building for headless charts (`schedlab chart`). No DOM, no React: the CLI
// layer may import only sim-core and node:*. Everything is inlined — fonts, colours, patterns —
// so a file opens the same in a browser, Inkscape or a slide deck.

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

/**
 * Characters XML 1.0 does not allow at all, even escaped: C0 controls other than tab and line
 * breaks, lone surrogates, U+FFFE and U+FFFF. One of them makes the whole file unreadable, so
 * each becomes U+FFFD. Validation refuses them in names; this holds for any text. The same as
 * renderer/src/features/export/svg-parts.ts.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function esc(s: string): string {
  return s
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Two decimals at most: small files, stable output. */
export const n2 = (x: number): string => String(Math.round(x * 100) / 100)

export function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n2(v) : esc(v as string)}"`)
    .join('')
}

export function el(
  tag: string,
  a: Record<string, string | number | undefined>,
  body?: string
): string {
  return body === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${body}</${tag}>`
}

export function text(
  x: number,
  y: number,
  s: string,
  a: Record<string, string | number | undefined> = {}
): string {
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
