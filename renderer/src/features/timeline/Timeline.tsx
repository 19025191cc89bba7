// The Gantt chart: one lane per core, optional thread lanes, on a canvas. Wheel zooms around
// the pointer, drag pans, W/S/A/D/arrows/0 from the keyboard; hover explains a segment, click
// selects its thread; a draggable cursor with Step/Play/Pause shows the machine at an instant
// and the decision log says, in words, what the scheduler decided up to then.
// The view lives in a ref and drawing happens in requestAnimationFrame (use-canvas-view), so
// panning a million-segment trace never re-renders React.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useLanguage, useTranslate } from '../../i18n/context'
import { formatTime } from '../charts/format'
import type { ThemeColors } from '../charts/theme'
import { DeadlineTooltip } from './DeadlineTooltip'
import { DecisionLog } from './DecisionLog'
import { MigrationTooltip } from './MigrationTooltip'
import { NodeGroups } from './NodeGroups'
import type { LaneIndex } from './lane-index'
import { computeLayout } from './layout'
import { runSummary } from './run-summary'
import { AUTO_THREAD_LANES, type TimelineSnapshot } from './snapshot'
import { taskColors } from './task-colors'
import { keyAction, PAN_STEP, ZOOM_STEP } from './timeline-keys'
import { TimelineLegend } from './TimelineLegend'
import { TimelineReadout } from './TimelineReadout'
import { TimelineToolbar } from './TimelineToolbar'
import { TimelineTooltip } from './TimelineTooltip'
import { useCanvasView } from './use-canvas-view'
import { useElementWidth } from './use-element-width'
import { usePlayback } from './use-playback'
import { usePointer } from './use-pointer'
import { fitView, panBy, zoomAround } from './view'

export interface TimelineProps {
  index: LaneIndex
  theme: ThemeColors
  /** Highlighted thread id, or -1. */
  selected: number
  onSelect(task: number): void
  /** Written on every draw: what is on screen, for exports. */
  snapshotRef?: { current: TimelineSnapshot | null }
  /** The scheduler's quantum in ticks, for the decision log ("quantum (3 ms) expired"). */
  quantum?: number | null
}

/** Thread lanes shown at once; the rest scroll (slider, Shift+wheel). */
const THREAD_ROWS = 20

