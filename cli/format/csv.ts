// CSV as RFC 4180 describes it: comma-separated, CRLF-free (\n), fields quoted only when needed.
export type Cell = string | number | boolean | null | undefined

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return ''
  const s = String(v)
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\n'
}
