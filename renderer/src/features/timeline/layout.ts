// Where everything sits on the timeline canvas. Shared by drawing, hit testing and the SVG
// export so that all three agree to the pixel.

export interface Row {
  kind: 'core' | 'thread'
  /** Core number or thread id. */
  id: number
  y: number
  h: number
  label: string
}

export interface Layout {
  width: number
  height: number
  plotLeft: number
  plotWidth: number
  axisHeight: number
  rows: Row[]
  /** y of the "Threads" caption, or -1 when thread lanes are off. */
  threadCaptionY: number
  /** Characters of a lane label that fit in the gutter (longer ones lose their start). */
  labelChars: number
  /** A cluster run's node captions above each node's core lanes (none for one machine). */
  groups?: GroupHead[]
}

/** A node's caption row: its core lanes follow unless it is collapsed. */
export interface GroupHead {
  node: number
  label: string
  y: number
  collapsed: boolean
}

/** A cluster node's cores, as the layout groups them. */
export interface NodeGroup {
  name: string
  firstCore: number
  cores: number
}

/** Height of a node's caption row. */
export const GROUP_HEIGHT = 18

/** "▾ web-1" (expanded) or "▸ web-1" (collapsed): the words drawn for a node's caption. */
export function groupCaption(head: GroupHead): string {
  return `${head.collapsed ? '▸' : '▾'} ${head.label}`
}

export interface LayoutInput {
  width: number
  cores: number
  /** Thread ids to show as lanes, in order (empty = thread lanes off). */
  threads: number[]
  threadLabel(id: number): string
  /** "Core 0" in the UI language. */
  coreLabel?(core: number): string
  /**
   * The longest thread name of the whole run: the gutter is sized for it, so scrolling through
   * thread lanes never shifts the plot sideways.
   */
  longestThreadLabel?: string
  /** A cluster run: core lanes grouped under a caption per node, labelled "node/Core k". */
  nodes?: readonly NodeGroup[]
  /** Nodes (by index) whose core lanes are hidden. */
  collapsed?: ReadonlySet<number>
}

export const AXIS_HEIGHT = 28
const RIGHT_PAD = 12
/** The label gutter grows with the longest lane name ("thread-per-request/req-16"), within bounds. */
const MIN_GUTTER = 96
const MAX_GUTTER = 240

/** Approximate width of a label: wide (CJK) characters take a full em, others about 0.6 em. */
function labelWidth(label: string, px: number): number {
  let w = 0
  for (const ch of label) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? px : px * 0.6
  return w
}

function gutterFor(input: LayoutInput, width: number): number {
  let widest = 0
  const prefix =
    input.nodes?.reduce((a, n) => (n.name.length > a.length ? n.name + '/' : a), '') ?? ''
  for (let c = 0; c < input.cores; c++)
    widest = Math.max(widest, labelWidth(prefix + (input.coreLabel?.(c) ?? `Core ${c}`), 12))
  if (input.threads.length > 0 && input.longestThreadLabel !== undefined)
    widest = Math.max(widest, labelWidth(input.longestThreadLabel, 10))
  else
    for (const id of input.threads) widest = Math.max(widest, labelWidth(input.threadLabel(id), 10))
  const cap = Math.min(MAX_GUTTER, Math.max(MIN_GUTTER, Math.floor(width * 0.3)))
  return Math.round(Math.min(cap, Math.max(MIN_GUTTER, widest + 20)))
}

export function coreLaneHeight(cores: number): number {
  return cores <= 8 ? 30 : cores <= 16 ? 24 : cores <= 64 ? 14 : 8
}

export function computeLayout(input: LayoutInput): Layout {
  const width = Math.max(200, Math.floor(input.width))
  const gutter = gutterFor(input, width)
  const rows: Row[] = []
  const ch = coreLaneHeight(input.cores)
  const gap = ch >= 20 ? 4 : 2
  let y = AXIS_HEIGHT + 6
  const coreLabel = (c: number): string => input.coreLabel?.(c) ?? `Core ${c}`
  const groups: GroupHead[] = []
  if (input.nodes && input.nodes.length > 0) {
    input.nodes.forEach((node, n) => {
      const collapsed = input.collapsed?.has(n) ?? false
      groups.push({ node: n, label: node.name, y, collapsed })
      y += GROUP_HEIGHT
      if (collapsed) return
      for (let k = 0; k < node.cores; k++) {
        const c = node.firstCore + k
        rows.push({ kind: 'core', id: c, y, h: ch, label: `${node.name}/${coreLabel(k)}` })
        y += ch + gap
      }
    })
  } else {
    for (let c = 0; c < input.cores; c++) {
      rows.push({ kind: 'core', id: c, y, h: ch, label: coreLabel(c) })
      y += ch + gap
    }
  }
  let threadCaptionY = -1
  if (input.threads.length > 0) {
    y += 6
    threadCaptionY = y
    y += 18
    for (const id of input.threads) {
      rows.push({ kind: 'thread', id, y, h: 14, label: input.threadLabel(id) })
      y += 17
    }
  }
  return {
    width,
    height: y + 6,
    plotLeft: gutter,
    plotWidth: width - gutter - RIGHT_PAD,
    axisHeight: AXIS_HEIGHT,
    rows,
    threadCaptionY,
    labelChars: Math.max(8, Math.floor((gutter - 14) / 6)),
    ...(groups.length > 0 ? { groups } : {})
  }
}

export function timeToX(layout: Layout, t0: number, t1: number, t: number): number {
  return layout.plotLeft + ((t - t0) / (t1 - t0)) * layout.plotWidth
}

export function xToTime(layout: Layout, t0: number, t1: number, x: number): number {
  return t0 + ((x - layout.plotLeft) / layout.plotWidth) * (t1 - t0)
}

export function rowAt(layout: Layout, y: number): Row | undefined {
  return layout.rows.find((r) => y >= r.y - 1 && y < r.y + r.h + 1)
}

/** Keeps a tick label (about 60 px wide) inside the canvas at the right edge. */
export function tickLabelX(layout: Layout, x: number): number {
  return Math.min(x, layout.width - 30)
}

// Shortening a lane's name lives with the charts (below the timeline), which use it too.
export { laneLabel } from '../charts/lane-label'
