// The renderer's palette, repeated here because the CLI may not import the renderer (layering):
// Okabe–Ito hues per process, shaded per thread; fixed series colours. Keep in step with
// renderer/src/features/charts/palette.ts so charts look the same from both.
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442'
] as const

export const SERIES = {
  busy: '#0072B2',
  overhead: '#8C8C8C',
  idle: '#D9D9D9',
  turnaround: '#0072B2',
  waiting: '#E69F00',
  response: '#009E73'
} as const

export const DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 3'] as const

export const seriesColor = (i: number): string => OKABE_ITO[i % OKABE_ITO.length]
export const seriesDash = (i: number): string =>
  DASHES[Math.floor(i / OKABE_ITO.length) % DASHES.length]

function mix(hex: string, amount: number): string {
  const v = parseInt(hex.slice(1), 16)
  const target = amount >= 0 ? 255 : 0
  const a = Math.min(1, Math.abs(amount))
  return (
    '#' +
    [(v >> 16) & 255, (v >> 8) & 255, v & 255]
      .map((c) =>
        Math.round(c + (target - c) * a)
          .toString(16)
          .padStart(2, '0')
      )
      .join('')
  )
}

/** Past the seven hues the cycle repeats darker, then lighter (as the renderer's palette does). */
export function processColor(p: number): string {
  const hue = seriesColor(p)
  const cycle = Math.floor(Math.max(0, p) / OKABE_ITO.length) % 3
  return cycle === 0 ? hue : mix(hue, cycle === 1 ? -0.45 : 0.5)
}

export function threadColor(p: number, k: number, n: number): string {
  const base = processColor(p)
  return n <= 1 ? base : mix(base, -0.3 + 0.75 * (k / (n - 1)))
}

/** Dark or white text, whichever reads better on the fill. */
export function textOn(hex: string): string {
  const v = parseInt(hex.slice(1), 16)
  const lin = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4)
  })
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2] > 0.3 ? '#1f2328' : '#ffffff'
}

/** Hatched grey for context switches, denser for migrations; dotted for a held core. */
export const PATTERN_DEFS =
  '<defs>' +
  '<pattern id="sl-switch" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e3e3e3"/><path d="M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5" stroke="#7a7a7a" stroke-width="1.2" fill="none"/></pattern>' +
  '<pattern id="sl-migration" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e3e3e3"/><path d="M-1,-1 L7,7 M5,-1 L7,1 M-1,5 L1,7" stroke="#555555" stroke-width="1.2" fill="none"/></pattern>' +
  '<pattern id="sl-held" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f1f1f1"/><path d="M2,2 h1.5 v1.5 h-1.5 Z" fill="#6b6b6b"/></pattern>' +
  '<pattern id="sl-coswitch" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="#ececec"/><path d="M0,2 h4" stroke="#9a9a9a" stroke-width="1" fill="none"/></pattern>' +
  '</defs>'
