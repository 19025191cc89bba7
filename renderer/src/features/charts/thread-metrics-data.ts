// Rows for the per-thread metrics bars. A bar chart of 10,000 threads says nothing, so past a
// few dozen threads it shows per-process averages, and past a few dozen processes the first ones.
import type { SimResult } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import type { LegendEntry } from './chart-types'
import { SERIES } from './palette'

export const MAX_BARS = 40

export interface MetricRow {
  name: string
  turnaround: number | null
  waiting: number
  response: number | null
}

export interface MetricRows {
  rows: MetricRow[]
  /** What one bar stands for. */
  per: 'thread' | 'process'
  /** How many entities exist in total (rows may be the first MAX_BARS of them). */
  total: number
}

const avg = (xs: (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null)
  return v.length === 0 ? null : Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 100) / 100
}

export function metricRows(result: SimResult): MetricRows {
  if (result.threads.length <= MAX_BARS) {
    return {
      per: 'thread',
      total: result.threads.length,
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
  return { per: 'process', total: byProcess.size, rows }
}

export function metricsLegend(lang: Language = 'en'): LegendEntry[] {
  return [
    { name: translate(lang, 'legend.turnaround'), color: SERIES.turnaround, shape: 'rect' },
    { name: translate(lang, 'legend.waiting'), color: SERIES.waiting, shape: 'rect' },
    { name: translate(lang, 'legend.response'), color: SERIES.response, shape: 'rect' }
  ]
}
