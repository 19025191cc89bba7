// The result of a cluster run (SCENARIO.md §2b): request counts and latency (reply arrival minus
// creation) overall and per service, per node its utilization, and every node's channels (each
// replica's inbox among them). Additive: a scenario without
// `nodes` keeps its single-machine result (result.ts).
import type { Cluster } from '../cluster/cluster'
import { latencyStats, type LatencyStats } from '../cluster/latency-stats'
import type { LimitKind, RunStatus } from '../engine/engine'
import { SCHEDLAB_VERSION } from '../version'
import { channelRows, type ChannelRow } from './result'

export interface RequestSummary {
  count: number
  completed: number
  failed: number
  /** Completed requests per tick of the run. */
  throughput: number
  /** Null when no request completed. */
  latency: LatencyStats | null
}

export interface ServiceRow extends RequestSummary {
  name: string
}

export interface NodeRow {
  name: string
  cores: number
  /** sum(core busy) / (cores * makespan). */
  utilization: number
  threads: number
}

/** One request, as the trace keeps it (times in ticks, -1 = did not happen). */
export interface RequestRecord {
  service: string
  /** The node of the replica the balancer chose, or null (none was up). */
  node: string | null
  arrival: number
  queued: number
  started: number
  replied: number
  done: number
  failed: number
}

export interface ClusterResult {
  schedlab: string
  scenario: string
  status: RunStatus
  limit?: LimitKind
  makespan: number
  events: number
  requests: RequestSummary
  services: ServiceRow[]
  nodes: NodeRow[]
  /** Every node's channels, named "node/channel": each replica's inbox and the scenario's channels. */
  channels: ChannelRow[]
}

/** Where one node sits in a cluster run's merged cores, threads and trace. */
export interface NodeSpan {
  name: string
  firstCore: number
  cores: number
  firstThread: number
  threads: number
}

/** A cluster run as the app shows it, next to the merged single-machine fields of SimResult. */
export interface ClusterRun {
  result: ClusterResult
  requests: RequestRecord[]
  nodes: NodeSpan[]
}

function summary(c: Cluster, which: (r: number) => boolean): RequestSummary {
  const log = c.log
  const latencies: number[] = []
  let count = 0
  let failed = 0
  for (let r = 0; r < log.count; r++) {
    if (!which(r)) continue
    count++
    if (log.failed[r] >= 0) failed++
    else if (log.done[r] >= 0) latencies.push(log.done[r] - log.created[r])
  }
  const makespan = c.makespan
  return {
    count,
    completed: latencies.length,
    failed,
    throughput: makespan > 0 ? latencies.length / makespan : 0,
    latency: latencyStats(latencies)
  }
}

export function buildClusterResult(c: Cluster): ClusterResult {
  const makespan = c.makespan
  const result: ClusterResult = {
    schedlab: SCHEDLAB_VERSION,
    scenario: c.scenario.name,
    status: c.status,
    makespan,
    events: c.engine.events,
    requests: summary(c, () => true),
    services: (c.scenario.services ?? []).map((v, s) => ({
      name: v.name,
      ...summary(c, (r) => c.log.service[r] === s)
    })),
    nodes: c.machines.map((m, i) => {
      const busy = m.cpus.reduce((a, cpu) => a + cpu.busy, 0)
      return {
        name: c.nodeNames[i],
        cores: m.cpus.length,
        utilization: makespan > 0 ? busy / (m.cpus.length * makespan) : 0,
        threads: m.tasks.length
      }
    }),
    channels: c.machines.flatMap((m, i) =>
      channelRows(m.waits.channels.channels).map((row) => ({
        ...row,
        name: `${c.nodeNames[i]}/${row.name}`
      }))
    )
  }
  if (c.limitHit) result.limit = c.limitHit
  return result
}

/** Every request's record (arrival, replica node, queueing, service start, reply, done or failed). */
export function requestRecords(c: Cluster): RequestRecord[] {
  const log = c.log
  const services = c.scenario.services ?? []
  const out: RequestRecord[] = []
  for (let r = 0; r < log.count; r++) {
    const s = log.service[r]
    const replica = log.replica[r]
    out.push({
      service: services[s].name,
      node: replica < 0 ? null : c.nodeNames[c.places[s][replica].node],
      arrival: log.created[r],
      queued: log.queued[r],
      started: log.started[r],
      replied: log.replied[r],
      done: log.done[r],
      failed: log.failed[r]
    })
  }
  return out
}
