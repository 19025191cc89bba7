// Run-queue lengths over time, one series per run queue (each core's with per-core queues, the one
// shared queue otherwise), from the trace's queue samples: queue rqQueue holds rqLength tasks
// from rqTime on. Each series is the time-averaged length per bucket, like the other charts, so
// a million samples still make a chart of a few hundred points.
import type { TraceData } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import type { LegendEntry } from './chart-types'
import { DASHES, seriesColor } from '../../../../present/palette'

export interface RunQueueSeries {
  bucket: number
  times: number[]
  /** avg[q][b]: time-averaged length of queue q over bucket b. */
  avg: number[][]
  /** The longest any queue got (the y axis). */
  peak: number
}

export function runQueueSeries(trace: TraceData, makespan: number, points: number): RunQueueSeries {
  const queues = Math.max(1, trace.runQueues ?? 1)
  const n = Math.max(1, Math.min(points, Math.max(1, makespan)))
  const bucket = makespan > 0 ? Math.ceil(makespan / n) : 1
  const count = makespan > 0 ? Math.ceil(makespan / bucket) : 1
  const area = Array.from({ length: queues }, () => new Float64Array(count))
  const length = new Float64Array(queues)
  const since = new Float64Array(queues)
  let peak = 0

  // Adds queue q's current length over [since[q], until) to the buckets it covers.
  const integrate = (q: number, until: number): void => {
    const len = length[q]
    let s = since[q]
    if (len > 0) {
      while (s < until) {
        const b = Math.min(count - 1, Math.floor(s / bucket))
        const e = Math.min(until, (b + 1) * bucket)
        if (e <= s) break
        area[q][b] += len * (e - s)
        s = e
      }
    }
    since[q] = Math.max(since[q], until)
  }

  const samples = trace.rqSamples ?? 0
  for (let i = 0; i < samples; i++) {
    const q = trace.rqQueue[i]
    if (q >= queues) continue
    const t = Math.min(trace.rqTime[i], makespan)
    if (t > since[q]) integrate(q, t)
    length[q] = trace.rqLength[i]
    if (length[q] > peak) peak = length[q]
  }
  for (let q = 0; q < queues; q++) if (makespan > since[q]) integrate(q, makespan)

  const width = (b: number): number => Math.min(bucket, makespan - b * bucket) || 1
  const times = Array.from({ length: count }, (_, b) => b * bucket)
  return {
    bucket,
    times,
    avg: area.map((a) => times.map((_, b) => a[b] / width(b))),
    peak
  }
}

/** Recharts rows: { t, q0, q1, … }, with a closing row at the makespan (step curves). */
export function runQueueRows(s: RunQueueSeries, makespan: number): Record<string, number>[] {
  const rows = s.times.map((t, b) => {
    const row: Record<string, number> = { t }
    s.avg.forEach((a, q) => (row[`q${q}`] = Math.round(a[b] * 100) / 100))
    return row
  })
  if (rows.length > 0 && makespan > rows[rows.length - 1].t)
    rows.push({ ...rows[rows.length - 1], t: makespan })
  return rows
}

/** One entry per queue: "Core 2 queue", or "Run queue" when every core shares one. */
export function runQueueLegend(queues: number, lang: Language = 'en'): LegendEntry[] {
  if (queues <= 1)
    return [{ name: translate(lang, 'legend.runQueue'), color: seriesColor(0), shape: 'line' }]
  return Array.from({ length: queues }, (_, q) => ({
    name: translate(lang, 'legend.coreQueue', { n: q }),
    color: seriesColor(q),
    // Queues kept even by balancing often have the same length: each line gets its own dash
    // as well as its own colour, so one drawn over another still shows.
    dash: DASHES[q % DASHES.length] || undefined,
    shape: 'line' as const
  }))
}
