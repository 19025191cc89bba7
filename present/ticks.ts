// Round axis ticks: steps of 1, 2 or 5 × 10^k. One rule for the timeline's time axis, the
// charts' value axes and `schedlab chart`, so an axis reads the same wherever it is drawn.

/**
 * A step of 1, 2 or 5 × 10^k that cuts `span` into about `target` parts. `integer` keeps it
 * at one or more whole units: scenario times and counts are integers, so a fractional label
 * would be a lie.
 */
export function niceStep(span: number, target: number, integer = true): number {
  if (!(span > 0) || !(target > 0)) return 1
  const raw = span / Math.max(1, target)
  const mag = Math.pow(10, Math.floor(Math.log10(raw)))
  const norm = raw / mag
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag
  return integer ? Math.max(1, Math.round(step)) : step
}

/** The multiples of `step` in [min, max] (at most `limit` of them), rounded to shed float noise. */
export function ticksByStep(min: number, max: number, step: number, limit = 1000): number[] {
  const out: number[] = []
  for (
    let v = Math.ceil(min / step) * step;
    v <= max + step * 1e-9 && out.length < limit;
    v += step
  )
    out.push(Math.round(v * 1e6) / 1e6)
  return out
}

/** About `target` round ticks between `min` and `max`. */
export function ticks(min: number, max: number, target: number, integer = true): number[] {
  return ticksByStep(min, max, niceStep(max - min, target, integer), 200)
}

/** Pixels per time-axis label: about one label per 90 px. */
export const PX_PER_TICK = 90

/** Ticks for a time axis `width` pixels wide. */
export function axisTicks(
  t0: number,
  t1: number,
  width: number
): { step: number; ticks: number[] } {
  const step = niceStep(t1 - t0, Math.max(2, Math.floor(width / PX_PER_TICK)))
  return { step, ticks: ticksByStep(t0, t1, step) }
}
