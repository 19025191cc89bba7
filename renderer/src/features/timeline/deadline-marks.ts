// Missed deadlines on the timeline (UX.md "Visual language"): a red triangle under the time
// axis, a dashed red line down through the core lanes, and a solid red bar on the thread's own
// lane when it is shown. Shared by the canvas, the SVG export and hit testing, so all three
// put a mark in the same place. At most one mark per pixel column, like every other layer.
import { SERIES } from '../../../../present/palette'
import type { DeadlineMiss } from './lane-index'
import { timeToX } from './layout'
import type { Scene } from './scene'

export const MISS_COLOR = SERIES.deadlineMiss
/** Half the width and the height of the triangle under the axis. */
const TRI_W = 4.5
const TRI_H = 8

export interface MissMark {
  miss: DeadlineMiss
  x: number
}

/** Marks inside the view, one per pixel column (the first miss in it). */
export function visibleMisses(scene: Scene): MissMark[] {
  const { layout, view, index } = scene
  const out: MissMark[] = []
  let lastPx = -Infinity
  for (const miss of index.misses) {
    if (miss.deadline < view.t0 || miss.deadline > view.t1) continue
    const x = timeToX(layout, view.t0, view.t1, miss.deadline)
    const px = Math.round(x)
    if (px === lastPx) continue
    lastPx = px
    out.push({ miss, x: px + 0.5 })
  }
  return out
}

/** Bottom of the core lanes (the dashed line stops there). */
function coresBottom(scene: Scene): number {
  const cores = scene.layout.rows.filter((r) => r.kind === 'core')
  const last = cores[cores.length - 1]
  return last ? last.y + last.h : scene.layout.axisHeight
}

function threadRow(scene: Scene, task: number) {
  return scene.layout.rows.find((r) => r.kind === 'thread' && r.id === task)
}

export function drawMisses(g: CanvasRenderingContext2D, scene: Scene): void {
  const marks = visibleMisses(scene)
  if (marks.length === 0) return
  const top = scene.layout.axisHeight
  const bottom = coresBottom(scene)
  g.save()
  g.strokeStyle = MISS_COLOR
  g.fillStyle = MISS_COLOR
  for (const { miss, x } of marks) {
    g.globalAlpha = 0.75
    g.lineWidth = 1
    g.setLineDash([3, 2])
    g.beginPath()
    g.moveTo(x, top)
    g.lineTo(x, bottom)
    g.stroke()
    g.setLineDash([])
    g.globalAlpha = 1
    g.beginPath()
    g.moveTo(x - TRI_W, top - TRI_H)
    g.lineTo(x + TRI_W, top - TRI_H)
    g.lineTo(x, top)
    g.closePath()
    g.fill()
    const row = threadRow(scene, miss.task)
    if (row) g.fillRect(x - 1, row.y - 1, 2.5, row.h + 2)
  }
  g.restore()
}

export function missesSvg(scene: Scene): string {
  const top = scene.layout.axisHeight
  const bottom = coresBottom(scene)
  return visibleMisses(scene)
    .map(({ miss, x }) => {
      const row = threadRow(scene, miss.task)
      return (
        `<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="${MISS_COLOR}" stroke-opacity="0.75" stroke-dasharray="3 2"/>` +
        `<path d="M${x - TRI_W},${top - TRI_H} L${x + TRI_W},${top - TRI_H} L${x},${top} Z" fill="${MISS_COLOR}"/>` +
        (row
          ? `<rect x="${x - 1}" y="${row.y - 1}" width="2.5" height="${row.h + 2}" fill="${MISS_COLOR}"/>`
          : '')
      )
    })
    .join('')
}

/** The miss under the pointer: on its triangle, or on its bar in the thread's lane. */
export function missHit(scene: Scene, x: number, y: number): DeadlineMiss | null {
  const top = scene.layout.axisHeight
  for (const { miss, x: mx } of visibleMisses(scene)) {
    if (Math.abs(x - mx) > TRI_W + 1.5) continue
    if (y >= top - TRI_H - 1 && y <= top + 1) return miss
    const row = threadRow(scene, miss.task)
    if (row && y >= row.y - 1 && y <= row.y + row.h + 1 && Math.abs(x - mx) <= 3) return miss
  }
  return null
}
