// When the requests of a `requests` entry arrive from outside the cluster (SCENARIO.md §2b):
// `uniform` at floor(i / rate), `poisson` with exponential gaps drawn from the workload stream
// and rounded to whole ticks, so arrival times stay integers like every other time in the core.
import type { Rng } from '../engine/rng'

export interface ArrivalSpec {
  kind: 'uniform' | 'poisson'
  /** Requests per tick (> 0). */
  rate: number
  count: number
  /** First arrival no earlier than this tick. */
  start?: number
}

export function arrivalTimes(spec: ArrivalSpec, rng: Rng): number[] {
  const start = spec.start ?? 0
  const times = new Array<number>(spec.count)
  if (spec.kind === 'uniform') {
    for (let i = 0; i < spec.count; i++) times[i] = start + Math.floor(i / spec.rate)
    return times
  }
  // Inverse-transform sampling: -ln(1 - u) / rate is an exponential gap with mean 1 / rate.
  // u is in [0, 1), so 1 - u is in (0, 1] and the log is finite.
  let t = start
  for (let i = 0; i < spec.count; i++) {
    if (i > 0) t += Math.round(-Math.log(1 - rng.next()) / spec.rate)
    times[i] = t
  }
  return times
}
