// A cluster run's utilization per node over time: the busy share of each node's cores, bucket by
// bucket (the buckets of the app's utilization chart). `schedlab chart --kind utilization` draws
// one line per node from it; a one-machine run has no nodes.
import { utilizationSeries, type SimResult } from '../sim-core'

export interface NodeUtilization {
  /** Start time of each bucket; the last bucket ends at the makespan. */
  times: number[]
  nodes: {
    name: string
    /** Busy share of the node's cores per bucket, 0 to 1. */ busy: number[]
  }[]
}

/** Null for a run that is not a cluster's. */
export function nodeUtilization(result: SimResult, buckets: number): NodeUtilization | null {
  const spans = result.cluster?.nodes
  if (!spans) return null
  const s = utilizationSeries(result.trace, result.cores.length, result.makespan, buckets)
  return {
    times: s.times,
    nodes: spans.map((span) => {
      const cores = s.cores.slice(span.firstCore, span.firstCore + span.cores)
      return {
        name: span.name,
        busy: s.times.map(
          (_, b) => cores.reduce((a, c) => a + c.busy[b], 0) / Math.max(1, cores.length)
        )
      }
    })
  }
}
