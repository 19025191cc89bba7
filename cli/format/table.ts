// Plain-text tables: a header row and columns padded to their widest cell; numbers right-aligned
// so that digits line up, text left-aligned. Text cells come from the scenario (names), so
// control characters in them are shown as escapes, never sent to the terminal raw.
import { visible } from './visible'

export type TableCell = string | number

export function renderTable(
  headers: readonly string[],
  shownRows: readonly (readonly TableCell[])[],
  indent = '  '
): string {
  const rows = shownRows.map((r) => r.map((c) => (typeof c === 'string' ? visible(c) : c)))
  // A loop, not Math.max(...rows): spreading 130,000 rows overflows the call stack.
  const widths = headers.map((h) => h.length)
  for (const r of rows)
    for (let c = 0; c < widths.length; c++)
      widths[c] = Math.max(widths[c], String(r[c] ?? '').length)
  // A column is numeric when every cell is a number or a formatted number (like "83.3%" or "-").
  const numeric = headers.map((_, c) =>
    rows.every((r) => typeof r[c] === 'number' || /^(?:-|[-0-9.]+%?)$/.test(String(r[c])))
  )
  const line = (cells: readonly TableCell[]) =>
    indent +
    cells
      .map((cell, c) => {
        const s = String(cell ?? '')
        return numeric[c] ? s.padStart(widths[c]) : s.padEnd(widths[c])
      })
      .join('  ')
      .trimEnd() +
    '\n'
  return line(headers) + rows.map((r) => line(r)).join('')
}
