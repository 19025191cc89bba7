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
}

export interface LayoutInput {
  width: number
  cores: number
  /** Thread ids to show as lanes, in order (empty = thread lanes off). */
  threads: number[]
  threadLabel(id: number): string
}

export const GUTTER = 132
export const AXIS_HEIGHT = 28
const RIGHT_PAD = 12

export function coreLaneHeight(cores: number): number {
  return cores <= 8 ? 30 : cores <= 16 ? 24 : cores <= 64 ? 14 : 8
}

export function computeLayout(input: LayoutInput): Layout {
  const width = Math.max(200, Math.floor(input.width))
  const rows: Row[] = []
  const ch = coreLaneHeight(input.cores)
  const gap = ch >= 20 ? 4 : 2
  let y = AXIS_HEIGHT + 6
  for (let c = 0; c < input.cores; c++) {
    rows.push({ kind: 'core', id: c, y, h: ch, label: `Core ${c}` })
    y += ch + gap
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
    plotLeft: GUTTER,
    plotWidth: width - GUTTER - RIGHT_PAD,
    axisHeight: AXIS_HEIGHT,
    rows,
    threadCaptionY
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

/** Lane labels lose their start, not their end: "…request/req-7" still says which thread. */
export function laneLabel(label: string, max = 22): string {
  return label.length <= max ? label : '…' + label.slice(label.length - max + 1)
}
