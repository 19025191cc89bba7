// What a cluster's latency charts draw, shared by the app's Requests tab and `schedlab chart
// --kind latency`: the histogram of the completed requests' latencies (equal whole-tick bins) and
// the percentile markers with their colours, so both draw the same bars and the same lines.
// Failed requests have no latency.
import type { LatencyStats, RequestRecord } from '../sim-core'
import { SERIES } from './palette'

export interface LatencyBin {
  /** Latencies in [from, to) fall in this bin (the last bin also holds `to`). */
  from: number
  to: number
  /** The bin's middle, where its bar stands on a numeric axis. */
  mid: number
  count: number
}

/** Completed requests' latencies, in record order. */
export function latencies(records: readonly RequestRecord[]): number[] {
  const out: number[] = []
  for (const r of records) if (r.done >= 0) out.push(r.done - r.arrival)
  return out
}

/**
 * About `want` bins of a whole-tick width covering 0..max latency; latencies are whole ticks,
 * so no bin is narrower than one tick.
 */
export function latencyHistogram(records: readonly RequestRecord[], want = 30): LatencyBin[] {
  const values = latencies(records)
  if (values.length === 0) return []
  let max = 0
  for (const v of values) if (v > max) max = v
  const width = Math.max(1, Math.ceil((max + 1) / want))
  const n = Math.floor(max / width) + 1
  const bins: LatencyBin[] = Array.from({ length: n }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    mid: i * width + width / 2,
    count: 0
  }))
  for (const v of values) bins[Math.min(n - 1, Math.floor(v / width))].count++
  return bins
}

/** The percentile markers: p50, p95, p99, each its own colour and dash. */
export const PERCENTILES = [
  { key: 'p50', color: SERIES.response, dash: '' },
  { key: 'p95', color: SERIES.waiting, dash: '6 3' },
  { key: 'p99', color: SERIES.deadlineMiss, dash: '2 2' }
] as const satisfies readonly { key: keyof LatencyStats; color: string; dash: string }[]

export interface PercentileMark {
  /** The latency the line stands at. */
  value: number
  /** What its label reads: "p99 162", or "p95 = p99 146" when they coincide. */
  label: string
  color: string
  dash: string
}

/**
 * One marker line per distinct percentile value. Percentiles that coincide share a line and a
 * label naming all of them, drawn in the highest one's colour (the line that used to be drawn
 * last, on top); apart, their labels stood on one spot and only the last was readable.
 */
export function percentileMarks(stats: LatencyStats): PercentileMark[] {
  const marks: (PercentileMark & { keys: string[] })[] = []
  for (const p of PERCENTILES) {
    const value = stats[p.key]
    const last = marks[marks.length - 1]
    // p50 ≤ p95 ≤ p99, so equal values are neighbours.
    if (last && last.value === value) {
      last.keys.push(p.key)
      last.color = p.color
      last.dash = p.dash
    } else marks.push({ value, keys: [p.key], label: '', color: p.color, dash: p.dash })
  }
  return marks.map(({ keys, ...m }) => ({ ...m, label: `${keys.join(' = ')} ${m.value}` }))
}
