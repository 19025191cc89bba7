// Request latency summary. Percentiles use the nearest-rank method (the smallest latency with at
// least p% of the sample at or below it): always a latency some request really had, in ticks.

export interface LatencyStats {
  mean: number
  p50: number
  p95: number
  p99: number
  max: number
}

/** Nearest-rank percentile of an ascending, non-empty list. */
export function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

/** Null for an empty sample (no request completed). */
export function latencyStats(latencies: readonly number[]): LatencyStats | null {
  if (latencies.length === 0) return null
  const sorted = Float64Array.from(latencies).sort()
  const list = Array.from(sorted)
  let sum = 0
  for (const v of list) sum += v
  return {
    mean: sum / list.length,
    p50: nearestRank(list, 50),
    p95: nearestRank(list, 95),
    p99: nearestRank(list, 99),
    max: list[list.length - 1]
  }
}
