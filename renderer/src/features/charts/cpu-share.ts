// Each thread's share of the CPU over time next to its fair share, so a weighted policy's
// promise (cfs/eevdf by nice, lottery/stride by tickets) can be checked against what it did.
// Per time bucket: got = the thread's run ticks / all threads' run ticks in the bucket; fair =
// its weight / the summed weights of the threads that ran or were ready in the bucket (the ones
// competing for the CPU then). Both are fractions of the CPU time handed out, not of the
// machine, so idle cores do not dilute them.
import { niceWeight } from '../../../../sim-core/sched/nice-weights'
import { SegmentKind, TaskState, type SimResult } from '../../../../sim-core'

/** What weighs a thread: its process's nice value and lottery tickets. */
export interface ShareProcess {
  name: string
  nice: number
  tickets: number
}

/** The chart draws this many busiest threads (two lines each), in the tab and in exports. */
export const CPU_SHARE_THREADS = 8

export interface CpuShareSeries {
  bucket: number
  /** Each bucket's start time. */
  times: number[]
  /** The threads kept (the `limit` that ran longest, in thread order); got and fair follow it. */
  threads: number[]
  /**
   * got[j][b]: thread threads[j]'s fraction of the run ticks in bucket b; null when nothing ran
   * or the bucket ended before the thread arrived.
   */
  got: (number | null)[][]
  /** fair[j][b]: its weight over the weights competing in bucket b; null when none did or before it arrived. */
  fair: (number | null)[][]
  /** Each thread's weight (what fair is computed from), by thread index. */
  weight: number[]
  /** Each thread's total run ticks, by thread index. */
  cpu: number[]
}

/** A thread's weight under a policy: nice weight (cfs, eevdf), tickets (lottery, stride), else 1. */
export function shareWeight(policy: string, p: ShareProcess | undefined): number {
  if (!p) return 1
  if (policy === 'cfs' || policy === 'eevdf') return niceWeight(p.nice)
  if (policy === 'lottery' || policy === 'stride') return p.tickets
  return 1
}

/** The `limit` threads with the most run ticks (ties: lower index first), in thread order. */
export function topThreads(cpu: readonly number[], limit = CPU_SHARE_THREADS): number[] {
  return cpu
    .map((c, k) => ({ c, k }))
    .filter((x) => x.c > 0)
    .sort((a, b) => b.c - a.c || a.k - b.k)
    .slice(0, limit)
    .map((x) => x.k)
    .sort((a, b) => a - b)
}

// Per-bucket figures are kept only for the threads drawn, plus each bucket's totals: a run with
// 10,000 threads and 500 buckets should not hold two 5-million-entry tables for eight lines.
export function cpuShareSeries(
  result: SimResult,
  processes: readonly ShareProcess[],
  points = 100,
  limit = CPU_SHARE_THREADS
): CpuShareSeries {
  const { trace, makespan } = result
  const threads = result.threads.length
  const n = Math.max(1, Math.min(points, Math.max(1, makespan)))
  const bucket = makespan > 0 ? Math.ceil(makespan / n) : 1
  const count = makespan > 0 ? Math.ceil(makespan / bucket) : 1
  const byName = new Map(processes.map((p) => [p.name, p]))
  const weight = result.threads.map((t) => shareWeight(result.policy, byName.get(t.process)))

  // Calls f(b, overlap) for each bucket [s, e) covers.
  const spread = (s: number, e: number, f: (b: number, overlap: number) => void): void => {
    const end = Math.min(e, makespan)
    let at = Math.max(0, s)
    while (at < end) {
      const b = Math.min(count - 1, Math.floor(at / bucket))
      const next = Math.min(end, (b + 1) * bucket)
      if (next <= at) break
      f(b, next - at)
      at = next
    }
  }
  const isRun = (i: number): boolean => {
    const k = trace.segTask[i]
    return k >= 0 && k < threads && trace.segKind[i] === SegmentKind.run
  }

  const cpu = new Array<number>(threads).fill(0)
  for (let i = 0; i < trace.segments; i++)
    if (isRun(i)) cpu[trace.segTask[i]] += trace.segEnd[i] - trace.segStart[i]
  const kept = topThreads(cpu, limit)
  const slot = new Int32Array(threads).fill(-1)
  kept.forEach((k, j) => (slot[k] = j))

  const runTotal = new Float64Array(count)
  const run = kept.map(() => new Float64Array(count))
  // present[k * count + b]: thread k ran or was ready for some of bucket b.
  const present = new Uint8Array(threads * count)
  for (let i = 0; i < trace.segments; i++) {
    if (!isRun(i)) continue
    const k = trace.segTask[i]
    const j = slot[k]
    spread(trace.segStart[i], trace.segEnd[i], (b, o) => {
      runTotal[b] += o
      if (j >= 0) run[j][b] += o
      present[k * count + b] = 1
    })
  }
  const state = new Int8Array(threads).fill(-1)
  const since = new Float64Array(threads)
  const close = (k: number, t: number): void => {
    if (state[k] === TaskState.ready || state[k] === TaskState.running)
      spread(since[k], t, (b) => (present[k * count + b] = 1))
  }
  for (let i = 0; i < trace.states; i++) {
    const k = trace.stTask[i]
    if (k < 0 || k >= threads) continue
    const t = trace.stTime[i]
    close(k, t)
    state[k] = trace.stState[i]
    since[k] = t
  }
  for (let k = 0; k < threads; k++) close(k, makespan)
  const weights = new Float64Array(count)
  for (let k = 0; k < threads; k++)
    for (let b = 0; b < count; b++) if (present[k * count + b]) weights[b] += weight[k]

  // A thread that did not exist yet has no share, not a zero one: a thread arriving late (a
  // runtime's hand-off thread such as go.m1, created mid-run) starts its lines in the bucket
  // it arrives in, instead of lying along 0% until then.
  const before = (k: number, b: number): boolean => (b + 1) * bucket <= result.threads[k].arrival
  const got = kept.map((k, j) =>
    Array.from({ length: count }, (_, b) =>
      runTotal[b] > 0 && !before(k, b) ? run[j][b] / runTotal[b] : null
    )
  )
  const fairAt = (k: number, b: number): number | null => {
    if (weights[b] === 0 || before(k, b)) return null
    return present[k * count + b] ? weight[k] / weights[b] : 0
  }
  const fair = kept.map((k) => Array.from({ length: count }, (_, b) => fairAt(k, b)))
  const times = Array.from({ length: count }, (_, b) => b * bucket)
  return { bucket, times, threads: kept, got, fair, weight, cpu }
}

/** Recharts rows: { t, g<k>, f<k> } per bucket for the kept threads k, with a closing row. */
export function cpuShareRows(s: CpuShareSeries, makespan: number): Record<string, number | null>[] {
  const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e4) / 1e4)
  const rows = s.times.map((t, b) => {
    const row: Record<string, number | null> = { t }
    s.threads.forEach((k, j) => {
      row[`g${k}`] = round(s.got[j][b])
      row[`f${k}`] = round(s.fair[j][b])
    })
    return row
  })
  if (rows.length > 0 && makespan > (rows[rows.length - 1].t ?? 0))
    rows.push({ ...rows[rows.length - 1], t: makespan })
  return rows
}
