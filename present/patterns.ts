// Fill patterns: overhead hatched grey, a held core dotted, one pattern per kind of blocking in
// thread lanes, and a hatching laid over warm running. Patterns (not only colours) keep states
// apart in print and for colour-blind readers. The app's canvas and every SVG (the app's exports
// and `schedlab chart`) draw these same tiles.

export interface PatternSpec {
  /** Tile size in CSS pixels. */
  size: number
  /** 'none': the tile is transparent, so the pattern lies over a colour (warm running). */
  bg: string
  fg: string
  /** Opacity of the marks (1 when absent). */
  fgOpacity?: number
  /** SVG path data of the marks inside one tile; a closed path ('Z') is filled, else stroked. */
  path: string
  lineWidth: number
}

const GREY_BG = '#e3e3e3'
const GREY_FG = '#7a7a7a'

export const PATTERNS = {
  switch: {
    size: 6,
    bg: GREY_BG,
    fg: GREY_FG,
    path: 'M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5',
    lineWidth: 1.2
  },
  migration: {
    size: 6,
    bg: GREY_BG,
    fg: '#555555',
    path: 'M-1,-1 L7,7 M5,-1 L7,1 M-1,5 L1,7',
    lineWidth: 1.2
  },
  held: {
    size: 6,
    bg: '#f1f1f1',
    fg: '#6b6b6b',
    path: 'M2,2 h1.5 v1.5 h-1.5 Z',
    lineWidth: 1
  },
  io: {
    size: 6,
    bg: '#d6ebf7',
    fg: '#1f6fa3',
    path: 'M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5',
    lineWidth: 1
  },
  sleep: { size: 8, bg: '#efe6f5', fg: '#8a4f7d', path: 'M0,4 h5', lineWidth: 1.2 },
  lock: {
    size: 6,
    bg: '#fde9d9',
    fg: '#b34700',
    path: 'M-1,7 L7,-1 M-1,-1 L7,7',
    lineWidth: 1
  },
  device: { size: 5, bg: '#e2f2ec', fg: '#0b7a5c', path: 'M2.5,0 v5', lineWidth: 1.2 },
  coSwitch: {
    size: 4,
    bg: '#ececec',
    fg: '#9a9a9a',
    path: 'M0,2 h4',
    lineWidth: 1
  },
  park: {
    size: 6,
    bg: '#eef3e6',
    fg: '#6b8e23',
    path: 'M1,1 h1.5 v1.5 h-1.5 Z M4,4 h1.5 v1.5 h-1.5 Z',
    lineWidth: 1
  },
  blocked: { size: 6, bg: '#eeeeee', fg: '#777777', path: 'M0,3 h6', lineWidth: 1 },
  // Warm running: the thread's own colour, darkened by dense diagonal hatching laid over it.
  runWarm: {
    size: 5,
    bg: 'none',
    fg: '#000000',
    fgOpacity: 0.4,
    path: 'M-1,6 L6,-1 M-1,1 L1,-1 M4,6 L6,4',
    lineWidth: 1.3
  }
} as const satisfies Record<string, PatternSpec>

export type PatternName = keyof typeof PATTERNS

/** One SVG <pattern> per `[id, spec]`, inside a <defs>. */
export function patternDefs(patterns: Iterable<readonly [string, PatternSpec]>): string {
  let out = '<defs>'
  for (const [id, p] of patterns) {
    const filled = p.path.includes('Z')
    const opacity =
      p.fgOpacity === undefined ? '' : ` ${filled ? 'fill' : 'stroke'}-opacity="${p.fgOpacity}"`
    out +=
      `<pattern id="${id}" width="${p.size}" height="${p.size}" patternUnits="userSpaceOnUse">` +
      (p.bg === 'none' ? '' : `<rect width="${p.size}" height="${p.size}" fill="${p.bg}"/>`) +
      `<path d="${p.path}" ${filled ? `fill="${p.fg}"` : `fill="none" stroke="${p.fg}" stroke-width="${p.lineWidth}"`}${opacity}/>` +
      `</pattern>`
  }
  return out + '</defs>'
}
