// What is under the pointer: the row, the interval and what to say about it.
import { countIn, intervalNear } from './lane'
import { rowAt, xToTime, type Layout, type Row } from './layout'
import { laneOf, type Scene } from './scene'

export interface Hit {
  row: Row
  /** Interval index within the row's lane. */
  interval: number
  /** Trace record (segment or state index). */
  rec: number
  cls: number
  task: number
  start: number
  end: number
  /** Other intervals hidden in the same pixel column (zoom in to see them). */
  alsoInPixel: number
}

export function hitTest(scene: Scene, x: number, y: number): Hit | null {
  const { layout, view } = scene
  if (x < layout.plotLeft || x > layout.plotLeft + layout.plotWidth) return null
  const row = rowAt(layout, y)
  if (!row) return null
  const lane = laneOf(scene.index, row)
  const perPx = (view.t1 - view.t0) / layout.plotWidth
  const t = xToTime(layout, view.t0, view.t1, x)
  const i = intervalNear(lane, t, perPx * 2)
  if (i < 0) return null
  const colStart = view.t0 + Math.floor(x - layout.plotLeft) * perPx
  return {
    row,
    interval: i,
    rec: lane.rec[i],
    cls: lane.cls[i],
    task: lane.key[i],
    start: lane.start[i],
    end: lane.end[i],
    alsoInPixel: Math.max(0, countIn(lane, colStart, colStart + perPx) - 1)
  }
}

export function isNearCursor(
  layout: Layout,
  cursorX: number | null,
  x: number,
  y: number
): boolean {
  if (cursorX === null) return false
  return Math.abs(x - cursorX) <= 6 || (y <= layout.axisHeight && Math.abs(x - cursorX) <= 10)
}
