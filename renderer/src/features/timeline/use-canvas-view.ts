// The timeline's view window and its drawing: the view lives in a ref, every change schedules
// one requestAnimationFrame draw, and React never re-renders while the user pans or zooms.
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { canvasSupported } from './canvas-support'
import { drawScene } from './draw'
import { makeCanvasPatterns } from './patterns'
import type { Scene } from './scene'
import type { TimelineSnapshot } from './snapshot'
import { clampView, type View } from './view'

export type SceneParts = Omit<Scene, 'view'> & { threads: number[]; collapsed?: number[] }

export interface CanvasView {
  viewRef: { current: View }
  /** The scene as it stands now (latest props, current view). */
  scene(): Scene
  requestDraw(): void
  setView(v: View): void
}

export function useCanvasView(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  viewRef: { current: View },
  parts: SceneParts,
  snapshotRef: { current: TimelineSnapshot | null } | undefined,
  onViewChange: () => void
): CanvasView {
  const live = useRef(parts)
  live.current = parts
  const frame = useRef(0)
  const patterns = useRef<{ scale: number; map: Map<number, CanvasPattern> } | null>(null)

  const scene = useCallback((): Scene => ({ ...live.current, view: viewRef.current }), [])

  const draw = useCallback(() => {
    frame.current = 0
    const canvas = canvasRef.current
    if (!canvas) return
    const s = scene()
    if (snapshotRef) {
      const { view, layout, selected, cursor } = s
      snapshotRef.current = {
        view,
        threads: live.current.threads,
        width: layout.width,
        selected,
        cursor,
        ...(live.current.collapsed ? { collapsed: live.current.collapsed } : {})
      }
    }
    canvas.dataset.t0 = String(s.view.t0)
    canvas.dataset.t1 = String(s.view.t1)
    if (!canvasSupported()) return
    const dpr = window.devicePixelRatio || 1
    const w = Math.round(s.layout.width * dpr)
    const h = Math.round(s.layout.height * dpr)
    if (canvas.width !== w) canvas.width = w
    if (canvas.height !== h) canvas.height = h
    const g = canvas.getContext('2d')
    if (!g) return
    if (!patterns.current || patterns.current.scale !== dpr)
      patterns.current = { scale: dpr, map: makeCanvasPatterns(dpr) }
    g.setTransform(dpr, 0, 0, dpr, 0, 0)
    const stats = drawScene(g, s, patterns.current.map)
    // Exposed for the frame-time measurements of the end-to-end test.
    canvas.dataset.drawMs = stats.ms.toFixed(2)
    canvas.dataset.rects = String(stats.rects)
  }, [canvasRef, scene, snapshotRef])

  const requestDraw = useCallback(() => {
    if (frame.current) return
    if (typeof requestAnimationFrame !== 'function') {
      draw()
      return
    }
    frame.current = requestAnimationFrame(draw)
  }, [draw])

  const setView = useCallback(
    (v: View) => {
      viewRef.current = clampView(v, live.current.index.makespan)
      onViewChange()
      requestDraw()
    },
    [requestDraw, onViewChange]
  )

  useEffect(
    () => () => {
      if (frame.current) cancelAnimationFrame(frame.current)
    },
    []
  )

  return { viewRef, scene, requestDraw, setView }
}
