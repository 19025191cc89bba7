// Chart rows for a comparison: grouped bars of the time figures, and every variant's total
// utilization on one shared time axis (buckets over the longest makespan, so a variant that
// finished early shows its machine idle afterwards).
import { utilizationSeries, type SimResult } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import type { LegendEntry } from '../charts/chart-types'
import { seriesColor, seriesDash } from '../../../../present/palette'
import { BAR_ROWS } from './compare-rows'
import type { CompareVariant } from './variants'

export type Row = Record<string, number | string>

export function doneVariants(vs: CompareVariant[]): (CompareVariant & { result: SimResult })[] {
  return vs.filter((v): v is CompareVariant & { result: SimResult } => v.result !== null)
}

export function barRows(vs: CompareVariant[], lang: Language = 'en'): Row[] {
  const done = doneVariants(vs)
  return BAR_ROWS.map((row) => {
    const out: Row = { metric: translate(lang, row.label) }
    done.forEach((v, i) => (out[`v${i}`] = Math.round(row.get(v.result) * 100) / 100))
    return out
  })
}

/** Overlaid step lines need coarse buckets to stay readable: 30 rather than 100. */
export const OVERLAY_POINTS = 30

export function utilizationOverlay(
  vs: CompareVariant[],
  points = OVERLAY_POINTS
): { rows: Row[]; makespan: number } {
  const done = doneVariants(vs)
  const makespan = done.reduce((m, v) => Math.max(m, v.result.makespan), 1)
  const series = done.map((v) =>
    utilizationSeries(v.result.trace, v.result.cores.length, makespan, points)
  )
  const times = series[0]?.times ?? []
  const rows: Row[] = times.map((t, b) => {
    const row: Row = { t }
    series.forEach((s, i) => (row[`v${i}`] = Math.round(s.total.busy[b] * 10000) / 100))
    return row
  })
  if (rows.length > 0) rows.push({ ...rows[rows.length - 1], t: makespan })
  return { rows, makespan }
}

export function variantLegend(vs: CompareVariant[], lines: boolean): LegendEntry[] {
  return doneVariants(vs).map((v, i) => ({
    name: v.label,
    color: seriesColor(i),
    dash: lines ? seriesDash(i) || undefined : undefined,
    shape: lines ? 'line' : 'rect'
  }))
}
