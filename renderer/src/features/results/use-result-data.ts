// What the tabs and the exports derive from a result, memoised on it. Series are computed when a
// tab or an export first asks for them: a million-segment trace viewed on the Timeline tab should
// not pay for charts nobody looks at.
import { useMemo } from 'react'
import {
  utilizationSeries,
  type Scenario,
  type SimResult,
  type UtilizationSeries
} from '../../../../sim-core'
import { cpuShareSeries, type CpuShareSeries } from '../charts/cpu-share'
import { queueSeries, type QueueSeries } from '../charts/ready-queue'
import { runQueueSeries, type RunQueueSeries } from '../charts/run-queues'
import { metricRows, type MetricRows } from '../charts/thread-metrics-data'
import { buildLaneIndex, type LaneIndex } from '../timeline/lane-index'
import { lazy } from './lazy'

export interface ResultData {
  index: LaneIndex | null
  util: (() => UtilizationSeries) | null
  queue: (() => QueueSeries) | null
  /** Each run queue's length over time (per core, or the one shared queue). */
  runQueues: (() => RunQueueSeries) | null
  /** Each thread's CPU share against its fair share by weight, over time. */
  cpuShare: (() => CpuShareSeries) | null
  metrics: MetricRows | null
}

export function useResultData(
  result: SimResult | null,
  buckets: number,
  scenario?: Scenario
): ResultData {
  const index = useMemo(() => (result ? buildLaneIndex(result) : null), [result])
  const util = useMemo(
    () =>
      result
        ? lazy(() => utilizationSeries(result.trace, result.cores.length, result.makespan, buckets))
        : null,
    [result, buckets]
  )
  const queue = useMemo(
    () =>
      result
        ? lazy(() => queueSeries(result.trace, result.threads.length, result.makespan, buckets))
        : null,
    [result, buckets]
  )
  const runQueues = useMemo(
    () => (result ? lazy(() => runQueueSeries(result.trace, result.makespan, buckets)) : null),
    [result, buckets]
  )
  // Weights come from the scenario's processes (nice, tickets): a result does not carry them.
  const processes = scenario?.processes
  const cpuShare = useMemo(
    () => (result ? lazy(() => cpuShareSeries(result, processes ?? [], buckets)) : null),
    [result, processes, buckets]
  )
  const metrics = useMemo(() => (result ? metricRows(result) : null), [result])
  return { index, util, queue, runQueues, cpuShare, metrics }
}
