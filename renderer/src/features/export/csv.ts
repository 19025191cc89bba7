// CSV exports. Headers are the JSON field names of the result (SCENARIO.md §3), in the same
// order, so a spreadsheet and a script reading the JSON agree. One row per thread or process;
// the trace gets one row per segment.
import type { CoreRow, ProcessRow, SimResult, ThreadRow } from '../../../../sim-core'
import type { MetricsView } from '../charts/metrics-view'
import { SegmentKind } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { endReasonWords } from '../timeline/words'

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
 * OWASP's "CSV injection" advice: a text cell beginning with = + - @ TAB or CR is a formula to
 * Excel, LibreOffice and Google Sheets, so it gets a leading single quote, which makes it text,
 * and is quoted. Only text: a number stays a number, so -5 is written as -5. The same rule as
 * cli/format/csv.ts (a test compares them; the CLI may not import the renderer).
 */
export const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string' && FORMULA_START.test(v)) return `"'${v.replace(/"/g, '""')}"`
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v)
  return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(headers: readonly string[], rows: unknown[][]): string {
  const lines = [headers.map(csvCell).join(',')]
  for (const r of rows) lines.push(r.map(csvCell).join(','))
  return lines.join('\n') + '\n'
}

/**
 * The rows' own keys in JSON order, so a field sim-core adds later appears in the CSV too;
 * the known list is only the fallback for an empty table.
 */
function fieldsOf(rows: readonly object[], known: readonly string[]): string[] {
  return rows.length > 0 ? Object.keys(rows[0]) : [...known]
}

function rowsCsv(rows: readonly object[], known: readonly string[]): string {
  const fields = fieldsOf(rows, known)
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

/**
 * The rows the Metrics tab's table shows, as CSV, and what the file is named after: the export
 * writes the table the user chose, not always the threads.
 */
export function metricsCsv(result: SimResult, view: MetricsView): { what: string; csv: string } {
  switch (view) {
    case 'threads':
      return { what: 'metrics', csv: threadsCsv(result) }
    case 'processes':
      return { what: 'process-metrics', csv: processesCsv(result) }
    case 'cores':
      return { what: 'core-metrics', csv: rowsCsv(result.cores, CORE_FIELDS) }
    case 'coroutines':
      return { what: 'coroutine-metrics', csv: rowsCsv(result.coroutines, []) }
    case 'locks':
      return { what: 'lock-metrics', csv: rowsCsv(result.locks, []) }
    case 'jobs':
      return { what: 'job-metrics', csv: rowsCsv(result.jobs, []) }
  }
}

const KIND_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(SegmentKind).map(([k, v]) => [v, k])
)

/** Trace columns as in the JSON (codes), then the same codes in words for people. */
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

/** `lang` words the reason column; the codes beside it are the same in every language. */
export function traceCsv(result: SimResult, lang: Language = 'en'): string {
  const t = result.trace
  const parts: string[] = [TRACE_FIELDS.join(',') + '\n']
  // Built in chunks: a million rows in one array of arrays would double the memory.
  let chunk = ''
  for (let i = 0; i < t.segments; i++) {
    const task = t.segTask[i]
    const name = task >= 0 ? (result.threads[task]?.id ?? '') : ''
    const reason = t.segKind[i] === SegmentKind.run ? endReasonWords(t.segReason[i], lang) : ''
    const co = t.segCoroutine ? t.segCoroutine[i] : -1
    const coName = co >= 0 ? (result.coroutines[co]?.id ?? '') : ''
    chunk +=
      `${t.segStart[i]},${t.segEnd[i]},${t.segCpu[i]},${task},${t.segKind[i]},${t.segReason[i]},${co},` +
      `${csvCell(name)},${KIND_NAMES[t.segKind[i]] ?? ''},${csvCell(reason)},${csvCell(coName)}\n`
    if (chunk.length > 1 << 20) {
      parts.push(chunk)
      chunk = ''
    }
  }
  parts.push(chunk)
  return parts.join('')
}
