// The shared fill patterns (present/patterns.ts) by draw class, and their canvas tiles.
import { PATTERNS as BY_NAME, type PatternSpec } from '../../../../present/patterns'
import { Cls } from './lane'

export type { PatternSpec }

export const PATTERNS: Partial<Record<number, PatternSpec>> = {
  [Cls.switch]: BY_NAME.switch,
  [Cls.migration]: BY_NAME.migration,
  [Cls.held]: BY_NAME.held,
  [Cls.tIo]: BY_NAME.io,
  [Cls.tSleep]: BY_NAME.sleep,
  [Cls.tLock]: BY_NAME.lock,
  [Cls.tDevice]: BY_NAME.device,
  [Cls.coSwitch]: BY_NAME.coSwitch,
  [Cls.tPark]: BY_NAME.park,
  [Cls.tBlocked]: BY_NAME.blocked,
  [Cls.runWarm]: BY_NAME.runWarm
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
