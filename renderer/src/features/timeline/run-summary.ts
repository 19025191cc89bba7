// What the timeline's picture says about caches and migrations, in numbers: how much of the
// running was warm and how many migrations are marked. Screen readers get it as text (the
// canvas says nothing to them), and tests read it from data attributes instead of pixels.
import { Cls, isRunCls } from './lane'
import type { LaneIndex } from './lane-index'

export interface RunSummary {
  /** Time cores spent running threads, and the part of it that ran warm. */
  running: number
  warm: number
  warmSegments: number
  migrations: number
}

export function runSummary(index: LaneIndex): RunSummary {
  let running = 0
  let warm = 0
  let warmSegments = 0
  for (const lane of index.cores) {
    for (let i = 0; i < lane.n; i++) {
      const c = lane.cls[i]
      if (!isRunCls(c)) continue
      const d = lane.end[i] - lane.start[i]
      running += d
      if (c === Cls.runWarm) {
        warm += d
        warmSegments++
      }
    }
  }
  return { running, warm, warmSegments, migrations: index.migrations.length }
}
