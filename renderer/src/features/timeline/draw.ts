// Paints a Scene on a 2D canvas context (the screen, or an offscreen canvas for PNG export).
// Per lane it asks the aggregator for at most one rectangle per pixel column, so the cost of a
// frame depends on the canvas size, not on the number of segments.
import { textOn, withAlpha } from '../../../../present/palette'
import { aggregateLane, createDrawList, type DrawList } from '../../../../present/lod'
import { Cls, isRunCls } from './lane'
import { GROUP_HEIGHT, groupCaption, laneLabel, tickLabelX, timeToX } from './layout'
import {
  barFraction,
  coroutineAt,
  coroutineColor,
  laneOf,
  segmentLabel,
  STRIPE,
  type Scene
} from './scene'
import { axisTicks } from '../../../../present/ticks'
import { formatTime } from '../charts/format'
import { translate } from '../../i18n/translate'
import { drawMisses } from './deadline-marks'
import { drawHandoffs } from './handoff-marks'
import { drawMigrations } from './migration-marks'

const scratch: DrawList = createDrawList(2048)

/** Stats of the last draw, for the frame-time report. */
export interface DrawStats {
  rects: number
  ms: number
}

export function drawScene(
  g: CanvasRenderingContext2D,
  scene: Scene,
  patterns: Map<number, CanvasPattern>
): DrawStats {
  const started = performance.now()
  const { layout, view, theme, index, colors, selected } = scene
  const { plotLeft, plotWidth } = layout
  g.fillStyle = theme.bg
  g.fillRect(0, 0, layout.width, layout.height)
  g.font = `11px ${theme.font}`
  g.textBaseline = 'middle'

  // Axis and grid.
  const { ticks } = axisTicks(view.t0, view.t1, plotWidth)
  g.strokeStyle = theme.grid
  g.lineWidth = 1
  g.fillStyle = theme.muted
  g.textAlign = 'center'
  for (const t of ticks) {
    const x = Math.round(timeToX(layout, view.t0, view.t1, t)) + 0.5
    g.beginPath()
    g.moveTo(x, layout.axisHeight - 6)
    g.lineTo(x, layout.height - 4)
    g.stroke()
    g.fillText(
      formatTime(t, index.timeUnit, 0, scene.lang),
      tickLabelX(layout, x),
      layout.axisHeight / 2 - 2
    )
  }
  g.strokeStyle = theme.border
  g.beginPath()
  g.moveTo(plotLeft, layout.axisHeight - 0.5)
  g.lineTo(plotLeft + plotWidth, layout.axisHeight - 0.5)
  g.stroke()

  // Labels.
  g.textAlign = 'right'
  g.fillStyle = theme.fg
  if (layout.threadCaptionY >= 0) {
    g.font = `600 11px ${theme.font}`
    g.textAlign = 'left'
    g.fillText(translate(scene.lang, 'tl.threadsCaption'), 8, layout.threadCaptionY + 8)
    g.textAlign = 'right'
  }
  // A cluster run: each node's caption above its core lanes.
  for (const head of layout.groups ?? []) {
    g.font = `600 11px ${theme.font}`
    g.textAlign = 'left'
    g.fillStyle = theme.fg
    g.fillText(groupCaption(head), 8, head.y + GROUP_HEIGHT / 2)
    g.fillStyle = theme.grid
    g.fillRect(plotLeft, head.y + GROUP_HEIGHT - 3, plotWidth, 1)
  }
  g.textAlign = 'right'
  for (const row of layout.rows) {
    const isSel = row.kind === 'thread' && row.id === selected
    g.font = `${isSel ? '700 ' : ''}${row.kind === 'core' ? 12 : 10}px ${theme.font}`
    g.fillStyle = row.kind === 'core' || isSel ? theme.fg : theme.muted
    g.fillText(laneLabel(row.label, layout.labelChars), plotLeft - 8, row.y + row.h / 2)
  }

  // Lanes.
  let rects = 0
  g.save()
  g.beginPath()
  g.rect(plotLeft, 0, plotWidth, layout.height)
  g.clip()
  for (const row of layout.rows) {
    const lane = laneOf(index, row)
    g.fillStyle = theme.panel
    g.fillRect(plotLeft, row.y, plotWidth, row.h)
    const list = aggregateLane(lane, view.t0, view.t1, plotWidth, scratch)
    rects += list.count
    for (let j = 0; j < list.count; j++) {
      const c = list.cls[j]
      const frac = barFraction(c)
      const h = Math.max(1, row.h * frac)
      const y = row.y + (row.h - h) / 2
      const x = plotLeft + list.x0[j]
      const w = Math.max(list.x1[j] - list.x0[j], 0.75)
      const k = list.key[j]
      const dim = selected >= 0 && k !== selected ? 0.28 : 1
      g.globalAlpha = list.alpha[j] * dim
      const co = row.kind === 'core' && isRunCls(c) ? coroutineAt(index, list.rec[j]) : -1
      if (isRunCls(c) || c === Cls.tRunning) {
        g.fillStyle = colors[k] ?? theme.accent
        g.fillRect(x, y, w, h)
        const warm = c === Cls.runWarm ? patterns.get(c) : undefined
        if (warm) {
          g.fillStyle = warm
          g.fillRect(x, y, w, h)
        }
        if (co >= 0) {
          g.fillStyle = coroutineColor(co)
          g.fillRect(x, y + h - STRIPE, w, STRIPE)
        }
      } else if (c === Cls.tReady) {
        g.fillStyle = theme.muted
        g.globalAlpha *= 0.45
        g.fillRect(x, y, w, h)
      } else if (c === Cls.held) {
        g.fillStyle = patterns.get(c) ?? '#eeeeee'
        g.fillRect(x, y, w, h)
        g.fillStyle = withAlpha(colors[k] ?? '#888888', 0.35)
        g.fillRect(x, y, w, h)
      } else {
        g.fillStyle = patterns.get(c) ?? '#bbbbbb'
        g.fillRect(x, y, w, h)
      }
      if (list.rec[j] >= 0 && w > 5) {
        // A hairline at each exact segment's start keeps neighbours apart.
        g.globalAlpha = 1
        g.fillStyle = theme.bg
        g.fillRect(x, y, 1, h)
        if ((isRunCls(c) || c === Cls.tRunning) && row.kind === 'core' && w > 46 && row.h >= 18) {
          g.fillStyle = textOn(colors[k] ?? '')
          g.textAlign = 'left'
          g.font = `10px ${theme.font}`
          g.fillText(clip(segmentLabel(index, k, co), Math.floor((w - 8) / 6)), x + 4, y + h / 2)
        }
      }
      if (k === selected && selected >= 0 && list.rec[j] >= 0) {
        g.globalAlpha = 1
        g.strokeStyle = theme.fg
        g.lineWidth = 1.5
        g.strokeRect(x + 0.75, y + 0.75, Math.max(0, w - 1.5), h - 1.5)
      }
    }
    g.globalAlpha = 1
  }
  g.restore()

  // Migrations and missed deadlines, above the lanes and below the cursor.
  drawMigrations(g, scene)
  drawHandoffs(g, scene)
  drawMisses(g, scene)

  // Cursor.
  if (scene.cursor !== null && scene.cursor >= view.t0 && scene.cursor <= view.t1) {
    const x = Math.round(timeToX(layout, view.t0, view.t1, scene.cursor)) + 0.5
    g.strokeStyle = theme.accent
    g.fillStyle = theme.accent
    g.lineWidth = 1.5
    g.beginPath()
    g.moveTo(x, layout.axisHeight)
    g.lineTo(x, layout.height)
    g.stroke()
    g.beginPath()
    g.moveTo(x - 6, layout.axisHeight - 10)
    g.lineTo(x + 6, layout.axisHeight - 10)
    g.lineTo(x, layout.axisHeight)
    g.closePath()
    g.fill()
  }
  return { rects, ms: performance.now() - started }
}

function clip(s: string, max: number): string {
  if (max <= 1) return ''
  return s.length <= max ? s : s.slice(0, Math.max(1, max - 1)) + '…'
}
