// CSV for the app's exports and the CLI's `run`, `trace`, `compare` and `sweep --format csv`:
// comma-separated, `\n` line ends, fields quoted only when needed. Headers are the JSON field
// names of the result (SCENARIO.md §3), in the same order, so a spreadsheet and a script
// reading the JSON agree. Text cells that a spreadsheet would read as a formula are
// neutralised.
import {
  SegmentKind,
  type CoreRow,
  type ProcessRow,
  type RequestRecord,
  type SimResult,
  type ThreadRow
} from '../sim-core'

export type Cell = string | number | boolean | null | undefined

/**
 * OWASP's "CSV injection" advice: a text cell beginning with = + - @ TAB or CR is a formula to
 * Excel, LibreOffice and Google Sheets (`=HYPERLINK(...)`, `@SUM(...)`), so it gets a leading
 * single quote, which makes it text, and is quoted. Only text: a number stays a number, so
 * -5 is written as -5.
 */
export const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One field. A number that is not finite is written empty (no spreadsheet reads "Infinity" as a
 * number); text with a comma, quote, line break or leading/trailing space is quoted.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string' && FORMULA_START.test(v)) return `"'${v.replace(/"/g, '""')}"`
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v)
  return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** One line, with its `\n`. */
export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + '\n'
}

export function toCsv(headers: readonly string[], rows: unknown[][]): string {
  let out = csvRow(headers)
  for (const r of rows) out += csvRow(r)
  return out
}

export const THREAD_FIELDS = [
  'id',
  'process',
  'thread',
  'arrival',
  'firstRun',
  'finish',
  'turnaround',
  'waiting',
  'response',
  'cpu',
  'blocked',
  'overhead',
  'preemptions',
  'switches',
  'migrations',
  'warm',
  'cold'
] as const satisfies readonly (keyof ThreadRow)[]

export const CORE_FIELDS = [
  'id',
  'busy',
  'overhead',
  'idle',
  'utilization',
  'warm',
  'migrations'
] as const satisfies readonly (keyof CoreRow)[]

export const PROCESS_FIELDS = [
  'id',
  'arrival',
  'firstRun',
  'finish',
  'turnaround',
  'response',
  'waiting',
  'cpu',
  'blocked',
  'threads'
] as const satisfies readonly (keyof ProcessRow)[]

/**
 * A table of result rows: the rows' own keys in JSON order, so a field sim-core adds later
 * appears in the CSV too; `known` is only the header of an empty table.
 */
export function rowsCsv(rows: readonly object[], known: readonly string[]): string {
  const fields = rows.length > 0 ? Object.keys(rows[0]) : [...known]
  return toCsv(
    fields,
    rows.map((r) => fields.map((f) => (r as Record<string, unknown>)[f]))
  )
}

export function threadsCsv(result: SimResult): string {
  return rowsCsv(result.threads, THREAD_FIELDS)
}

export function processesCsv(result: SimResult): string {
  return rowsCsv(result.processes, PROCESS_FIELDS)
}

export function coresCsv(result: SimResult): string {
  return rowsCsv(result.cores, CORE_FIELDS)
}

const KIND_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(SegmentKind).map(([k, v]) => [v, k])
)

/**
 * The trace CSV (docs/visualization.md "Trace CSV"): the trace's columns as in the JSON (codes),
 * then the same codes in words for people.
 */
export const TRACE_FIELDS = [
  'segStart',
  'segEnd',
  'segCpu',
  'segTask',
  'segKind',
  'segReason',
  'segCoroutine',
  'thread',
  'kind',
  'reason',
  'coroutine'
] as const

/**
 * The trace CSV, one row per segment in the order the engine recorded them, in pieces of about
 * a megabyte (a million rows in one string, or one array of arrays, would double the memory).
 * `reasonWords` words a run segment's end reason in the caller's language.
 */
export function* traceCsvChunks(
  result: SimResult,
  reasonWords: (code: number) => string
): Generator<string> {
  const t = result.trace
  yield TRACE_FIELDS.join(',') + '\n'
  let chunk = ''
  for (let i = 0; i < t.segments; i++) {
    const task = t.segTask[i]
    const name = task >= 0 ? (result.threads[task]?.id ?? '') : ''
    const reason = t.segKind[i] === SegmentKind.run ? reasonWords(t.segReason[i]) : ''
    const co = t.segCoroutine ? t.segCoroutine[i] : -1
    const coName = co >= 0 ? (result.coroutines[co]?.id ?? '') : ''
    chunk +=
      `${t.segStart[i]},${t.segEnd[i]},${t.segCpu[i]},${task},${t.segKind[i]},${t.segReason[i]},${co},` +
      `${csvCell(name)},${KIND_NAMES[t.segKind[i]] ?? ''},${csvCell(reason)},${csvCell(coName)}\n`
    if (chunk.length > 1 << 20) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk) yield chunk
}

export function traceCsv(result: SimResult, reasonWords: (code: number) => string): string {
  return [...traceCsvChunks(result, reasonWords)].join('')
}

/** A cluster run's requests, one row each (`schedlab run --format csv` on a cluster, the app's Requests CSV). */
export const REQUEST_FIELDS = [
  'request',
  'service',
  'node',
  'arrival',
  'queued',
  'started',
  'replied',
  'done',
  'failed',
  'latency'
] as const

/** The header line, then one line per request: -1 ("did not happen") is written empty. */
export function* requestCsvLines(records: readonly RequestRecord[]): Generator<string> {
  yield csvRow(REQUEST_FIELDS)
  const t = (v: number) => (v < 0 ? null : v)
  for (let i = 0; i < records.length; i++) {
    const r = records[i]
    yield csvRow([
      i,
      r.service,
      r.node,
      r.arrival,
      t(r.queued),
      t(r.started),
      t(r.replied),
      t(r.done),
      t(r.failed),
      r.done < 0 ? null : r.done - r.arrival
    ])
  }
}
