// The latency charts' legends (the app draws Recharts' own; exports draw these in SVG).
import type { LatencyStats } from '../../../../sim-core'
import { PERCENTILES } from '../../../../present/latency-bins'
import { OKABE_ITO, seriesColor } from '../../../../present/palette'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import type { LegendEntry } from './chart-types'

// The markers are shared with `schedlab chart --kind latency`.
export { PERCENTILES } from '../../../../present/latency-bins'

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
