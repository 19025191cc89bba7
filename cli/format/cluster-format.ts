// `schedlab run` on a cluster (a scenario with `nodes`): the result as JSON, a text report (the
// request summary, one row per service, per node and per channel), or CSV with one row per request.
import type { ChannelRow, ClusterResult, RequestRecord, RequestSummary } from '../../sim-core'
import { requestCsvLines } from '../../present/csv'
import { fmtNumber, fmtPercent } from './numbers'
import { renderTable } from './table'

const latencyCells = (s: RequestSummary): string[] =>
  s.latency === null
    ? ['-', '-', '-', '-', '-']
    : [s.latency.mean, s.latency.p50, s.latency.p95, s.latency.p99, s.latency.max].map(fmtNumber)

export function clusterText(r: ClusterResult): string[] {
  const status = r.status === 'limit' && r.limit ? `limit (${r.limit} reached)` : r.status
  const head = ['count', 'completed', 'failed', 'throughput', 'mean', 'p50', 'p95', 'p99', 'max']
  const row = (name: string, s: RequestSummary) => [
    name,
    String(s.count),
    String(s.completed),
    String(s.failed),
    fmtNumber(s.throughput),
    ...latencyCells(s)
  ]
  return [
    `${r.scenario}: a cluster of ${r.nodes.length} node${r.nodes.length === 1 ? '' : 's'}\n`,
    `status ${status}, makespan ${r.makespan} ticks, ${r.events} events\n\n`,
    'requests (latency in ticks: reply arrival - creation)\n',
    renderTable(
      ['service', ...head],
      [row('(all)', r.requests), ...r.services.map((s) => row(s.name, s))]
    ) + '\n',
    'nodes\n',
    renderTable(
      ['node', 'cores', 'threads', 'utilization'],
      r.nodes.map((n) => [n.name, String(n.cores), String(n.threads), fmtPercent(n.utilization)])
    ) + '\n',
    // Each replica's inbox is a channel (docs/clusters.md, "The service inbox").
    ...(r.channels.length === 0 ? [] : ['channels\n', channelTable(r.channels) + '\n'])
  ]
}

function channelTable(rows: readonly ChannelRow[]): string {
  return renderTable(
    ['channel', 'capacity', 'sends', 'receives', 'peakOccupancy', 'sendWait', 'recvWait'],
    rows.map((c) => [
      c.name,
      ...[c.capacity, c.sends, c.receives, c.peakOccupancy, c.sendWait, c.recvWait].map(fmtNumber)
    ])
  )
}

export function clusterCsv(records: readonly RequestRecord[]): Generator<string> {
  return requestCsvLines(records)
}
