// `schedlab run --format text`: the result as a person reads it — what ran, the summary, then one
// row per thread, per coroutine and per lock (when there are any) and one per core. Column names are the JSON field names, so the docs serve both.
import type { SimResult } from '../../sim-core'
import { countOf, fmtNumber, fmtPercent, timeUnits } from './numbers'
import { renderTable, type TableCell } from './table'
import { visible } from './visible'

/** Fields shown in the id (or name) column instead of as columns of their own. */
const NAME_FIELDS = new Set(['id', 'name', 'process', 'thread', 'coroutine'])

/** Counts shown only when some row has one, so a run without them reads as before. */
const SHOWN_WHEN_NONZERO = new Set(['timeouts'])

/** Every other field of a row, in JSON order, so new fields from sim-core show up too. */
function columnsOf(rows: readonly object[]): string[] {
  const [first] = rows
  if (!first) return []
  return Object.keys(first).filter(
    (k) =>
      !NAME_FIELDS.has(k) &&
      (!SHOWN_WHEN_NONZERO.has(k) || rows.some((r) => (r as Record<string, unknown>)[k] !== 0))
  )
}

/** A table of rows named by `name` (headed `head`), one column per other field. */
function rowsTable<T extends object>(
  rows: readonly T[],
  name: (row: T) => string,
  head = 'id'
): string {
  const columns = columnsOf(rows)
  const cells: TableCell[][] = rows.map((row) => {
    const fields = new Map<string, unknown>(Object.entries(row))
    return [name(row), ...columns.map((c) => cell(fields.get(c)))]
  })
  return renderTable([head, ...columns], cells)
}

/** Thread fields are numbers or null; anything else is shown as it is. */
const cell = (v: unknown): string =>
  typeof v === 'number' || v === null ? fmtNumber(v) : String(v)

function statusLine(r: SimResult): string {
  let status: string = r.status
  if (r.status === 'limit' && r.limit) status += ` (${r.limit} reached)`
  if (r.status === 'deadlock' && r.deadlock)
    status += ` (cycle: ${visible(r.deadlock.cycle.join(' -> '))})`
  return `status ${status}, makespan ${r.makespan} ${timeUnits(r.timeUnit, r.makespan)}`
}

function summaryRows(r: SimResult): [string, string][] {
  const s = r.summary
  // Averages over finished threads mean nothing when none finished (a deadlock, an early limit):
  // the summary holds 0 there, which reads as a measurement. The app shows a dash too.
  const anyFinished = r.threads.some((t) => t.finish !== null)
  const ifFinished = (text: string) => (anyFinished ? text : '-')
  return [
    ['utilization', fmtPercent(s.utilization)],
    ['throughput', `${fmtNumber(s.throughput)} threads/${r.timeUnit}`],
    ['avg turnaround', ifFinished(fmtNumber(s.avgTurnaround))],
    ['avg waiting', fmtNumber(s.avgWaiting)],
    ['avg response', fmtNumber(s.avgResponse)],
    ['context switches', fmtNumber(s.contextSwitches)],
    ['preemptions', fmtNumber(s.preemptions)],
    ['migrations', fmtNumber(s.migrations)],
    ['deadline misses', fmtNumber(s.deadlineMisses)],
    ['fairness', ifFinished(fmtNumber(s.fairness))]
  ]
}

export function* resultText(r: SimResult): Generator<string> {
  const cores = r.cores.length
  yield `${visible(r.scenario)}\n`
  yield `policy ${r.policy} on ${countOf(cores, 'core')}, times in ${timeUnits(r.timeUnit)}\n`
  yield `${statusLine(r)}\n\nSummary\n`
  const rows = summaryRows(r)
  const width = rows.reduce((w, [k]) => Math.max(w, k.length), 0)
  for (const [k, v] of rows) yield `  ${k.padEnd(width)}  ${v}\n`
  yield '\nThreads\n'
  yield rowsTable(r.threads, (t) => t.id)
  // Coroutines and locks only when the scenario has them, so a plain run reads as before.
  if (r.coroutines.length > 0) {
    yield '\nCoroutines\n'
    yield rowsTable(r.coroutines, (c) => c.id)
  }
  if (r.locks.length > 0) {
    yield '\nLocks\n'
    yield rowsTable(r.locks, (l) => l.name, 'name')
  }
  if (r.channels?.length > 0) {
    yield '\nChannels\n'
    yield rowsTable(r.channels, (c) => c.name, 'name')
  }
  const waits = r.deadlock?.waits ?? []
  if (waits.length > 0) {
    // Who waits for what: on the cycle, in its order (each waits for the next, the last for the first).
    yield r.deadlock?.cycle.length ? '\nDeadlock cycle\n' : '\nDeadlock (stuck, no cycle)\n'
    yield renderTable(
      ['task', 'waitsFor', 'on'],
      waits.map((w) => [w.task, w.waitsFor, w.on])
    )
  }
  yield '\nCores\n'
  yield renderTable(
    ['id', 'busy', 'overhead', 'idle', 'utilization'],
    r.cores.map((c) => [c.id, c.busy, c.overhead, c.idle, fmtPercent(c.utilization)])
  )
}
