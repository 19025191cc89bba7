// Partitioned EDF / RM (per-core queues): each periodic thread is bound to one core for the whole
// run. As SimSo's P_EDF / P_RM (simso/utils/PartitionedScheduler.py): threads are taken in
// DECREASING utilization (wcet / period; equal utilizations keep scenario order), and a thread
// fits on a core when `U_core * period + wcet <= period` (SimSo's own test, in floats). Cores
// are tried in id order; the strategy picks among those it fits on:
//   first-fit  the first (SimSo's only strategy: its "decreasing first-fit"),
//   best-fit   the fullest (largest U_core; ties: lowest id),
//   worst-fit  the emptiest (smallest U_core; ties: lowest id).
// A core outside the thread's affinity is never tried.

export type PartitionStrategy = 'first-fit' | 'best-fit' | 'worst-fit'

export interface RtThread {
  /** Index of the thread (task id). */
  id: number
  period: number
  wcet: number
  /** Cores it may run on (null: all). */
  allowed: ((cpu: number) => boolean) | null
}

export type PartitionResult =
  | { ok: true; coreOf: Map<number, number>; load: number[] }
  | { ok: false; thread: number; utilization: number }

export function partition(
  threads: readonly RtThread[],
  cores: number,
  strategy: PartitionStrategy
): PartitionResult {
  const load = new Array<number>(cores).fill(0)
  const coreOf = new Map<number, number>()
  const order = threads
    .map((t, i) => ({ t, i, u: t.wcet / t.period }))
    .sort((a, b) => b.u - a.u || a.i - b.i)
  for (const { t, u } of order) {
    let chosen = -1
    for (let c = 0; c < cores; c++) {
      if (t.allowed && !t.allowed(c)) continue
      if (!(load[c] * t.period + t.wcet <= t.period)) continue
      if (chosen < 0) chosen = c
      else if (strategy === 'best-fit' && load[c] > load[chosen]) chosen = c
      else if (strategy === 'worst-fit' && load[c] < load[chosen]) chosen = c
      if (strategy === 'first-fit') break
    }
    if (chosen < 0) return { ok: false, thread: t.id, utilization: u }
    load[chosen] += u
    coreOf.set(t.id, chosen)
  }
  return { ok: true, coreOf, load }
}
