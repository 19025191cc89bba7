// The schedule as a Gantt chart: one lane per core, run segments in the thread's colour,
// switches and migrations hatched grey, a held core dotted, idle left empty.
import { SegmentKind, type SimResult } from '../../sim-core'
import { header, HEADER, legend, legendHeight, type LegendItem } from './frame'
import { buildCoreLanes, Cls, isRunCls } from '../../present/lane'
import { aggregateLane, createDrawList } from '../../present/lod'
import { textOn, threadColor } from '../../present/palette'
import { PATTERN_DEFS } from './patterns'
import { el, esc, INK, n2, svgDocument, text } from './svg'
import { ticks } from '../../present/ticks'
import { countOf, fmt } from '../format/numbers'
import type { ChartOptions } from './utilization-svg'

/** Where the lanes begin: the core labels take the left 90 px. */
export const GANTT_PLOT_LEFT = 90
const GUTTER = GANTT_PLOT_LEFT

/** The pattern each overhead class is filled with (PATTERN_DEFS). */
const PATTERN_IDS: Partial<Record<number, string>> = {
  [Cls.switch]: 'sl-switch',
  [Cls.migration]: 'sl-migration',
  [Cls.held]: 'sl-held',
  [Cls.coSwitch]: 'sl-coswitch'
}

/** The segment kind behind a core-lane class, kept as the rectangle's class for scripts. */
const SEGMENT_OF: Partial<Record<number, number>> = {
  [Cls.switch]: SegmentKind.switch,
  [Cls.migration]: SegmentKind.migration,
  [Cls.held]: SegmentKind.held,
  [Cls.coSwitch]: SegmentKind.coroutineSwitch
}
const AXIS = 28

export function threadColors(result: SimResult): string[] {
  const pIndex = new Map(result.processes.map((p, i) => [p.id, i]))
  const counts = new Map<string, number>()
  for (const t of result.threads) counts.set(t.process, (counts.get(t.process) ?? 0) + 1)
  const seen = new Map<string, number>()
  return result.threads.map((t) => {
    const k = seen.get(t.process) ?? 0
    seen.set(t.process, k + 1)
    return threadColor(pIndex.get(t.process) ?? 0, k, counts.get(t.process) ?? 1)
  })
}

export function ganttLegend(result: SimResult, colors: string[]): LegendItem[] {
  const items: LegendItem[] = result.processes.slice(0, 8).map((p) => ({
    name: p.id,
    color: colors[result.threads.findIndex((t) => t.process === p.id)] ?? '#888888',
    shape: 'rect'
  }))
  if (result.processes.length > 8)
    items.push({ name: `+${result.processes.length - 8} more`, color: '#bbbbbb', shape: 'rect' })
  // Only the patterns the chart draws: a legend entry for something absent reads as a finding.
  const present = segmentKindsIn(result)
  for (const p of PATTERN_ITEMS) if (present.has(p.kind)) items.push(p.item)
  return items
}

const PATTERN_ITEMS: { kind: number; item: LegendItem }[] = [
  {
    kind: SegmentKind.switch,
    item: { name: 'Context switch', color: 'url(#sl-switch)', shape: 'rect' }
  },
  {
    kind: SegmentKind.migration,
    item: { name: 'Migration', color: 'url(#sl-migration)', shape: 'rect' }
  },
  {
    kind: SegmentKind.held,
    item: { name: 'Held by blocked thread', color: 'url(#sl-held)', shape: 'rect' }
  },
  {
    kind: SegmentKind.coroutineSwitch,
    item: { name: 'Coroutine switch', color: 'url(#sl-coswitch)', shape: 'rect' }
  }
]

/** The segment kinds that occur in the run's trace. */
function segmentKindsIn(result: SimResult): Set<number> {
  const kinds = new Set<number>()
  const { segKind, segments } = result.trace
  for (let i = 0; i < segments && kinds.size < PATTERN_ITEMS.length + 2; i++) kinds.add(segKind[i])
  return kinds
}