export function Timeline(props: TimelineProps) {
  const { index, theme, selected, onSelect, snapshotRef } = props
  const t = useTranslate()
  const lang = useLanguage()
  const wrapRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const width = useElementWidth(wrapRef, 960)
  const nThreads = index.threadInfo.length
  const makespan = index.makespan
  const [showThreads, setShowThreads] = useState(nThreads <= AUTO_THREAD_LANES)
  const [firstRow, setFirstRow] = useState(0)
  // A cluster run: the nodes whose core lanes are folded away.
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(() => new Set())
  const maxFirst = Math.max(0, nThreads - THREAD_ROWS)

  const colors = useMemo(() => taskColors(index.threadInfo), [index])
  const summary = useMemo(() => runSummary(index), [index])
  const threads = useMemo(() => {
    if (!showThreads) return []
    const first = Math.min(firstRow, maxFirst)
    return Array.from({ length: Math.min(THREAD_ROWS, nThreads - first) }, (_, i) => first + i)
  }, [showThreads, firstRow, nThreads, maxFirst])
  const layout = useMemo(
    () =>
      computeLayout({
        width,
        cores: index.cores.length,
        threads,
        threadLabel: (id) => index.threadInfo[id]?.name ?? t('tl.threadN', { id }),
        coreLabel: (n) => t('tl.core', { n }),
        longestThreadLabel: index.longestThreadName,
        nodes: index.nodes,
        collapsed
      }),
    [width, index, threads, t, collapsed]
  )

  // The view, the playback and the pointer each keep their own state; a view change clears
  // the hover card (it would point at the wrong place), hence this indirection.
  const viewRef = useRef(fitView(makespan))
  const clearHover = useRef<() => void>(() => {})
  const redraw = useRef<() => void>(() => {})
  const onViewChange = useCallback(() => clearHover.current(), [])
  const onCursorMove = useCallback(() => redraw.current(), [])
  const playback = usePlayback(index, viewRef, onCursorMove)
  const view = useCanvasView(
    canvasRef,
    viewRef,
    {
      index,
      layout,
      theme,
      colors,
      selected,
      cursor: playback.cursor,
      threads,
      lang,
      ...(index.nodes ? { collapsed: [...collapsed] } : {})
    },
    snapshotRef,
    onViewChange
  )
  redraw.current = view.requestDraw
  const pointer = usePointer(canvasRef, {
    view,
    cursor: playback.cursor,
    setCursor: playback.setCursor,
    pause: playback.pause,
    selected,
    onSelect,
    scrollRows: (d) => setFirstRow((r) => Math.max(0, Math.min(maxFirst, r + d)))
  })
  clearHover.current = pointer.clearHover

  // A new result: show all of it.
  useLayoutEffect(() => {
    viewRef.current = fitView(index.makespan)
    setShowThreads(index.threadInfo.length <= AUTO_THREAD_LANES)
    setFirstRow(0)
    setCollapsed(new Set())
  }, [index])

  const { requestDraw } = view
  useEffect(() => {
    requestDraw()
  }, [requestDraw, layout, theme, colors, selected, playback.cursor])

  // Selecting a thread brings its lane into view.
  useEffect(() => {
    if (selected < 0 || !showThreads) return
    if (selected < firstRow || selected >= firstRow + THREAD_ROWS)
      setFirstRow(Math.max(0, Math.min(maxFirst, selected - Math.floor(THREAD_ROWS / 2))))
  }, [selected, showThreads, firstRow, maxFirst])

  const zoomCentre = (factor: number): void => {
    const v = view.viewRef.current
    const c = playback.cursor
    const anchor = c >= v.t0 && c <= v.t1 ? c : (v.t0 + v.t1) / 2
    view.setView(zoomAround(v, anchor, factor, makespan))
  }

  const onKeyDown = (e: React.KeyboardEvent): void => {
    const action = keyAction(e)
    if (!action) return
    e.preventDefault()
    const v = view.viewRef.current
    if (action === 'zoomIn') zoomCentre(ZOOM_STEP)
    else if (action === 'zoomOut') zoomCentre(1 / ZOOM_STEP)
    else if (action === 'panLeft') view.setView(panBy(v, -PAN_STEP, makespan))
    else if (action === 'panRight') view.setView(panBy(v, PAN_STEP, makespan))
    else if (action === 'fit') view.setView(fitView(makespan))
    else if (action === 'playPause') playback.toggle()
    else if (action === 'step') playback.step()
    else onSelect(-1)
  }

  return (
    <div className="sl-timeline">
      <TimelineToolbar
        playing={playback.playing}
        speed={playback.speed}
        onSpeed={playback.setSpeed}
        showThreads={showThreads}
        threadCount={nThreads}
        onZoom={zoomCentre}
        onFit={() => view.setView(fitView(makespan))}
        onStep={playback.step}
        onPlay={playback.play}
        onPause={playback.pause}
        onShowThreads={setShowThreads}
      />
      {index.nodes && (
        <NodeGroups
          nodes={index.nodes}
          collapsed={collapsed}
          onToggle={(n) =>
            setCollapsed((c) => {
              const next = new Set(c)
              if (!next.delete(n)) next.add(n)
              return next
            })
          }
        />
      )}
      {showThreads && nThreads > THREAD_ROWS && (
        <label className="sl-rows">
          {t('tl.rowsFrom')}
          <input
            type="range"
            min={0}
            max={maxFirst}
            value={Math.min(firstRow, maxFirst)}
            onChange={(e) => setFirstRow(Number(e.target.value))}
          />
          <span>
            {t('tl.rowsRange', {
              first: threads[0] + 1,
              last: threads[threads.length - 1] + 1,
              total: nThreads
            })}
          </span>
        </label>
      )}
      <div
        ref={wrapRef}
        className="sl-timeline-canvas-wrap"
        tabIndex={0}
        role="application"
        aria-label={t('tl.label')}
        aria-describedby="sl-timeline-help"
        onKeyDown={onKeyDown}
      >
        <canvas
          ref={canvasRef}
          className="sl-timeline-canvas"
          style={{ width: layout.width, height: layout.height }}
          data-testid="timeline-canvas"
          data-layout={JSON.stringify({
            plotLeft: layout.plotLeft,
            plotWidth: layout.plotWidth,
            axisHeight: layout.axisHeight,
            rows: layout.rows.map((r) => ({ kind: r.kind, id: r.id, y: r.y, h: r.h }))
          })}
          {...pointer.handlers}
        />
        {pointer.hover?.kind === 'segment' && (
          <TimelineTooltip
            hit={pointer.hover.hit}
            index={index}
            x={pointer.hover.x}
            y={pointer.hover.y}
          />
        )}
        {pointer.hover?.kind === 'migration' && (
          <MigrationTooltip
            mark={pointer.hover.mark}
            index={index}
            x={pointer.hover.x}
            y={pointer.hover.y}
          />
        )}
        {pointer.hover?.kind === 'miss' && (
          <DeadlineTooltip
            miss={pointer.hover.miss}
            index={index}
            x={pointer.hover.x}
            y={pointer.hover.y}
          />
        )}
      </div>
      <p id="sl-timeline-help" className="sl-help">
        {t('tl.help')}
      </p>
      {(summary.warm > 0 || summary.migrations > 0) && (
        // The canvas says nothing to a screen reader: the cache and migration picture in words.
        <p
          className="visually-hidden"
          data-testid="timeline-summary"
          data-migrations={summary.migrations}
          data-warm-segments={summary.warmSegments}
          data-warm={summary.warm}
          data-running={summary.running}
        >
          {t('tl.summaryCache', {
            migrations: summary.migrations,
            warm: formatTime(summary.warm, index.timeUnit, 2, lang),
            running: formatTime(summary.running, index.timeUnit, 2, lang)
          })}
        </p>
      )}
      <TimelineLegend index={index} colors={colors} threadLanes={showThreads} />
      <TimelineReadout index={index} cursor={playback.cursor} onSelect={onSelect} />
      <DecisionLog index={index} cursor={playback.cursor} quantum={props.quantum ?? null} />
    </div>
  )
}
