// Rows for the metrics bars: one bar group per thread, process or coroutine, matching the rows
// the table below shows. A bar chart of 10,000 threads says nothing, so past a few dozen threads
// the thread chart shows per-process averages, and any chart past a few dozen bars the first ones.
import type { SimResult } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate, type MessageKey } from '../../i18n/translate'
import type { LegendEntry } from './chart-types'
import { SERIES } from '../../../../present/palette'

export const MAX_BARS = 40

export type MetricKey = 'turnaround' | 'waiting' | 'response' | 'stalled'

export interface MetricRow {
  name: string
  turnaround: number | null
  /** Null for a coroutine that never became ready. */
  waiting: number | null
  response: number | null
  stalled?: number
}

export interface MetricRows {
  rows: MetricRow[]
  /**
   * What one bar stands for: a thread, a process (its own figures), the average of a process's
   * threads (too many threads to draw), or a coroutine.
   */
  per: 'thread' | 'process' | 'processAverage' | 'coroutine'
  /** How many entities exist in total (rows may be the first MAX_BARS of them). */
  total: number
  /** The bars of each group, in drawing order. */
  keys: readonly MetricKey[]
}

const TIMES: readonly MetricKey[] = ['turnaround', 'waiting', 'response']
// Stalled is what sets coroutines apart: time lost because their host thread was not running.
const COROUTINE_TIMES: readonly MetricKey[] = ['turnaround', 'waiting', 'response', 'stalled']

const avg = (xs: (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null)
  return v.length === 0 ? null : Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 100) / 100
}

export function metricRows(result: SimResult): MetricRows {
  if (result.threads.length <= MAX_BARS) {
    return {
      per: 'thread',
      total: result.threads.length,
      keys: TIMES,
      rows: result.threads.map((t) => ({
        name: t.id,
        turnaround: t.turnaround,
        waiting: t.waiting,
        response: t.response
      }))
    }
  }
  const byProcess = new Map<string, typeof result.threads>()
  for (const t of result.threads) {
    const list = byProcess.get(t.process) ?? []
    list.push(t)
    byProcess.set(t.process, list)
  }
  const rows = [...byProcess.entries()].slice(0, MAX_BARS).map(([name, ts]) => ({
    name,
    turnaround: avg(ts.map((t) => t.turnaround)),
    waiting: avg(ts.map((t) => t.waiting)) ?? 0,
    response: avg(ts.map((t) => t.response))
  }))
  return { per: 'processAverage', total: byProcess.size, keys: TIMES, rows }
}

/** The process rows of the table; waiting is their threads' sum, as the table's column says. */
export function processMetricRows(result: SimResult): MetricRows {
  return {
    per: 'process',
    total: result.processes.length,
    keys: TIMES,
    rows: result.processes.slice(0, MAX_BARS).map((p) => ({
      name: p.id,
      turnaround: p.turnaround,
      waiting: p.waiting,
      response: p.response
    }))
  }
}

export function coroutineMetricRows(result: SimResult): MetricRows {
  return {
    per: 'coroutine',
    total: result.coroutines.length,
    keys: COROUTINE_TIMES,
    rows: result.coroutines.slice(0, MAX_BARS).map((c) => ({
      name: c.id,
      turnaround: c.turnaround,
      waiting: c.waiting,
      response: c.response,
      stalled: c.stalled
    }))
  }
}

const LEGEND: Record<MetricKey, MessageKey> = {
  turnaround: 'legend.turnaround',
  waiting: 'legend.waiting',
  response: 'legend.response',
  stalled: 'legend.stalled'
}

export function metricsLegend(
  lang: Language = 'en',
  keys: readonly MetricKey[] = TIMES
): LegendEntry[] {
  return keys.map((k) => ({ name: translate(lang, LEGEND[k]), color: SERIES[k], shape: 'rect' }))
}
