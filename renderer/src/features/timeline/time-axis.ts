// Round tick positions for the time axis: steps of 1, 2 or 5 × 10^k, never below one tick
// (scenario times are integers, so a fractional label would be a lie).

export function niceStep(span: number, targetTicks: number): number {
  if (!(span > 0) || !(targetTicks > 0)) return 1
  const raw = span / targetTicks
  const mag = Math.pow(10, Math.floor(Math.log10(raw)))
  const norm = raw / mag
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag
  return Math.max(1, step)
}

export function ticks(t0: number, t1: number, step: number): number[] {
  const out: number[] = []
  const first = Math.ceil(t0 / step) * step
  for (let t = first; t <= t1 + 1e-9 && out.length < 1000; t += step) out.push(Math.round(t))
  return out
}

/** Ticks for a plot `width` pixels wide: about one label per 90 px. */
export function axisTicks(
  t0: number,
  t1: number,
  width: number
): { step: number; ticks: number[] } {
  const step = niceStep(t1 - t0, Math.max(2, Math.floor(width / 90)))
  return { step, ticks: ticks(t0, t1, step) }
}
