// The latency charts' legends (the app draws Recharts' own; exports draw these in SVG).
import type { LatencyStats } from '../../../../sim-core'
import { OKABE_ITO, seriesColor, SERIES } from '../../../../present/palette'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import type { LegendEntry } from './chart-types'

/** The percentile markers: p50, p95, p99, each its own colour and dash. */
export const PERCENTILES = [
  { key: 'p50', color: SERIES.response, dash: '' },
  { key: 'p95', color: SERIES.waiting, dash: '6 3' },
  { key: 'p99', color: SERIES.deadlineMiss, dash: '2 2' }
] as const satisfies readonly { key: keyof LatencyStats; color: string; dash: string }[]

export function histogramLegend(stats: LatencyStats | null, lang: Language = 'en'): LegendEntry[] {
  return [
    { name: translate(lang, 'legend.requests'), color: OKABE_ITO[0], shape: 'rect' },
    ...PERCENTILES.map((p) => ({
      name: stats ? `${p.key} = ${stats[p.key]}` : p.key,
      color: p.color,
      dash: p.dash,
      shape: 'line' as const
    }))
  ]
}

export function overTimeLegend(services: readonly string[]): LegendEntry[] {
  return services.map((name, i) => ({ name, color: seriesColor(i), shape: 'rect' }))
}
