// `schedlab compare` output: one entry per policy with its summary, as JSON, a text table or CSV.
import type { CoroutineSummary, LockSummary, SetValue, SimResult, Summary } from '../../sim-core'
import { csvRow } from '../../present/csv'
import { fmtNumber, fmtPercent, timeUnits } from './numbers'
import { renderTable } from './table'
import { visible } from './visible'

export interface CompareEntry {
  policy: string
  /** With `--set`: this run's values, by path. */
  set?: Record<string, SetValue>
  /** The scheduler object the run used (the scenario's, moved to this policy). */
  scheduler: Record<string, unknown>
  status: SimResult['status']
  limit?: SimResult['limit']
  makespan: number
  summary: Summary
  /** Coroutine averages, when the scenario has coroutines. */
  coroutines?: CoroutineSummary
  /** Lock totals over every lock, when the scenario declares locks. */
  locks?: LockSummary
}

export interface Comparison {
  schedlab: string
  scenario: string
  timeUnit: string
  /** With `--set`: the paths, in the order given (columns after `policy`). */
  paths?: string[]
  results: CompareEntry[]
}

/** A --set value in a cell: lists as `[n0,n1]`, the way they are typed. */
export const setValueText = (v: SetValue | undefined): string =>
  Array.isArray(v) ? `[${v.map((x) => String(x)).join(',')}]` : String(v)

const setCells = (c: Comparison, e: CompareEntry): string[] =>
  (c.paths ?? []).map((p) => setValueText(e.set?.[p]))

export const SUMMARY_COLUMNS = [
  'utilization',
  'throughput',
  'avgTurnaround',
  'avgWaiting',
  'avgResponse',
  'contextSwitches',
  'preemptions',
  'migrations',
  'deadlineMisses',
  'fairness'
] as const satisfies readonly (keyof Summary)[]

/** Coroutine figures, as `coroutine` + the field's name in CSV and as they are in the text table. */
export const COROUTINE_COLUMNS = [
  'avgTurnaround',
  'avgWaiting',
  'avgResponse',
  'avgStalled'
] as const satisfies readonly (keyof CoroutineSummary)[]

export const LOCK_COLUMNS = [
  'acquisitions',
  'contended',
  'totalWait',
  'maxWait'
] as const satisfies readonly (keyof LockSummary)[]

const capital = (s: string): string => s[0].toUpperCase() + s.slice(1)

export function* compareJson(c: Comparison): Generator<string> {
  yield JSON.stringify(c, null, 2) + '\n'
}

export function* compareCsv(c: Comparison): Generator<string> {
  // The columns a scenario without coroutines or locks lacks are left out, not written empty.
  const co = c.results.some((e) => e.coroutines)
  const lk = c.results.some((e) => e.locks)
  yield csvRow([
    'policy',
    ...(c.paths ?? []),
    'status',
    'makespan',
    ...SUMMARY_COLUMNS,
    ...(co ? COROUTINE_COLUMNS.map((k) => `coroutine${capital(k)}`) : []),
    ...(lk ? LOCK_COLUMNS.map((k) => `lock${capital(k)}`) : [])
  ])
  for (const e of c.results)
    yield csvRow([
      e.policy,
      ...setCells(c, e),
      e.status,
      e.makespan,
      ...SUMMARY_COLUMNS.map((k) => e.summary[k]),
      ...(co ? COROUTINE_COLUMNS.map((k) => e.coroutines?.[k] ?? '') : []),
      ...(lk ? LOCK_COLUMNS.map((k) => e.locks?.[k] ?? '') : [])
    ])
}

export function* compareText(c: Comparison): Generator<string> {
  yield `${visible(c.scenario)}\ntimes in ${timeUnits(c.timeUnit)}\n\n`
  yield renderTable(
    ['policy', ...(c.paths ?? []), 'status', 'makespan', ...SUMMARY_COLUMNS],
    c.results.map((e) => [
      e.policy,
      ...setCells(c, e).map(visible),
      e.status,
      e.makespan,
      ...SUMMARY_COLUMNS.map((k) =>
        k === 'utilization' ? fmtPercent(e.summary[k]) : fmtNumber(e.summary[k])
      )
    ])
  )
  // One table per kind of row, so the summary table stays as wide as it was.
  if (c.results.some((e) => e.coroutines)) {
    yield '\nCoroutines (averages)\n'
    yield renderTable(
      ['policy', ...(c.paths ?? []), ...COROUTINE_COLUMNS],
      c.results.map((e) => [
        e.policy,
        ...setCells(c, e).map(visible),
        ...COROUTINE_COLUMNS.map((k) => fmtNumber(e.coroutines?.[k] ?? null))
      ])
    )
  }
  if (c.results.some((e) => e.locks)) {
    yield '\nLocks (all locks)\n'
    yield renderTable(
      ['policy', ...(c.paths ?? []), ...LOCK_COLUMNS],
      c.results.map((e) => [
        e.policy,
        ...setCells(c, e).map(visible),
        ...LOCK_COLUMNS.map((k) => fmtNumber(e.locks?.[k] ?? null))
      ])
    )
  }
}
