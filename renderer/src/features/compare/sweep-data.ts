// The Compare tab's sweep view: one figure against the core count, one line per policy. Built
// from the variants the comparison already ran (policies × core counts), so it costs no run.
import type { PolicyName } from '../../../../sim-core'
import type { LegendEntry } from '../charts/chart-types'
import { DASHES, seriesColor } from '../../../../present/palette'
import { doneVariants, type Row } from './compare-data'
import { COMPARE_ROWS, type CompareRow } from './compare-rows'
import type { CompareVariant } from './variants'

export const DEFAULT_SWEEP_METRIC = 'makespan'

/** The figure by key; an unknown key (an old saved state) falls back to makespan. */
export function sweepMetric(key: string | undefined): CompareRow {
  return (
    COMPARE_ROWS.find((r) => r.key === key) ??
    COMPARE_ROWS.find((r) => r.key === DEFAULT_SWEEP_METRIC) ??
    COMPARE_ROWS[0]
  )
}

/** A line needs two points: the view appears once two core counts have finished. */
export function hasSweep(vs: readonly CompareVariant[]): boolean {
  return new Set(doneVariants([...vs]).map((v) => v.cores)).size >= 2
}

export interface SweepSeries {
  /** One row per core count, ascending: `{ cores, p0, p1, ... }`; a missing run is absent. */
  rows: Row[]
  /** The policies in the order of their first finished variant; `p{i}` is policy i's value. */
  policies: PolicyName[]
  coreCounts: number[]
}

export function sweepSeries(vs: readonly CompareVariant[], metric: CompareRow): SweepSeries {
  const done = doneVariants([...vs])
  const policies: PolicyName[] = []
  for (const v of done) if (!policies.includes(v.policy)) policies.push(v.policy)
  const coreCounts = [...new Set(done.map((v) => v.cores))].sort((a, b) => a - b)
  const rows = coreCounts.map((cores) => {
    const row: Row = { cores }
    for (const v of done)
      if (v.cores === cores) row[`p${policies.indexOf(v.policy)}`] = metric.get(v.result)
    return row
  })
  return { rows, policies, coreCounts }
}

/** Dashed as well as coloured: policies that give the same figures draw on top of each other. */
export function sweepLegend(policies: readonly PolicyName[]): LegendEntry[] {
  return policies.map((p, i) => ({
    name: p,
    color: seriesColor(i),
    dash: DASHES[i % DASHES.length] || undefined,
    shape: 'line'
  }))
}
