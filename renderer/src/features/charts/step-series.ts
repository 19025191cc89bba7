// A value per key that changes at instants (a channel's occupancy, a runtime's thread count),
// as rows a step chart draws: one row per instant with every key's value then. A long run is
// folded into buckets that keep each key's peak, so a chart never holds more than `maxRows`
// points and a brief burst still shows.

export interface StepSeries {
  /** Row fields: `t`, then one `k<i>` per key (`k0`, `k1`…). */
  rows: Record<string, number>[]
  keys: number[]
  /** 0 when every change has its own row, else the bucket width the peaks were taken over. */
  bucket: number
}

export interface StepSamples {
  n: number
  time: ArrayLike<number>
  key: ArrayLike<number>
  value: ArrayLike<number>
}

export const seriesField = (key: number): string => `k${key}`

export function stepSeries(s: StepSamples, makespan: number, maxRows = 800): StepSeries {
  const keys = [...new Set(Array.from({ length: s.n }, (_, i) => s.key[i]))].sort((a, b) => a - b)
  if (s.n === 0) return { rows: [], keys, bucket: 0 }
  const current = new Map<number, number>(keys.map((k) => [k, 0]))
  const snapshot = (t: number): Record<string, number> => {
    const row: Record<string, number> = { t }
    for (const k of keys) row[seriesField(k)] = current.get(k) ?? 0
    return row
  }
  const distinct = new Set(Array.from({ length: s.n }, (_, i) => s.time[i])).size
  const rows: Record<string, number>[] = [snapshot(0)]
  if (distinct <= maxRows) {
    for (let i = 0; i < s.n; i++) {
      current.set(s.key[i], s.value[i])
      // Several changes at one instant fold into one row: the state after the instant.
      if (i + 1 < s.n && s.time[i + 1] === s.time[i]) continue
      const t = s.time[i]
      if (rows.at(-1)?.t === t) rows.pop()
      rows.push(snapshot(t))
    }
    rows.push({ ...snapshot(Math.max(makespan, rows.at(-1)?.t ?? 0)) })
    return { rows, keys, bucket: 0 }
  }
  const end = Math.max(makespan, s.time[s.n - 1])
  const bucket = Math.ceil(end / maxRows) || 1
  rows.length = 0
  let i = 0
  for (let b = 0; b * bucket <= end; b++) {
    const peak = new Map(current)
    const until = (b + 1) * bucket
    for (; i < s.n && s.time[i] < until; i++) {
      current.set(s.key[i], s.value[i])
      if (s.value[i] > (peak.get(s.key[i]) ?? 0)) peak.set(s.key[i], s.value[i])
    }
    const row: Record<string, number> = { t: b * bucket }
    for (const k of keys) row[seriesField(k)] = peak.get(k) ?? 0
    rows.push(row)
  }
  return { rows, keys, bucket }
}
