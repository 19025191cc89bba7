// A sweep's rows as CSV or JSON, and the rows a previous run left in --out (for --resume).
//
// Columns: cell, policy, cores, seed, one per --set path, status, makespan, the summary figures
// (as in `schedlab compare --format csv`) and error. JSON is an array of objects with the same
// keys in the same order, one object per line. A cluster's rows have no cores column (its nodes
// set their own) and the request figures of `schedlab compare` on a cluster instead of the summary.
// A list value (`[n0,n1]`) is a JSON array in JSON and its text in CSV.
import type { SetValue } from '../../sim-core'
import { SUMMARY_COLUMNS, setValueText } from '../format/compare-format'
import { REQUEST_FIGURES, REQUEST_LATENCY } from '../format/cluster-compare-format'
import { csvRow, type Cell as CsvCell } from '../../present/csv'
import type { SweepGrid } from './grid'
import type { SweepRow } from './cell'

export const SWEEP_FORMATS = ['csv', 'json'] as const
export type SweepFormat = (typeof SWEEP_FORMATS)[number]

type Value = SetValue

/** A CSV cell holds one scalar: a list is written as `[n0,n1]`. */
const csvCells = (values: readonly Value[]): CsvCell[] =>
  values.map((v) => (Array.isArray(v) ? setValueText(v) : v)) as CsvCell[]

/** The columns that say which cell a row is: everything before `status`. */
export function parameterColumns(grid: SweepGrid): string[] {
  const sets = grid.sets.map((s) => s.path)
  return grid.cluster
    ? ['cell', 'policy', 'seed', ...sets]
    : ['cell', 'policy', 'cores', 'seed', ...sets]
}

/** The figures after `makespan`: the summary, or a cluster's request figures. */
const figureColumns = (grid: SweepGrid): readonly string[] =>
  grid.cluster ? [...REQUEST_FIGURES, ...REQUEST_LATENCY] : SUMMARY_COLUMNS

export function columns(grid: SweepGrid): string[] {
  return [...parameterColumns(grid), 'status', 'makespan', ...figureColumns(grid), 'error']
}

export function parameterValues(
  grid: SweepGrid,
  row: Pick<SweepRow, 'cell' | 'policy' | 'cores' | 'seed' | 'values'>
): Value[] {
  return grid.cluster
    ? [row.cell, row.policy, row.seed, ...row.values]
    : [row.cell, row.policy, row.cores, row.seed, ...row.values]
}

function figures(grid: SweepGrid, row: SweepRow): Value[] {
  if (!grid.cluster) return SUMMARY_COLUMNS.map((k) => row.summary?.[k] ?? null)
  const r = row.requests
  return [
    ...REQUEST_FIGURES.map((k) => r?.[k] ?? null),
    ...REQUEST_LATENCY.map((k) => r?.latency?.[k] ?? null)
  ]
}

function rowValues(grid: SweepGrid, row: SweepRow): Value[] {
  return [...parameterValues(grid, row), row.status, row.makespan, ...figures(grid, row), row.error]
}

/** One row as it appears in the file: a CSV line, or a JSON object on one line. */
export function renderRow(format: SweepFormat, grid: SweepGrid, row: SweepRow): string {
  const values = rowValues(grid, row)
  if (format === 'csv') return csvRow(csvCells(values))
  const names = columns(grid)
  return JSON.stringify(Object.fromEntries(names.map((n, i) => [n, values[i]])))
}

/** The whole file from rows already rendered by renderRow (or kept from a previous run). */
export function* renderDocument(
  format: SweepFormat,
  grid: SweepGrid,
  rendered: Iterable<string>
): Generator<string> {
  if (format === 'csv') {
    yield csvRow(columns(grid))
    yield* rendered
    return
  }
  let first = true
  for (const r of rendered) {
    yield (first ? '[\n  ' : ',\n  ') + r
    first = false
  }
  yield first ? '[]\n' : '\n]\n'
}

/**
 * The key that matches a row of a previous run with a cell of this one: the parameter values as
 * the file holds them. For CSV that is the cells as the shared CSV writer wrote them and this
 * parser reads them back, so whatever that writer does to a cell (formula neutralising) is
 * undone the same way on both sides.
 */
export function rowKey(format: SweepFormat, params: readonly Value[]): string {
  if (format === 'json') return JSON.stringify(params)
  return JSON.stringify(parseCsv(csvRow(csvCells(params)))[0]?.fields ?? [])
}

export interface CsvRecord {
  fields: string[]
  /** The record's text in the file, with its line end, to copy it unchanged. */
  raw: string
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): CsvRecord[] {
  const out: CsvRecord[] = []
  let i = 0
  while (i < text.length) {
    const start = i
    const fields: string[] = []
    let field = ''
    let quoted = false
    for (;;) {
      const c = text[i]
      if (quoted) {
        if (c === undefined) throw new SyntaxError('a quoted field is not closed')
        if (c === '"' && text[i + 1] === '"') {
          field += '"'
          i += 2
        } else if (c === '"') {
          quoted = false
          i++
        } else {
          field += c
          i++
        }
        continue
      }
      if (c === '"' && field === '') {
        quoted = true
        i++
      } else if (c === ',') {
        fields.push(field)
        field = ''
        i++
      } else if (c === '\n' || c === undefined) {
        fields.push(field.endsWith('\r') ? field.slice(0, -1) : field)
        i++
        break
      } else {
        field += c
        i++
      }
    }
    const raw = text.slice(start, Math.min(i, text.length))
    out.push({ fields, raw: raw.endsWith('\n') ? raw : raw + '\n' })
  }
  return out
}

/** A row of a previous run: its key, whether it failed, and its text to copy. */
export interface PreviousRow {
  key: string
  failed: boolean
  text: string
}

/** Reads the rows of a previous sweep's output; throws a message when it is not one. */
export function previousRows(format: SweepFormat, grid: SweepGrid, text: string): PreviousRow[] {
  const names = columns(grid)
  const paramCount = parameterColumns(grid).length
  const statusAt = names.indexOf('status')
  if (format === 'csv') {
    const records = parseCsv(text)
    const header = records.shift()
    if (!header) return []
    if (JSON.stringify(header.fields) !== JSON.stringify(names))
      throw new Error(
        `its columns are ${header.fields.join(',')}; this sweep writes ${names.join(',')}`
      )
    return records.map((r, n) => {
      if (r.fields.length !== names.length)
        throw new Error(`row ${n + 1} has ${r.fields.length} cells, not ${names.length}`)
      return {
        key: JSON.stringify(r.fields.slice(0, paramCount)),
        failed: r.fields[statusAt] === 'error',
        text: r.raw
      }
    })
  }
  let doc: unknown
  try {
    doc = text.trim() === '' ? [] : JSON.parse(text)
  } catch (e) {
    throw new Error(`not JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e })
  }
  if (!Array.isArray(doc)) throw new Error('expected an array of rows')
  return doc.map((row: unknown, n) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row))
      throw new Error(`row ${n + 1} is not an object`)
    const keys = Object.keys(row)
    if (JSON.stringify(keys) !== JSON.stringify(names))
      throw new Error(
        `row ${n + 1} has the fields ${keys.join(',')}; this sweep writes ${names.join(',')}`
      )
    const values = Object.values(row) as unknown[]
    return {
      key: JSON.stringify(values.slice(0, paramCount)),
      failed: values[statusAt] === 'error',
      text: JSON.stringify(row)
    }
  })
}
