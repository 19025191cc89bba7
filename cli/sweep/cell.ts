// One cell of a sweep: the scenario changed to the cell's policy, cores, seed and --set values,
// validated, run, and reduced to one row. The same function runs in a worker thread and, with
// --jobs 1, in the main thread, so both give the same row. A cluster's row has its request
// figures (count, failures, latency) instead of the threads' summary.
import {
  buildClusterResult,
  Cluster,
  schedulerFor,
  type RequestSummary,
  type GuardOverrides,
  validateScenario,
  type Scenario,
  type SimResult,
  type Summary
} from '../../sim-core'
import { SUMMARY_COLUMNS } from '../format/compare-format'
import { runSimulation } from '../run-simulation'
import { withValue, type SetValue } from './set-path'
import type { Cell, SweepGrid } from './grid'

export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number]

export interface SweepRow {
  cell: number
  policy: string
  cores: number
  seed: number
  values: SetValue[]
  /** The run's status, or `error` when the cell's scenario was invalid or the run failed. */
  status: SimResult['status'] | 'error'
  makespan: number | null
  summary: Pick<Summary, SummaryColumn> | null
  /** A cluster's request figures (the grid is a cluster's), else null. */
  requests: RequestSummary | null
  error: string | null
}

export type Built = { ok: true; scenario: Scenario } | { ok: false; error: string }

/** The base scenario changed to the cell: policy first (schedulerFor), then cores, seed, --set. */
export function cellScenario(base: Scenario, grid: SweepGrid, cell: Cell): Built {
  let candidate: unknown = {
    ...base,
    seed: cell.seed,
    machine: { ...base.machine, cores: cell.cores },
    scheduler: schedulerFor(base.scheduler, cell.policy)
  }
  grid.sets.forEach((set, i) => (candidate = withValue(candidate, set.parts, cell.values[i])))
  const checked = validateScenario(candidate)
  if (checked.ok) return checked
  return {
    ok: false,
    error: checked.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')
  }
}

/** Progress of a run inside a sweep is the sweep's bar, never a line per run. */
const SILENT = { isTTY: false, write: () => true }

/** A cell's row before it has run, or when it could not run (`error` says why). */
export function errorRow(cell: Cell, error: string | null): SweepRow {
  return {
    cell: cell.index,
    policy: cell.policy,
    cores: cell.cores,
    seed: cell.seed,
    values: cell.values,
    status: 'error',
    makespan: null,
    summary: null,
    requests: null,
    error
  }
}

export function runCell(
  base: Scenario,
  grid: SweepGrid,
  cell: Cell,
  guards: GuardOverrides = {}
): SweepRow {
  const row = errorRow(cell, null)
  const built = cellScenario(base, grid, cell)
  if (!built.ok) return { ...row, error: built.error }
  try {
    if (built.scenario.nodes) {
      // The request figures need no trace either; a guard that stops the run shows in status.
      const cluster = new Cluster(built.scenario, { ...guards, trace: false })
      cluster.step()
      const r = buildClusterResult(cluster)
      // step() without a budget runs to the end, so the status is never 'running' here.
      const status = r.status as SimResult['status']
      return { ...row, status, makespan: r.makespan, requests: r.requests }
    }
    // A row needs only the summary: no trace is recorded (and none can outgrow its budget).
    const r = runSimulation(built.scenario, {
      label: `cell ${cell.index}`,
      stream: SILENT,
      guards,
      trace: false
    })
    const summary = Object.fromEntries(SUMMARY_COLUMNS.map((k) => [k, r.summary[k]]))
    return {
      ...row,
      status: r.status,
      makespan: r.makespan,
      summary: summary as Pick<Summary, SummaryColumn>
    }
  } catch (e) {
    // A policy refusing an impossible state (PolicyViolation) or a bug: this cell's row says
    // so and the other cells go on.
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e)
    return { ...row, error: message }
  }
}