/** Lane height that fills `height` (or a comfortable default when height is auto). */
export function ganttHeight(cores: number, width: number, items: number): number {
  const lane = cores <= 8 ? 30 : cores <= 16 ? 24 : 14
  return (
    HEADER +
    AXIS +
    cores * (lane + 4) +
    24 +
    16 +
    Math.ceil(items / Math.max(1, Math.floor((width - 40) / 150))) * 18
  )
}

/** The width of the lanes in a Gantt chart `width` pixels wide (labels left, a margin right). */
export function ganttPlotWidth(width: number): number {
  return width - GUTTER - 16
}

/** `Core 3`, or on a cluster (cores laid end to end, node by node) `n1 core 0`. */
function coreLabel(result: SimResult, c: number): string {
  const span = result.cluster?.nodes.find((n) => c >= n.firstCore && c < n.firstCore + n.cores)
  return span ? `${span.name} core ${c - span.firstCore}` : `Core ${c}`
}

export function ganttSvg(result: SimResult, o: ChartOptions): string {
  const colors = threadColors(result)
  const items = ganttLegend(result, colors)
  const lh = legendHeight(items, o.width)
  const cores = result.cores.length
  const laneSpace = o.height - HEADER - AXIS - lh - 24
  const lane = Math.max(4, Math.min(36, laneSpace / cores - 4))
  const plotW = ganttPlotWidth(o.width)
  const makespan = Math.max(1, result.makespan)
  const x = (t: number) => GUTTER + (t / makespan) * plotW
  const top = HEADER + AXIS
  let body =
    PATTERN_DEFS +
    header(
      o.title ?? 'Timeline',
      o.subtitle ?? `${result.scenario} · ${result.policy} · ${countOf(cores, 'core')}`
    )
  const laneBottom = top + cores * (lane + 4)
  for (const t of ticks(0, makespan, Math.max(2, Math.floor(plotW / 90)))) {
    body += el('line', { x1: x(t), y1: top - 6, x2: x(t), y2: laneBottom, stroke: INK.grid })
    body += text(x(t), top - 10, fmt(t), {
      'text-anchor': 'middle',
      fill: INK.muted,
      'font-size': 11
    })
  }
  body += text(
    GUTTER + plotW / 2,
    laneBottom + 18,
    `time (${result.timeUnit === 'us' ? 'µs' : result.timeUnit})`,
    { 'text-anchor': 'middle' }
  )
  // The app's level of detail (present/lod.ts): at most one rectangle per pixel column.
  const list = createDrawList(1024)
  buildCoreLanes(result.trace, cores).forEach((coreLane, c) => {
    const y = top + c * (lane + 4)
    body += text(GUTTER - 8, y + lane / 2 + 4, coreLabel(result, c), { 'text-anchor': 'end' })
    body += el('rect', { x: GUTTER, y, width: plotW, height: lane, fill: INK.panel })
    aggregateLane(coreLane, 0, makespan, plotW, list)
    for (let j = 0; j < list.count; j++) {
      const cls = list.cls[j]
      const task = list.key[j]
      const alpha = list.alpha[j]
      const w = Math.max(0.75, list.x1[j] - list.x0[j])
      const rx = GUTTER + list.x0[j]
      // A warm run is drawn as a run: the chart has no cache hatching.
      const run = isRunCls(cls)
      const fill = run ? (colors[task] ?? '#888888') : `url(#${PATTERN_IDS[cls] ?? 'sl-held'})`
      body += el('rect', {
        x: rx,
        y,
        width: w,
        height: lane,
        fill,
        'fill-opacity': alpha < 0.999 ? alpha : undefined,
        class: `seg-${run ? SegmentKind.run : (SEGMENT_OF[cls] ?? SegmentKind.held)}`
      })
      if (list.rec[j] >= 0 && run && w > 46 && lane >= 18) {
        const name = result.threads[task]?.id ?? ''
        const max = Math.floor((w - 8) / 6)
        const label = name.length <= max ? name : name.slice(0, Math.max(1, max - 1)) + '…'
        body += `<text x="${n2(rx + 4)}" y="${n2(y + lane / 2 + 3.5)}" font-size="10" fill="${textOn(colors[task] ?? '#888888')}">${esc(label)}</text>`
      }
    }
  })
  body += legend(items, o.height - lh, o.width)
  return svgDocument(o.width, o.height, body)
}
