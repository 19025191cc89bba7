// Everything one drawing of the timeline needs, whether it goes to the screen, a PNG or an SVG.
import { seriesColor } from '../../../../present/palette'
import type { ThemeColors } from '../charts/theme'
import type { Language } from '../../i18n/language'
import { Cls, isCoreCls, type Lane } from './lane'
import type { LaneIndex } from './lane-index'
import type { Layout, Row } from './layout'
import type { View } from './view'

export interface Scene {
  index: LaneIndex
  layout: Layout
  view: View
  theme: ThemeColors
  colors: string[]
  /** Highlighted thread, or -1. */
  selected: number
  /** Cursor time, or null for none. */
  cursor: number | null
  /** Language of the words drawn on the canvas (lane captions). */
  lang: Language
}

export function laneOf(index: LaneIndex, row: Row): Lane {
  return row.kind === 'core' ? index.cores[row.id] : index.threadLane(row.id)
}

/** Rows that hold a thread draw shorter bars for waiting states, so running stands out. */
export function barFraction(cls: number): number {
  if (isCoreCls(cls) || cls === Cls.tRunning) return 1
  return cls === Cls.tReady ? 0.4 : 0.6
}

/** The coroutine a core segment runs (index into result.coroutines), or -1. */
export function coroutineAt(index: LaneIndex, segment: number): number {
  const col = index.trace.segCoroutine
  return col && segment >= 0 && segment < col.length ? col[segment] : -1
}

/** Coroutines are told apart by a thin stripe under their host thread's colour. */
export function coroutineColor(co: number): string {
  return seriesColor(co + 3)
}

/** Text inside a wide run segment: the coroutine when a runtime runs one, else the thread. */
export function segmentLabel(index: LaneIndex, task: number, co: number): string {
  if (co >= 0) return index.coroutineNames[co] ?? index.threadInfo[task]?.name ?? ''
  return index.threadInfo[task]?.name ?? ''
}

/** Height of the coroutine stripe at the bottom of a core lane's run segment. */
export const STRIPE = 4
