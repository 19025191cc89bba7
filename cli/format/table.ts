// Plain-text tables: a header row and columns padded to their widest cell; numbers right-aligned
// so that digits line up, text left-aligned.
export type TableCell = string | number

export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly TableCell[])[],
  indent = '  '
): string {
  const widths = headers.map((h, c) =>
    Math.max(h.length, ...rows.map((r) => String(r[c] ?? '').length))
  )
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
