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

export interface CpuShareSeries {
  bucket: number
  /** Each bucket's start time. */
  times: number[]
  /** got[k][b]: thread k's fraction of the run ticks in bucket b, null when nothing ran. */
  got: (number | null)[][]
  /** fair[k][b]: thread k's weight over the weights competing in bucket b, null when none did. */
  fair: (number | null)[][]
  /** Each thread's weight (what fair is computed from). */
  weight: number[]
  /** Each thread's total run ticks (to pick the threads worth drawing). */
  cpu: number[]
}

/** A thread's weight under a policy: nice weight (cfs, eevdf), tickets (lottery, stride), else 1. */
export function shareWeight(policy: string, p: ShareProcess | undefined): number {
  if (!p) return 1
  if (policy === 'cfs' || policy === 'eevdf') return niceWeight(p.nice)
  if (policy === 'lottery' || policy === 'stride') return p.tickets
  return 1
}

export function cpuShareSeries(
  result: SimResult,
  processes: readonly ShareProcess[],
  points = 100
): CpuShareSeries {
  const { trace, makespan } = result
  const threads = result.threads.length
  const n = Math.max(1, Math.min(points, Math.max(1, makespan)))
  const bucket = makespan > 0 ? Math.ceil(makespan / n) : 1
  const count = makespan > 0 ? Math.ceil(makespan / bucket) : 1
  const byName = new Map(processes.map((p) => [p.name, p]))
  const weight = result.threads.map((t) => shareWeight(result.policy, byName.get(t.process)))
  const run = Array.from({ length: threads }, () => new Float64Array(count))
  // present[k][b]: thread k ran or was ready for some of bucket b.
  const present = Array.from({ length: threads }, () => new Uint8Array(count))
  const cpu = new Array<number>(threads).fill(0)

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

  for (let i = 0; i < trace.segments; i++) {
    const k = trace.segTask[i]
    if (k < 0 || k >= threads || trace.segKind[i] !== SegmentKind.run) continue
    const s = trace.segStart[i]
    const e = trace.segEnd[i]
    cpu[k] += e - s
    spread(s, e, (b, o) => {
      run[k][b] += o
      present[k][b] = 1
    })
  }

  const state = new Int8Array(threads).fill(-1)
  const since = new Float64Array(threads)
  const close = (k: number, t: number): void => {
    if (state[k] === TaskState.ready || state[k] === TaskState.running)
      spread(since[k], t, (b) => (present[k][b] = 1))
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

  const got = run.map(() => new Array<number | null>(count).fill(null))
  const fair = run.map(() => new Array<number | null>(count).fill(null))
  for (let b = 0; b < count; b++) {
    let total = 0
    let weights = 0
    for (let k = 0; k < threads; k++) {
      total += run[k][b]
      if (present[k][b]) weights += weight[k]
    }
    for (let k = 0; k < threads; k++) {
      if (total > 0) got[k][b] = run[k][b] / total
      if (weights > 0) fair[k][b] = present[k][b] ? weight[k] / weights : 0
    }
  }
  const times = Array.from({ length: count }, (_, b) => b * bucket)
  return { bucket, times, got, fair, weight, cpu }
}

/** The chart draws this many busiest threads (two lines each), in the tab and in exports. */
export const CPU_SHARE_THREADS = 8

/** The `limit` threads that ran longest (ties: lower index first), in thread order. */
export function topThreads(s: CpuShareSeries, limit = CPU_SHARE_THREADS): number[] {
  return s.cpu
    .map((c, k) => ({ c, k }))
    .filter((x) => x.c > 0)
    .sort((a, b) => b.c - a.c || a.k - b.k)
    .slice(0, limit)
    .map((x) => x.k)
    .sort((a, b) => a - b)
}

/** Recharts rows: { t, g<k>, f<k> } per bucket for the given threads, with a closing row. */
export function cpuShareRows(
  s: CpuShareSeries,
  threads: readonly number[],
  makespan: number
): Record<string, number | null>[] {
  const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e4) / 1e4)
  const rows = s.times.map((t, b) => {
    const row: Record<string, number | null> = { t }
    for (const k of threads) {
      row[`g${k}`] = round(s.got[k][b])
      row[`f${k}`] = round(s.fair[k][b])
    }
    return row
  })
  if (rows.length > 0 && makespan > (rows[rows.length - 1].t ?? 0))
    rows.push({ ...rows[rows.length - 1], t: makespan })
  return rows
}
