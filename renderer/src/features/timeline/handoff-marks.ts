// Rendezvous hand-offs on the timeline (issue 14): at a send on a capacity-0 channel control
// passes from the sender to the receiver, and an arrow shows it at that instant, from the
// sender's lane to the receiver's. A thread lane is used when it is shown, else the core lane
// the thread ran on; when both ends are in one lane (two coroutines of one host thread) a small
// hook above that lane marks it. Shared by the canvas, the SVG export and hit testing; at most
// one arrow per pixel column.
import { handoffs, type Handoffs } from '../charts/trace-columns'
import { firstEndAfter, type Lane } from './lane'
import type { LaneIndex } from './lane-index'
import { timeToX, type Row } from './layout'
import type { Scene } from './scene'

export const HANDOFF_COLOR = '#c2185b'
const HEAD = 4

export interface HandoffMark {
  /** Index of the hand-off in the trace's ho* columns. */
  handoff: number
  time: number
  x: number
  fromY: number
  toY: number
  /** Both ends in one lane: drawn as a hook above it. */
  sameLane: boolean
}

const cache = new WeakMap<LaneIndex, Handoffs>()

/** The run's hand-offs, read once per result. */
export function handoffsOf(index: LaneIndex): Handoffs {
  let h = cache.get(index)
  if (!h) {
    h = handoffs(index.trace)
    cache.set(index, h)
  }
  return h
}

/** Where a thread is at `t`: its own lane if shown, else the core lane running it around `t`. */
function rowOf(
  index: LaneIndex,
  rows: readonly Row[],
  task: number,
  t: number,
  tolerance: number
): Row | null {
  const own = rows.find((r) => r.kind === 'thread' && r.id === task)
  if (own) return own
  for (const r of rows) {
    if (r.kind !== 'core') continue
    const lane: Lane | undefined = index.cores[r.id]
    if (!lane) continue
    // The sender's segment ends at t and the receiver's starts there (or just after a switch):
    // any of the few intervals within the tolerance around t will do.
    for (
      let i = firstEndAfter(lane, t - tolerance);
      i < lane.n && lane.start[i] <= t + tolerance;
      i++
    )
      if (lane.key[i] === task) return r
  }
  return null
}

export function visibleHandoffs(scene: Scene): HandoffMark[] {
  const { layout, view, index } = scene
  const h = handoffsOf(index)
  if (h.n === 0) return []
  const out: HandoffMark[] = []
  const perPx = (view.t1 - view.t0) / Math.max(1, layout.plotWidth)
  let lastPx = Number.NEGATIVE_INFINITY
  for (let i = 0; i < h.n; i++) {
    const time = h.time[i]
    if (time < view.t0) continue
    if (time > view.t1) break
    const x = Math.round(timeToX(layout, view.t0, view.t1, time))
    if (x === lastPx) continue
    const from = rowOf(index, layout.rows, h.fromThread[i], time, perPx * 2)
    const to = rowOf(index, layout.rows, h.toThread[i], time, perPx * 2)
    if (!from || !to) continue
    lastPx = x
    const sameLane = from === to
    out.push({
      handoff: i,
      time,
      x,
      fromY: sameLane ? from.y : from.y + from.h / 2,
      toY: sameLane ? to.y : to.y + to.h / 2,
      sameLane
    })
  }
  return out
}

/** SVG path of one arrow: its shaft (stroked) and its head (filled). */
function arrowPaths(m: HandoffMark): { shaft: string; head: string } {
  const x = m.x + 0.5
  if (m.sameLane) {
    // A hook over the lane: up from the sender's instant, over, and down onto the lane.
    const y = m.fromY
    return {
      shaft: `M${x - 5},${y} C${x - 5},${y - 8} ${x + 5},${y - 8} ${x + 5},${y - HEAD}`,
      head: `M${x + 5 - HEAD / 2 - 1},${y - HEAD} L${x + 5 + HEAD / 2 + 1},${y - HEAD} L${x + 5},${y + 1} Z`
    }
  }
  const down = m.toY > m.fromY
  const tip = m.toY
  const base = down ? tip - HEAD - 2 : tip + HEAD + 2
  return {
    shaft: `M${x},${m.fromY} L${x},${base}`,
    head: `M${x - HEAD},${base} L${x + HEAD},${base} L${x},${tip} Z`
  }
}

export function drawHandoffs(g: CanvasRenderingContext2D, scene: Scene): void {
  const marks = visibleHandoffs(scene)
  if (marks.length === 0) return
  g.save()
  g.strokeStyle = HANDOFF_COLOR
  g.fillStyle = HANDOFF_COLOR
  g.lineWidth = 1.5
  for (const m of marks) {
    const { shaft, head } = arrowPaths(m)
    g.stroke(new Path2D(shaft))
    g.fill(new Path2D(head))
  }
  g.restore()
}

export function handoffsSvg(scene: Scene): string {
  return visibleHandoffs(scene)
    .map((m) => {
      const { shaft, head } = arrowPaths(m)
      return `<path d="${shaft}" fill="none" stroke="${HANDOFF_COLOR}" stroke-width="1.5"/><path d="${head}" fill="${HANDOFF_COLOR}"/>`
    })
    .join('')
}
