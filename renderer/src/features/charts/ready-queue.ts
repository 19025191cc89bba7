// Run-queue length over time, derived from the trace's state changes: a sweep that keeps every
// thread's current state and integrates "how many are ready" (and blocked) per bucket.
import { TaskState, type TraceData } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import type { LegendEntry } from './chart-types'
import { SERIES } from '../../../../present/palette'

export interface QueueSeries {
  bucket: number
  times: number[]
  /** Time-averaged number of ready threads in each bucket. */
  readyAvg: number[]
  /** Largest ready count reached in each bucket. */
  readyMax: number[]
  /** Time-averaged number of blocked threads in each bucket. */
  blockedAvg: number[]
}

export function queueSeries(
  trace: TraceData,
  tasks: number,
  makespan: number,
  points: number
): QueueSeries {
  const n = Math.max(1, Math.min(points, Math.max(1, makespan)))
  const bucket = makespan > 0 ? Math.ceil(makespan / n) : 1
  const count = makespan > 0 ? Math.ceil(makespan / bucket) : 1
  const readyArea = new Float64Array(count)
  const blockedArea = new Float64Array(count)
  const readyMax = new Float64Array(count)
  const state = new Uint8Array(tasks).fill(255)
  let ready = 0
  let blocked = 0
  let last = 0

  // Adds the current counts over [last, until) to the buckets they cover.
  const integrate = (until: number): void => {
    let s = last
    while (s < until) {
      const b = Math.min(count - 1, Math.floor(s / bucket))
      const e = Math.min(until, (b + 1) * bucket)
      readyArea[b] += ready * (e - s)
      blockedArea[b] += blocked * (e - s)
      if (ready > readyMax[b]) readyMax[b] = ready
      if (e <= s) break
      s = e
    }
    last = Math.max(last, until)
  }

  for (let i = 0; i < trace.states; i++) {
    const t = Math.min(trace.stTime[i], makespan)
    if (t > last) integrate(t)
    const k = trace.stTask[i]
    const before = state[k]
    if (before === TaskState.ready) ready--
    else if (before === TaskState.blocked) blocked--
    const after = trace.stState[i]
    if (after === TaskState.ready) ready++
    else if (after === TaskState.blocked) blocked++
    state[k] = after
    const b = Math.min(count - 1, Math.floor(t / bucket))
    if (ready > readyMax[b]) readyMax[b] = ready
  }
  if (makespan > last) integrate(makespan)

  const width = (b: number): number => Math.min(bucket, makespan - b * bucket) || 1
  const times = Array.from({ length: count }, (_, b) => b * bucket)
  return {
    bucket,
    times,
    readyAvg: times.map((_, b) => readyArea[b] / width(b)),
    readyMax: Array.from(readyMax),
    blockedAvg: times.map((_, b) => blockedArea[b] / width(b))
  }
}

/** The queue chart's series, shared by the screen and the export's SVG legend. */
export function readyQueueLegend(lang: Language = 'en'): LegendEntry[] {
  return [
    { name: translate(lang, 'legend.readyAvg'), color: SERIES.ready, shape: 'line' },
    { name: translate(lang, 'legend.readyPeak'), color: SERIES.ready, dash: '2 3', shape: 'line' },
    {
      name: translate(lang, 'legend.blockedAvg'),
      color: SERIES.blocked,
      dash: '6 3',
      shape: 'line'
    }
  ]
}
