// Buckets the trace into a utilization time series per core: for each bucket, the fraction of
// it the core spent busy, in overhead and idle. This is what the utilization chart draws.
import { SegmentKind, type TraceData } from '../trace/trace-store'

export interface UtilizationSeries {
  bucket: number
  /** Start time of each bucket. */
  times: number[]
  cores: { busy: number[]; overhead: number[]; idle: number[] }[]
  total: { busy: number[]; overhead: number[]; idle: number[] }
}

/**
 * How many buckets a utilization chart has unless the user picks another count: the app opens
 * with it and `schedlab chart` draws with it, so the same run charts alike in both.
 */
export const UTILIZATION_BUCKETS = 100

export function utilizationSeries(
  trace: TraceData,
  cores: number,
  makespan: number,
  points: number
): UtilizationSeries {
  const n = Math.max(1, Math.min(points, Math.max(1, makespan)))
  const bucket = makespan > 0 ? Math.ceil(makespan / n) : 1
  const count = makespan > 0 ? Math.ceil(makespan / bucket) : 1
  const busy = Array.from({ length: cores }, () => new Float64Array(count))
  const over = Array.from({ length: cores }, () => new Float64Array(count))
  for (let i = 0; i < trace.segments; i++) {
    const kind = trace.segKind[i]
    if (kind === SegmentKind.idle || kind === SegmentKind.held) continue
    const target = kind === SegmentKind.run ? busy[trace.segCpu[i]] : over[trace.segCpu[i]]
    let s = trace.segStart[i]
    const e = trace.segEnd[i]
    while (s < e) {
      const b = Math.floor(s / bucket)
      const bEnd = Math.min(e, (b + 1) * bucket)
      if (b < count) target[b] += bEnd - s
      s = bEnd
    }
  }
  const times = Array.from({ length: count }, (_, b) => b * bucket)
  const width = (b: number) => Math.min(bucket, makespan - b * bucket) || 1
  const frac = (a: Float64Array) => Array.from(a, (v, b) => v / width(b))
  const perCore = busy.map((bz, c) => {
    const bf = frac(bz)
    const of = frac(over[c])
    return { busy: bf, overhead: of, idle: bf.map((v, b) => Math.max(0, 1 - v - of[b])) }
  })
  const avg = (pick: (c: (typeof perCore)[number]) => number[]) =>
    times.map((_, b) => perCore.reduce((a, c) => a + pick(c)[b], 0) / Math.max(1, cores))
  return {
    bucket,
    times,
    cores: perCore,
    total: { busy: avg((c) => c.busy), overhead: avg((c) => c.overhead), idle: avg((c) => c.idle) }
  }
}
