// Stable sorting for the metrics table; missing values (a thread that never ran) sort last
// whichever the direction, because "unknown" is never the best or the worst.
export type SortDir = 'ascending' | 'descending'

export function sortRows<T>(rows: readonly T[], get: (row: T) => unknown, dir: SortDir): T[] {
  const sign = dir === 'ascending' ? 1 : -1
  return rows
    .map((row, i) => ({ row, i, v: get(row) }))
    .sort((a, b) => {
      const an = a.v === null || a.v === undefined
      const bn = b.v === null || b.v === undefined
      if (an || bn) return an === bn ? a.i - b.i : an ? 1 : -1
      const c =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : String(a.v).localeCompare(String(b.v), undefined, { numeric: true })
      return c === 0 ? a.i - b.i : c * sign
    })
    .map((x) => x.row)
}
