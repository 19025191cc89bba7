// One colour-blind-safe palette for the timeline, the charts, the tables and the exports, in the
// app and in `schedlab chart` alike (present/ is shared by cli/ and renderer/).
// Okabe & Ito (2008), in an order that keeps neighbours distinguishable; black is left out
// because it reads as text and vanishes in the dark theme.
export const OKABE_ITO = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442' // yellow
] as const

/** Fixed meanings, so a legend reads the same in every view. */
export const SERIES = {
  busy: '#0072B2',
  overhead: '#8C8C8C',
  idle: '#D9D9D9',
  turnaround: '#0072B2',
  waiting: '#E69F00',
  response: '#009E73',
  // Vermillion: the coroutines' time lost to a host thread that was not running.
  stalled: '#D55E00',
  ready: '#D55E00',
  blocked: '#56B4E9',
  // A true red, not vermillion: a miss must not read as the sixth process's colour.
  deadlineMiss: '#E41A1C'
} as const

/** Dash patterns so lines stay apart when hues repeat or print in grey. */
export const DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 3'] as const

export function seriesColor(i: number): string {
  return OKABE_ITO[((i % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length]
}

export function seriesDash(i: number): string {
  return DASHES[Math.floor(i / OKABE_ITO.length) % DASHES.length]
}

function parseHex(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16)
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255]
}

function toHex(rgb: [number, number, number]): string {
  return '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')
}

/** Mix towards white (amount > 0) or black (amount < 0), amount in -1..1. */
export function shade(hex: string, amount: number): string {
  const target = amount >= 0 ? 255 : 0
  const a = Math.min(1, Math.abs(amount))
  return toHex(parseHex(hex).map((c) => c + (target - c) * a) as [number, number, number])
}

/**
 * The colour of thread `k` of `n` in process `p`: the process's hue, lighter or darker per
 * thread, so threads of one process read as one family yet stay apart.
 */
export function threadColor(p: number, k: number, n: number): string {
  const base = processColor(p)
  if (n <= 1) return base
  // Spread from darker (-0.3) to lighter (+0.45); lighter side has more room before washing out.
  const t = k / (n - 1)
  return shade(base, -0.3 + 0.75 * t)
}

/**
 * Process `p`'s hue. Past the seven hues the cycle repeats darker, then lighter, so the eighth
 * process is not the first one's twin on a Gantt chart.
 */
export function processColor(p: number): string {
  const hue = seriesColor(p)
  const cycle = Math.floor(Math.max(0, p) / OKABE_ITO.length) % 3
  return cycle === 0 ? hue : shade(hue, cycle === 1 ? -0.45 : 0.5)
}

/** rgba() text for a hex colour and an alpha. */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = parseHex(hex)
  return `rgba(${r},${g},${b},${alpha})`
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function textOn(hex: string): string {
  if (!hex.startsWith('#') || hex.length !== 7) return '#ffffff'
  const lin = parseHex(hex).map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4)
  })
  const l = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
  return l > 0.3 ? '#1f2328' : '#ffffff'
}
