// Runs a cluster (a scenario with `nodes`) to its end for a command, and writes the same notes
// on stderr as a one-machine run (runSimulation): where a guard or the trace budget stopped it.
import { Cluster, type GuardOverrides, type Scenario } from '../sim-core'
import { runNotices, type NoticeStream } from './guard-options'

export interface ClusterRunOptions {
  /** Names the run in its notes, e.g. `schedlab trace shop.json`. */
  label: string
  guards: GuardOverrides
  /** Record the nodes' traces (false when the output needs only the request figures). */
  trace: boolean
  stream?: NoticeStream
}

export function runCluster(scenario: Scenario, o: ClusterRunOptions): Cluster {
  const cluster = new Cluster(scenario, { ...o.guards, trace: o.trace })
  cluster.step()
  const end = { limit: cluster.limitHit ?? undefined, makespan: cluster.makespan, jobs: [] }
  const stream = o.stream ?? process.stderr
  for (const note of runNotices(scenario, o.guards, end))
    stream.write(`${o.label}: note: ${note}\n`)
  return cluster
}
