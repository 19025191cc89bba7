// Fill patterns for the canvas: overhead hatched grey, held cores dotted, one pattern per
// kind of blocking in thread lanes, and a hatching laid over warm running. Patterns (not only colours) keep states apart in print and
// for colour-blind readers. The same shapes are written as SVG <pattern>s in exports.
import { Cls } from './lane'

export interface PatternSpec {
  /** Tile size in CSS pixels. */
  size: number
  /** 'none': the tile is transparent, so the pattern lies over a colour (warm running). */
  bg: string
  fg: string
  /** Opacity of the marks (1 when absent). */
  fgOpacity?: number
  /** SVG path data of the marks inside one tile. */
  path: string
  lineWidth: number
}

const GREY_BG = '#e3e3e3'
const GREY_FG = '#7a7a7a'

export const PATTERNS: Partial<Record<number, PatternSpec>> = {
  [Cls.switch]: {
    size: 6,
    bg: GREY_BG,
    fg: GREY_FG,
    path: 'M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5',
    lineWidth: 1.2
  },
  [Cls.migration]: {
    size: 6,
    bg: GREY_BG,
    fg: '#555555',
    path: 'M-1,-1 L7,7 M5,-1 L7,1 M-1,5 L1,7',
    lineWidth: 1.2
  },
  [Cls.held]: {
    size: 6,
    bg: '#f1f1f1',
    fg: '#6b6b6b',
    path: 'M2,2 h1.5 v1.5 h-1.5 Z',
    lineWidth: 1
  },
  [Cls.tIo]: {
    size: 6,
    bg: '#d6ebf7',
    fg: '#1f6fa3',
    path: 'M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5',
    lineWidth: 1
  },
  [Cls.tSleep]: { size: 8, bg: '#efe6f5', fg: '#8a4f7d', path: 'M0,4 h5', lineWidth: 1.2 },
  [Cls.tLock]: {
    size: 6,
    bg: '#fde9d9',
    fg: '#b34700',
    path: 'M-1,7 L7,-1 M-1,-1 L7,7',
    lineWidth: 1
  },
  [Cls.tDevice]: { size: 5, bg: '#e2f2ec', fg: '#0b7a5c', path: 'M2.5,0 v5', lineWidth: 1.2 },
  [Cls.coSwitch]: {
    size: 4,
    bg: '#ececec',
    fg: '#9a9a9a',
    path: 'M0,2 h4',
    lineWidth: 1
  },
  [Cls.tPark]: {
    size: 6,
    bg: '#eef3e6',
    fg: '#6b8e23',
    path: 'M1,1 h1.5 v1.5 h-1.5 Z M4,4 h1.5 v1.5 h-1.5 Z',
    lineWidth: 1
  },
  // GIL wait: ready to compute but not allowed to: a dense grid, like a closed gate.
  [Cls.tGil]: {
    size: 5,
    bg: '#fff4cc',
    fg: '#9a7400',
    path: 'M0,2.5 h5 M2.5,0 v5',
    lineWidth: 1
  },
  // Channel wait: dots in a row, items that have not come.
  [Cls.tChannel]: {
    size: 6,
    bg: '#fbe3ee',
    fg: '#c2185b',
    path: 'M1,2.5 h1.5 v1.5 h-1.5 Z M4,2.5 h1.5 v1.5 h-1.5 Z',
    lineWidth: 1
  },
  [Cls.tBlocked]: { size: 6, bg: '#eeeeee', fg: '#777777', path: 'M0,3 h6', lineWidth: 1 },
  // Warm running: the thread's own colour, darkened by dense diagonal hatching laid over it.
  [Cls.runWarm]: {
    size: 5,
    bg: 'none',
    fg: '#000000',
    fgOpacity: 0.4,
    path: 'M-1,6 L6,-1 M-1,1 L1,-1 M4,6 L6,4',
    lineWidth: 1.3
  }
}

/** Makes canvas patterns for one rendering scale; cached by the caller per scale. */
export function makeCanvasPatterns(scale: number): Map<number, CanvasPattern> {
  const out = new Map<number, CanvasPattern>()
  if (typeof document === 'undefined' || typeof Path2D === 'undefined') return out
  for (const [key, spec] of Object.entries(PATTERNS)) {
    if (!spec) continue
    const tile = document.createElement('canvas')
    tile.width = tile.height = Math.round(spec.size * scale)
    const g = tile.getContext('2d')
    if (!g) continue
    g.scale(scale, scale)
    if (spec.bg !== 'none') {
      g.fillStyle = spec.bg
      g.fillRect(0, 0, spec.size, spec.size)
    }
    g.globalAlpha = spec.fgOpacity ?? 1
    g.strokeStyle = spec.fg
    g.fillStyle = spec.fg
    g.lineWidth = spec.lineWidth
    const p = new Path2D(spec.path)
    if (spec.path.includes('Z')) g.fill(p)
    else g.stroke(p)
    const pattern = g.createPattern(tile, 'repeat')
    if (!pattern) continue
    // Tiles are drawn at `scale`; undo it so the pattern keeps its CSS size on a scaled context.
    pattern.setTransform(new DOMMatrix().scale(1 / scale, 1 / scale))
    out.set(Number(key), pattern)
  }
  return out
}
