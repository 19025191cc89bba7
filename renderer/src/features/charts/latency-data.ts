// What the cluster charts draw, from a run's request records (sim-core RequestRecord): the
// latency histogram (equal-width bins over the completed requests' latencies) and every
// completed request's latency at the instant its reply arrived. Failed requests have no latency.
import type { RequestRecord } from '../../../../sim-core'

// The histogram is shared with `schedlab chart --kind latency` (present/latency-bins.ts).
export { latencies, latencyHistogram, type LatencyBin } from '../../../../present/latency-bins'

export interface LatencyPoint {
  /** When the reply arrived (ticks). */
  done: number
  latency: number
  service: string
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
