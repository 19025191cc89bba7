// Mouse and wheel on the timeline canvas: wheel zooms around the pointer (Shift+wheel scrolls
// thread lanes), drag pans, dragging on the time axis or the cursor line moves the cursor,
// a click without a drag selects the thread under the pointer, hovering explains a segment, a
// missed deadline or a migration.
import { useEffect, useRef, useState, type RefObject } from 'react'
import { missHit } from './deadline-marks'
import { hitTest, isNearCursor, type Hit } from './hit-test'
import type { DeadlineMiss } from './lane-index'
import { migrationHit, type MigrationMark } from './migration-marks'
import { timeToX, xToTime } from './layout'
import type { CanvasView } from './use-canvas-view'
import { panBy, snapToTick, zoomAround, type View } from './view'

type Drag = { mode: 'cursor' } | { mode: 'pan'; x: number; view: View; moved: boolean }

/** What the hover card explains: a segment or a missed-deadline mark. */
export type HoverState =
  | { kind: 'segment'; hit: Hit; x: number; y: number }
  | { kind: 'miss'; miss: DeadlineMiss; x: number; y: number }
  | { kind: 'migration'; mark: MigrationMark; x: number; y: number }

export interface PointerOptions {
  view: CanvasView
  cursor: number
  setCursor(t: number): void
  pause(): void
  selected: number
  onSelect(task: number): void
  /** Scroll thread lanes by this many rows (Shift+wheel). */
  scrollRows(delta: number): void
}

function local(e: React.PointerEvent): { x: number; y: number } {
  const rect = e.currentTarget.getBoundingClientRect()
  return { x: e.clientX - rect.left, y: e.clientY - rect.top }
}

export function usePointer(canvasRef: RefObject<HTMLCanvasElement | null>, o: PointerOptions) {
  const [hover, setHover] = useState<HoverState | null>(null)
  const drag = useRef<Drag | null>(null)
  const opts = useRef(o)
  opts.current = o

  // Non-passive native listener: the page must not scroll while the wheel zooms.
  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const onWheel = (e: WheelEvent): void => {
      e.preventDefault()
      const { view, scrollRows } = opts.current
      const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1
      const dx = e.deltaX * scale
      const dy = e.deltaY * scale
      const s = view.scene()
      if (e.shiftKey) {
        scrollRows(Math.sign(dy) * 3)
        return
      }
      if (Math.abs(dx) > Math.abs(dy)) {
        view.setView(panBy(s.view, dx / s.layout.plotWidth, s.index.makespan))
        return
      }
      const rect = canvas.getBoundingClientRect()
      const anchor = xToTime(s.layout, s.view.t0, s.view.t1, e.clientX - rect.left)
      view.setView(zoomAround(s.view, anchor, Math.exp(dy * 0.0015), s.index.makespan))
    }
    canvas.addEventListener('wheel', onWheel, { passive: false })
    return () => canvas.removeEventListener('wheel', onWheel)
  }, [canvasRef])

  const geometry = () => {
    const s = o.view.scene()
    const cursorX = timeToX(s.layout, s.view.t0, s.view.t1, o.cursor)
    // Clicks and drags land on whole ticks; the keyboard's Step already moves between events.
    const timeAt = (x: number): number =>
      snapToTick(xToTime(s.layout, s.view.t0, s.view.t1, x), s.index.makespan)
    const onHandle = (x: number, y: number): boolean =>
      isNearCursor(s.layout, cursorX, x, y) || y < s.layout.axisHeight
    return { s, timeAt, onHandle }
  }

  const onPointerDown = (e: React.PointerEvent<HTMLCanvasElement>): void => {
    if (e.button !== 0) return
    const { x, y } = local(e)
    const { s, timeAt, onHandle } = geometry()
    e.currentTarget.setPointerCapture?.(e.pointerId)
    if (onHandle(x, y)) {
      drag.current = { mode: 'cursor' }
      o.pause()
      o.setCursor(timeAt(x))
    } else drag.current = { mode: 'pan', x, view: s.view, moved: false }
  }

  const onPointerMove = (e: React.PointerEvent<HTMLCanvasElement>): void => {
    const { x, y } = local(e)
    const { s, timeAt, onHandle } = geometry()
    const d = drag.current
    if (d?.mode === 'cursor') {
      o.setCursor(timeAt(x))
      return
    }
    if (d?.mode === 'pan') {
      const dx = x - d.x
      if (Math.abs(dx) > 3) d.moved = true
      if (d.moved) {
        const shift = (-dx / s.layout.plotWidth) * (d.view.t1 - d.view.t0)
        o.view.setView({ t0: d.view.t0 + shift, t1: d.view.t1 + shift })
      }
      return
    }
    // A miss mark sits on the axis and on thread lanes; it wins over what lies beneath it.
    const miss = missHit(s, x, y)
    e.currentTarget.style.cursor = onHandle(x, y) && !miss ? 'ew-resize' : 'default'
    if (miss) {
      setHover((h) =>
        h?.kind === 'miss' && h.miss === miss ? { ...h, x, y } : { kind: 'miss', miss, x, y }
      )
      return
    }
    // So does a migration marker over the segment it starts.
    const mark = migrationHit(s, x, y)
    if (mark) {
      setHover((h) =>
        h?.kind === 'migration' && h.mark.decision === mark.decision
          ? { ...h, x, y }
          : { kind: 'migration', mark, x, y }
      )
      return
    }
    const hit = hitTest(s, x, y)
    setHover((h) =>
      hit === null
        ? null
        : h?.kind === 'segment' && h.hit.rec === hit.rec && h.hit.row === hit.row
          ? { ...h, x, y }
          : { kind: 'segment', hit, x, y }
    )
  }

  const onPointerUp = (e: React.PointerEvent<HTMLCanvasElement>): void => {
    const d = drag.current
    drag.current = null
    e.currentTarget.releasePointerCapture?.(e.pointerId)
    if (d?.mode === 'pan' && !d.moved) {
      const { x, y } = local(e)
      const hit = hitTest(o.view.scene(), x, y)
      o.onSelect(hit && hit.task >= 0 && hit.task !== o.selected ? hit.task : -1)
    }
  }

  return {
    hover,
    clearHover: () => setHover(null),
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerLeave: () => setHover(null) }
  }
}
