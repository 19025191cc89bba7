// `schedlab compare` on a cluster: one entry per variant (policy × --set values) with its request
// figures, as JSON, a text table or CSV (one row per variant).
import type { RequestSummary, RunStatus, SetValue } from '../../sim-core'
import { csvRow } from '../../present/csv'
import { setValueText } from './compare-format'
import { fmtNumber, timeUnits } from './numbers'
import { renderTable } from './table'
import { visible } from './visible'

export interface ClusterCompareEntry {
  policy: string
  /** The --set values of this variant, by path. */
  set: Record<string, SetValue>
  status: RunStatus
  makespan: number
  requests: RequestSummary
  /** Per node: sum of its cores' busy ticks / (cores × makespan). */
  utilization: Record<string, number>
}

export interface ClusterComparison {
  schedlab: string
  scenario: string
  timeUnit: string
  /** The --set paths, in the order given: the columns after `policy`. */
  paths: string[]
  results: ClusterCompareEntry[]
}

/** A cluster's request figures, as columns (`schedlab sweep` on a cluster writes them too). */
export const REQUEST_FIGURES = ['count', 'completed', 'failed', 'throughput'] as const
export const REQUEST_LATENCY = ['mean', 'p50', 'p95', 'p99', 'max'] as const
const FIGURES = REQUEST_FIGURES
const LATENCY = REQUEST_LATENCY

const cells = (c: ClusterComparison, e: ClusterCompareEntry): (string | number)[] => [
  e.policy,
  ...c.paths.map((p) => setValueText(e.set[p])),
  e.status,
  e.makespan,
  ...FIGURES.map((k) => e.requests[k])
]

export function* clusterCompareJson(c: ClusterComparison): Generator<string> {
  yield JSON.stringify(c, null, 2) + '\n'
}

export function* clusterCompareCsv(c: ClusterComparison): Generator<string> {
  yield csvRow(['policy', ...c.paths, 'status', 'makespan', ...FIGURES, ...LATENCY])
  for (const e of c.results)
    yield csvRow([...cells(c, e), ...LATENCY.map((k) => e.requests.latency?.[k] ?? '')])
}

export function* clusterCompareText(c: ClusterComparison): Generator<string> {
  yield `${visible(c.scenario)}\nlatency in ${timeUnits(c.timeUnit)} (reply arrival - creation)\n\n`
  yield renderTable(
    ['policy', ...c.paths, 'status', 'makespan', ...FIGURES, ...LATENCY],
    c.results.map((e) =>
      [...cells(c, e), ...LATENCY.map((k) => e.requests.latency?.[k] ?? null)].map((v) =>
        typeof v === 'number' || v === null ? fmtNumber(v) : visible(v)
      )
    )
  )
}
