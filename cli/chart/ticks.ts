// Round axis ticks (1, 2, 5 × 10^k).
export function niceStep(span: number, target: number, integer = true): number {
  if (!(span > 0)) return 1
  const raw = span / Math.max(1, target)
  const mag = Math.pow(10, Math.floor(Math.log10(raw)))
  const r = raw / mag
  const step = (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * mag
  return integer ? Math.max(1, step) : step
}

export function ticks(min: number, max: number, target: number, integer = true): number[] {
  const step = niceStep(max - min, target, integer)
  const out: number[] = []
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9 && out.length < 200; v += step)
    out.push(Math.round(v * 1e6) / 1e6)
  return out
}

export function fmt(v: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(v)
}
