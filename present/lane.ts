// A lane is a sorted run of non-overlapping intervals (a core's segments or a thread's states),
// stored column-wise. Gaps are blank (idle, not yet arrived, finished): they are not stored,
// so a mostly idle core costs nothing. `cum` holds prefix sums of the stored durations, which
// gives the busy time of any time range in O(log n) — the basis of level of detail (lod.ts).
// The app's timeline and `schedlab chart` build their lanes with this one shape.
import { SegmentKind, type TraceData } from '../sim-core'

/** Draw classes: what an interval is, which decides its look. */
export const Cls = {
  run: 1,
  switch: 2,
  migration: 3,
  held: 4,
  tRunning: 5,
  tReady: 6,
  tIo: 7,
  tSleep: 8,
  tLock: 9,
  tDevice: 10,
  tBlocked: 11,
  coSwitch: 12,
  tPark: 13,
  /** A core running a thread warm: its working set is in that core's cache (SCENARIO.md §2b). */
  runWarm: 14
} as const

/** A core running a thread, warm or cold. */
export function isRunCls(cls: number): boolean {
  return cls === Cls.run || cls === Cls.runWarm
}

/** Classes drawn in core lanes (the rest belong to thread lanes). */
export function isCoreCls(cls: number): boolean {
  return (
    cls === Cls.run ||
    cls === Cls.runWarm ||
    cls === Cls.switch ||
    cls === Cls.migration ||
    cls === Cls.held ||
    cls === Cls.coSwitch
  )
}
export type ClsCode = (typeof Cls)[keyof typeof Cls]

export interface Lane {
  n: number
  start: Float64Array
  end: Float64Array
  cls: Uint8Array
  /** Thread (task) id the interval belongs to. */
  key: Int32Array
  /** The trace record behind the interval: a segment index (cores) or a state index (threads). */
  rec: Int32Array
  /** cum[i] = total duration of intervals 0..i-1; length n + 1. */
  cum: Float64Array
}

export function emptyLane(): Lane {
  return {
    n: 0,
    start: new Float64Array(0),
    end: new Float64Array(0),
    cls: new Uint8Array(0),
    key: new Int32Array(0),
    rec: new Int32Array(0),
    cum: new Float64Array(1)
  }
}

/** Fills `cum` from start/end. */
export function computeCum(lane: Lane): void {
  let acc = 0
  lane.cum[0] = 0
  for (let i = 0; i < lane.n; i++) {
    acc += lane.end[i] - lane.start[i]
    lane.cum[i + 1] = acc
  }
}

/** First interval index at or after `lo` whose end is after `t` (n if none). */
export function firstEndAfter(lane: Lane, t: number, lo = 0): number {
  let a = lo
  let b = lane.n
  const end = lane.end
  while (a < b) {
    const m = (a + b) >>> 1
    if (end[m] <= t) a = m + 1
    else b = m
  }
  return a
}

/** First interval index whose start is at or after `t`. */
export function firstStartAtOrAfter(lane: Lane, t: number, lo = 0): number {
  let a = lo
  let b = lane.n
  const start = lane.start
  while (a < b) {
    const m = (a + b) >>> 1
    if (start[m] < t) a = m + 1
    else b = m
  }
  return a
}

/** Stored (non-blank) time in [0, t). */
export function cumAt(lane: Lane, t: number): number {
  const i = firstEndAfter(lane, t)
  if (i >= lane.n) return lane.cum[lane.n]
  return lane.cum[i] + Math.max(0, t - lane.start[i])
}

/** The interval containing `t`, or -1 in a gap. */
export function intervalAt(lane: Lane, t: number): number {
  const i = firstEndAfter(lane, t)
  return i < lane.n && lane.start[i] <= t ? i : -1
}

/** The interval at `t`, or the nearest one within `tolerance` (for hovering thin slivers). */
export function intervalNear(lane: Lane, t: number, tolerance: number): number {
  const i = firstEndAfter(lane, t)
  if (i < lane.n && lane.start[i] <= t) return i
  const next = i < lane.n && lane.start[i] - t <= tolerance ? i : -1
  const prev = i > 0 && t - lane.end[i - 1] <= tolerance ? i - 1 : -1
  if (next >= 0 && prev >= 0) return lane.start[next] - t <= t - lane.end[prev] ? next : prev
  return next >= 0 ? next : prev
}

/** How many intervals overlap [a, b). */
export function countIn(lane: Lane, a: number, b: number): number {
  return firstStartAtOrAfter(lane, b) - firstEndAfter(lane, a)
}

/** A core segment's draw class; 0 leaves it out of the lane (idle is blank). */
const SEG_CLS: Record<number, ClsCode | 0> = {
  [SegmentKind.run]: Cls.run,
  [SegmentKind.idle]: 0,
  [SegmentKind.switch]: Cls.switch,
  [SegmentKind.migration]: Cls.migration,
  [SegmentKind.held]: Cls.held,
  [SegmentKind.coroutineSwitch]: Cls.coSwitch
}

export function allocLane(n: number): Lane {
  return {
    n: 0,
    start: new Float64Array(n),
    end: new Float64Array(n),
    cls: new Uint8Array(n),
    key: new Int32Array(n),
    rec: new Int32Array(n),
    cum: new Float64Array(n + 1)
  }
}

/** One lane per core of the trace's busy segments (idle left out), in time order. */
export function buildCoreLanes(trace: TraceData, cores: number): Lane[] {
  const counts = new Int32Array(cores)
  for (let i = 0; i < trace.segments; i++) {
    if (SEG_CLS[trace.segKind[i]] !== 0) counts[trace.segCpu[i]]++
  }
  const lanes = Array.from(counts, (n) => allocLane(n))
  // A trace from before caches existed has no warm column; everything in it ran cold.
  const warm = trace.segWarm as Uint8Array | undefined
  for (let i = 0; i < trace.segments; i++) {
    const cls = SEG_CLS[trace.segKind[i]]
    if (cls === 0 || cls === undefined) continue
    const lane = lanes[trace.segCpu[i]]
    const k = lane.n++
    lane.start[k] = trace.segStart[i]
    lane.end[k] = trace.segEnd[i]
    lane.cls[k] = cls === Cls.run && warm?.[i] === 1 ? Cls.runWarm : cls
    lane.key[k] = trace.segTask[i]
    lane.rec[k] = i
  }
  for (const lane of lanes) {
    sortIfNeeded(lane)
    computeCum(lane)
  }
  return lanes
}

/** The engine writes each core's segments in time order; sort anyway if a future engine does not. */
function sortIfNeeded(lane: Lane): void {
  let sorted = true
  for (let i = 1; i < lane.n && sorted; i++) sorted = lane.start[i] >= lane.start[i - 1]
  if (sorted) return
  const order = Array.from({ length: lane.n }, (_, i) => i).sort(
    (a, b) => lane.start[a] - lane.start[b]
  )
  const copy = (a: Float64Array | Uint8Array | Int32Array) => {
    const src = a.slice(0, lane.n)
    order.forEach((from, to) => (a[to] = src[from]))
  }
  copy(lane.start)
  copy(lane.end)
  copy(lane.cls)
  copy(lane.key)
  copy(lane.rec)
}
