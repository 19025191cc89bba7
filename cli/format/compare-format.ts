// `schedlab compare` output: one entry per policy with its summary, as JSON, a text table or CSV.
import type { SimResult, Summary } from '../../sim-core'
import { csvRow } from './csv'
import { fmtNumber, fmtPercent, timeUnits } from './numbers'
import { renderTable } from './table'
import { visible } from './visible'

export interface CompareEntry {
  policy: string
  /** The scheduler object the run used (the scenario's, moved to this policy). */
  scheduler: Record<string, unknown>
  status: SimResult['status']
  limit?: SimResult['limit']
  makespan: number
  summary: Summary
}

export interface Comparison {
  schedlab: string
  scenario: string
  timeUnit: string
  results: CompareEntry[]
}

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

export function* compareJson(c: Comparison): Generator<string> {
  yield JSON.stringify(c, null, 2) + '\n'
}

export function* compareCsv(c: Comparison): Generator<string> {
  yield csvRow(['policy', 'status', 'makespan', ...SUMMARY_COLUMNS])
  for (const e of c.results)
    yield csvRow([e.policy, e.status, e.makespan, ...SUMMARY_COLUMNS.map((k) => e.summary[k])])
}

export function* compareText(c: Comparison): Generator<string> {
  yield `${visible(c.scenario)}\ntimes in ${timeUnits(c.timeUnit)}\n\n`
  yield renderTable(
    ['policy', 'status', 'makespan', ...SUMMARY_COLUMNS],
    c.results.map((e) => [
      e.policy,
      e.status,
      e.makespan,
      ...SUMMARY_COLUMNS.map((k) =>
        k === 'utilization' ? fmtPercent(e.summary[k]) : fmtNumber(e.summary[k])
      )
    ])
  )
}
