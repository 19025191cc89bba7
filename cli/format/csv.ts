// CSV as RFC 4180 describes it: comma-separated, CRLF-free (\n), fields quoted only when needed.
// Text cells that a spreadsheet would read as a formula are neutralised.
export type Cell = string | number | boolean | null | undefined

/**
 * OWASP's "CSV injection" advice: a text cell beginning with = + - @ TAB or CR is a formula to
 * Excel, LibreOffice and Google Sheets (`=HYPERLINK(...)`, `@SUM(...)`), so it gets a leading
 * single quote, which makes it text, and is quoted. Only text: a number stays a number, so
 * -5 is written as -5. Kept equal to renderer/src/features/export/csv.ts (a test compares them;
 * the CLI may not import the renderer).
 */
export const FORMULA_START = /^[=+\-@\t\r]/

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string' && FORMULA_START.test(v)) return `"'${v.replace(/"/g, '""')}"`
  const s = String(v)
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\n'
}
