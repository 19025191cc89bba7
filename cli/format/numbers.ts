// Number formatting for the human-readable text output (JSON and CSV keep the raw numbers).

/** At most three decimals, no trailing zeros: 3.666667 → 3.667, 7 → 7. */
export function fmtNumber(n: number | null): string {
  if (n === null) return '-'
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000)
}

/** An axis label: at most two decimals, US digit grouping (the charts are in English). */
export function fmt(v: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(v)
}

/** A fraction as a percentage with one decimal: 0.8333 → 83.3%. */
export function fmtPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`
}

/** How a count of time units reads: `10 ticks`, `1 tick`, `10 ms` (symbols take no plural). */
export function timeUnits(unit: string, n = 2): string {
  return unit === 'tick' && n !== 1 ? 'ticks' : unit
}

/** A count and its noun, singular for exactly one: `1 core`, `2 cores`, `3 processes`. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
