// What the cluster charts draw, from a run's request records (sim-core RequestRecord): the
// latency histogram (equal-width bins over the completed requests' latencies) and every
// completed request's latency at the instant its reply arrived. Failed requests have no latency.
import type { RequestRecord } from '../../../../sim-core'

export interface LatencyBin {
  /** Latencies in [from, to) fall in this bin (the last bin also holds `to`). */
  from: number
  to: number
  /** The bin's middle, where its bar stands on a numeric axis. */
  mid: number
  count: number
}

export interface LatencyPoint {
  /** When the reply arrived (ticks). */
  done: number
  latency: number
  service: string
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

/** Completed requests by reply arrival (ties keep record order). */
export function latencyOverTime(records: readonly RequestRecord[]): LatencyPoint[] {
  const out: LatencyPoint[] = []
  for (const r of records)
    if (r.done >= 0) out.push({ done: r.done, latency: r.done - r.arrival, service: r.service })
  return out.sort((a, b) => a.done - b.done)
}

/** The services in first-seen order (one scatter series each). */
export function serviceNames(records: readonly RequestRecord[]): string[] {
  const seen = new Set<string>()
  for (const r of records) seen.add(r.service)
  return [...seen]
}
