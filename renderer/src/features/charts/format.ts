// Number and time formatting shared by cards, tables, tooltips and axes, in the user's locale.
// Numbers follow the system locale (Intl's default); the only words here, "tick"/"ticks", come
// from the dictionary of the UI language.
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'

const nf = (digits: number): Intl.NumberFormat =>
  new Intl.NumberFormat(undefined, { maximumFractionDigits: digits })
const NF0 = nf(0)
const NF2 = nf(2)
const NF3 = nf(3)

export function formatNumber(v: number | null, digits = 2): string {
  if (v === null || !Number.isFinite(v)) return '—'
  return (digits === 0 ? NF0 : digits === 3 ? NF3 : digits === 2 ? NF2 : nf(digits)).format(v)
}

/** Unit suffix for a scenario's timeUnit; "tick" stays visible so numbers are never unitless. */
export function unitLabel(unit: string, lang: Language = 'en'): string {
  if (unit === 'us') return 'µs'
  return unit === 'tick' ? translate(lang, 'unit.tick', { count: 1 }) : unit
}

export function formatTime(
  v: number | null,
  unit: string,
  digits = 2,
  lang: Language = 'en'
): string {
  if (v === null || !Number.isFinite(v)) return '—'
  const u =
    unit === 'tick' ? translate(lang, 'unit.tick', { count: Math.abs(v) }) : unitLabel(unit, lang)
  return `${formatNumber(v, digits)} ${u}`
}

export function formatPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return '—'
  return `${formatNumber(fraction * 100, digits)} %`
}
