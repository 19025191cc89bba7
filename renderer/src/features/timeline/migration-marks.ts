// Migrations on the timeline: a decision whose picked thread last ran on another core
// (decFrom >= 0 && decFrom !== decCpu, the trace contract) gets a small marker at the top left
// of the segment it starts in that core's lane. Shared by the canvas, the SVG export and hit
// testing, so all three put a marker in the same place; at most one per pixel column per core.
import type { TraceData } from '../../../../sim-core'
import { timeToX } from './layout'
import type { Scene } from './scene'

export const MIGRATION_COLOR = '#7b3fb3'
/** The marker: a small triangle pointing right (where the thread came to), this wide and high. */
const MARK_W = 6
const MARK_H = 7

/** Indices of the decisions that migrated a thread, in time order (decisions are written so). */
export function migrationDecisions(trace: TraceData): Int32Array {
  const from = trace.decFrom as Int32Array | undefined
  if (!from) return new Int32Array(0)
  let n = 0
  for (let i = 0; i < trace.decisions; i++) if (from[i] >= 0 && from[i] !== trace.decCpu[i]) n++
  const out = new Int32Array(n)
  let k = 0
  for (let i = 0; i < trace.decisions; i++)
    if (from[i] >= 0 && from[i] !== trace.decCpu[i]) out[k++] = i
  return out
}

export interface MigrationMark {
  /** Decision index. */
  decision: number
  core: number
  from: number
  task: number
  time: number
  x: number
  y: number
}

/** First position in `list` whose decision time is at or after `t`. */
function firstAtOrAfter(trace: TraceData, list: Int32Array, t: number): number {
  let a = 0
  let b = list.length
  while (a < b) {
    const m = (a + b) >>> 1
    if (trace.decTime[list[m]] < t) a = m + 1
    else b = m
  }
  return a
}

/** Markers inside the view, one per pixel column per core (the first migration in it). */
export function visibleMigrations(scene: Scene): MigrationMark[] {
  const { layout, view, index } = scene
  const list = index.migrations
  if (list.length === 0) return []
  const trace = index.trace
  const rows = new Map<number, { y: number }>()
  for (const r of layout.rows) if (r.kind === 'core') rows.set(r.id, r)
  const lastPx = new Map<number, number>()
  const out: MigrationMark[] = []
  for (let j = firstAtOrAfter(trace, list, view.t0); j < list.length; j++) {
    const d = list[j]
    const time = trace.decTime[d]
    if (time > view.t1) break
    const core = trace.decCpu[d]
    const row = rows.get(core)
    if (!row) continue
    const px = Math.round(timeToX(layout, view.t0, view.t1, time))
    if (lastPx.get(core) === px) continue
    lastPx.set(core, px)
    out.push({
      decision: d,
      core,
      from: trace.decFrom[d],
      task: trace.decTask[d],
      time,
      x: px,
      y: row.y
    })
  }
  return out
}

function markPath(x: number, y: number): string {
  return `M${x},${y} L${x + MARK_W},${y + MARK_H / 2} L${x},${y + MARK_H} Z`
}

export function drawMigrations(g: CanvasRenderingContext2D, scene: Scene): void {
  const marks = visibleMigrations(scene)
  if (marks.length === 0) return
  g.save()
  g.fillStyle = MIGRATION_COLOR
  g.strokeStyle = scene.theme.bg
  g.lineWidth = 1
  for (const m of marks) {
    const p = new Path2D(markPath(m.x, m.y))
    g.stroke(p)
    g.fill(p)
  }
  g.restore()
}

export function migrationsSvg(scene: Scene): string {
  return visibleMigrations(scene)
    .map(
      (m) =>
        `<path d="${markPath(m.x, m.y)}" fill="${MIGRATION_COLOR}" stroke="${scene.theme.bg}" stroke-width="1"/>`
    )
    .join('')
}

/** The marker under the pointer, if any (a little larger than drawn, for a mouse to find it). */
export function migrationHit(scene: Scene, x: number, y: number): MigrationMark | null {
  for (const m of visibleMigrations(scene)) {
    if (x >= m.x - 2 && x <= m.x + MARK_W + 2 && y >= m.y - 2 && y <= m.y + MARK_H + 2) return m
  }
  return null
}
