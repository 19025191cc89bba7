// What the timeline currently shows, kept in a ref the results pane owns, so exports draw the
// same window the user is looking at (or a sensible default when the timeline is not mounted).
import type { ThemeColors } from '../charts/theme'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import type { LaneIndex } from './lane-index'
import { computeLayout } from './layout'
import type { Scene } from './scene'
import { taskColors } from './task-colors'
import { fitView, type View } from './view'

export interface TimelineSnapshot {
  view: View
  /** Thread ids drawn as lanes (empty = off). */
  threads: number[]
  width: number
  selected: number
  cursor: number | null
  /** Nodes whose core lanes are collapsed (a cluster run). */
  collapsed?: number[]
}

export const DEFAULT_EXPORT_WIDTH = 1200
/** Thread lanes are shown by default only when they fit on a slide. */
export const AUTO_THREAD_LANES = 12

export function defaultSnapshot(index: LaneIndex): TimelineSnapshot {
  const n = index.threadInfo.length
  return {
    view: fitView(index.makespan),
    threads: n <= AUTO_THREAD_LANES ? Array.from({ length: n }, (_, i) => i) : [],
    width: DEFAULT_EXPORT_WIDTH,
    selected: -1,
    cursor: null
  }
}

export function sceneFor(
  index: LaneIndex,
  snap: TimelineSnapshot,
  theme: ThemeColors,
  lang: Language = 'en',
  colors: string[] = taskColors(index.threadInfo)
): Scene {
  const layout = computeLayout({
    width: snap.width,
    cores: index.cores.length,
    threads: snap.threads,
    threadLabel: (id) => index.threadInfo[id]?.name ?? translate(lang, 'tl.threadN', { id }),
    coreLabel: (n) => translate(lang, 'tl.core', { n }),
    longestThreadLabel: index.longestThreadName,
    nodes: index.nodes,
    collapsed: new Set(snap.collapsed ?? [])
  })
  return {
    index,
    layout,
    view: snap.view,
    theme,
    colors,
    selected: snap.selected,
    cursor: snap.cursor,
    lang
  }
}
