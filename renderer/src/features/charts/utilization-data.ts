// Rows for the utilization chart, in percent, with a closing row at the makespan so step
// curves show the last bucket's full width.
import type { UtilizationSeries } from '../../../../sim-core'
import { seriesColor, seriesDash, SERIES } from '../../../../present/palette'
import type { LegendEntry } from './chart-types'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'

export type UtilMode = 'total' | 'cores'

export type UtilRow = Record<string, number>

const pct = (x: number): number => Math.round(x * 10000) / 100

export function utilizationRows(s: UtilizationSeries, mode: UtilMode, makespan: number): UtilRow[] {
  const rows: UtilRow[] = s.times.map((t, b) => {
    if (mode === 'total') {
      return {
        t,
        busy: pct(s.total.busy[b]),
        overhead: pct(s.total.overhead[b]),
        idle: pct(s.total.idle[b])
      }
    }
    const row: UtilRow = { t }
    s.cores.forEach((c, i) => (row[`core${i}`] = pct(c.busy[b])))
    return row
  })
  if (rows.length > 0 && makespan > rows[rows.length - 1].t)
    rows.push({ ...rows[rows.length - 1], t: makespan })
  return rows
}

export function utilizationLegend(
  mode: UtilMode,
  cores: number,
  lang: Language = 'en'
): LegendEntry[] {
  if (mode === 'total') {
    return [
      { name: translate(lang, 'legend.busy'), color: SERIES.busy, shape: 'rect' },
      { name: translate(lang, 'legend.overhead'), color: SERIES.overhead, shape: 'rect' },
      { name: translate(lang, 'legend.idle'), color: SERIES.idle, shape: 'rect' }
    ]
  }
  return Array.from({ length: cores }, (_, i) => ({
    name: translate(lang, 'legend.core', { n: i }),
    color: seriesColor(i),
    dash: seriesDash(i),
    shape: 'line' as const
  }))
}
