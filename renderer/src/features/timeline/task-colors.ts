// The colour of every thread: its process's Okabe–Ito hue, shaded per thread.
import { threadColor } from '../../../../present/palette'
import type { ThreadInfo } from './lane-index'

export function taskColors(info: ThreadInfo[]): string[] {
  return info.map((t) => threadColor(t.processIndex, t.indexInProcess, t.threadsInProcess))
}
