// Level of detail for the headless Gantt: per core lane, at most one rectangle per pixel
// column. The same rule as the renderer's timeline (renderer/src/features/timeline/aggregate.ts),
// written again here because the CLI may not import the renderer.
import { SegmentKind, type TraceData } from '../../sim-core'

export interface LaneRect {
  x0: number
  x1: number
  kind: number
  task: number
  /** 1 for an exact segment, else the busy share of a shared pixel column. */
  alpha: number
  exact: boolean
}

/** Non-idle segment indices per core, in time order. */
export function coreLanes(trace: TraceData, cores: number): number[][] {
  const lanes: number[][] = Array.from({ length: cores }, () => [])
  for (let i = 0; i < trace.segments; i++)
    if (trace.segKind[i] !== SegmentKind.idle) lanes[trace.segCpu[i]].push(i)
  for (const l of lanes) l.sort((a, b) => trace.segStart[a] - trace.segStart[b])
  return lanes
}

export function laneRects(trace: TraceData, lane: number[], t1: number, width: number): LaneRect[] {
  const out: LaneRect[] = []
  if (lane.length === 0 || width <= 0 || t1 <= 0) return out
  const px = t1 / width
  const start = (j: number) => trace.segStart[lane[j]]
  const end = (j: number) => trace.segEnd[lane[j]]
  const push = (r: LaneRect, seg: number): void => {
    const last = out[out.length - 1]
    if (
      last &&
      last.exact &&
      r.exact &&
      last.task === r.task &&
      last.kind === r.kind &&
      Math.abs(last.x1 - r.x0) < 1e-6 &&
      (last as LaneRect & { seg?: number }).seg === seg
    ) {
      last.x1 = r.x1
      return
    }
    out.push(Object.assign(r, { seg }))
  }
  const cols = Math.ceil(width)
  let i = 0
  let col = Math.max(0, Math.floor(start(0) / px))
  while (col < cols && i < lane.length) {
    const ta = col * px
    const tb = ta + px
    while (i < lane.length && end(i) <= ta) i++
    if (i >= lane.length) break
    const s = start(i)
    if (s >= tb) {
      col = Math.max(col + 1, Math.floor(s / px))
      continue
    }
    const seg = lane[i]
    const alone = i + 1 >= lane.length || start(i + 1) >= tb
    if (alone) {
      const e = end(i)
      const x0 = Math.max(col, s / px)
      if (e >= tb) {
        const cEnd = Math.max(col + 1, Math.min(cols, Math.floor(e / px)))
        push(
          {
            x0,
            x1: Math.min(cEnd, width),
            kind: trace.segKind[seg],
            task: trace.segTask[seg],
            alpha: 1,
            exact: true
          },
          seg
        )
        col = cEnd
      } else {
        push(
          {
            x0,
            x1: Math.min(width, e / px),
            kind: trace.segKind[seg],
            task: trace.segTask[seg],
            alpha: 1,
            exact: true
          },
          seg
        )
        col++
      }
      continue
    }
    let busy = 0
    let best = i
    let bestLen = -1
    for (let j = i; j < lane.length && start(j) < tb; j++) {
      const len = Math.min(end(j), tb) - Math.max(start(j), ta)
      busy += len
      if (len > bestLen) {
        bestLen = len
        best = j
      }
    }
    const b = lane[best]
    out.push({
      x0: col,
      x1: Math.min(col + 1, width),
      kind: trace.segKind[b],
      task: trace.segTask[b],
      alpha: Math.min(1, busy / px),
      exact: false
    })
    col++
  }
  return out
}
