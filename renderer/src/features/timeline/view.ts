// The visible time window and the pure math of zooming and panning it.

export interface View {
  t0: number
  t1: number
}

/** Never zoom in past this many ticks across the plot: below it nothing new appears. */
export const MIN_SPAN = 2

export function fitView(makespan: number): View {
  return { t0: 0, t1: Math.max(makespan, MIN_SPAN) }
}

/** Keeps the window inside [0, makespan] with its span between MIN_SPAN and the whole run. */
export function clampView(v: View, makespan: number): View {
  const full = Math.max(makespan, MIN_SPAN)
  const span = Math.min(full, Math.max(MIN_SPAN, v.t1 - v.t0))
  const t0 = Math.min(Math.max(0, v.t0), full - span)
  return { t0, t1: t0 + span }
}

/** Zooms by `factor` (< 1 zooms in) keeping time `anchor` under the same pixel. */
export function zoomAround(v: View, anchor: number, factor: number, makespan: number): View {
  const t0 = anchor - (anchor - v.t0) * factor
  const t1 = anchor + (v.t1 - anchor) * factor
  return clampView({ t0, t1 }, makespan)
}

/** Pans by a fraction of the visible span (negative = earlier). */
export function panBy(v: View, fraction: number, makespan: number): View {
  const d = (v.t1 - v.t0) * fraction
  return clampView({ t0: v.t0 + d, t1: v.t1 + d }, makespan)
}

/** Makes sure time `t` is visible, panning as little as possible. */
export function reveal(v: View, t: number, makespan: number): View {
  const span = v.t1 - v.t0
  if (t < v.t0) return clampView({ t0: t - span * 0.1, t1: t - span * 0.1 + span }, makespan)
  if (t > v.t1) return clampView({ t0: t - span * 0.9, t1: t + span * 0.1 }, makespan)
  return v
}

/**
 * A time picked with the pointer, on a whole tick inside the run: simulated time only moves in
 * ticks, so "t = 19.96 ms" would name an instant at which nothing can happen.
 */
export function snapToTick(t: number, makespan: number): number {
  return Math.max(0, Math.min(makespan, Math.round(t)))
}
