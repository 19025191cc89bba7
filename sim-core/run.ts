// One way to run a scenario, for every caller: the app's worker and its page fallback, the CLI,
// Compare (through the app's RunController) and simulate(). Each used to keep its own step loop;
// here is the one loop, stepping in chunks so a caller can report progress or yield between
// them. sim-core stays pure: reading a clock or yielding to an event loop is the caller's part.
import { Cluster } from './cluster/cluster'
import { clusterSimResult } from './cluster/cluster-run-result'
import { Simulation, type Progress, type SimOptions } from './engine/simulation'
import { buildResult, type SimResult } from './metrics/result'
import type { Scenario } from './scenario/schema'

export interface RunChunks {
  /** Events per chunk (whole instants are never split); by default one chunk runs to the end. */
  chunkEvents?: number
  /** Called after each chunk that did not end the run. */
  onChunk?(progress: Progress): void
}

export interface YieldingChunks extends RunChunks {
  /** Awaited between chunks (the page passes a zero-delay timeout so it stays responsive). */
  pause(): Promise<void>
  /** Asked before each chunk and at the end; true abandons the run (Cancel). */
  stopped?(): boolean
}

export interface SimRun {
  /** The running simulation, for views that read its state between chunks (playback, benches); null for a cluster. */
  readonly simulation: Simulation | null
  /** The running cluster (a scenario with `nodes`), else null. */
  readonly cluster: Cluster | null
  progress(): Progress
  /** Steps to the end on this call stack. */
  finish(chunks?: RunChunks): void
  /** Steps to the end, awaiting pause() between chunks; false when stopped() abandoned it. */
  finishYielding(chunks: YieldingChunks): Promise<boolean>
  /** The run's figures, built once, after it has ended. */
  result(): SimResult
}

/** How far a run has got, 0..1. Finished threads are the honest measure the engine offers. */
export function progressFraction(p: Progress): number {
  if (p.status !== 'running') return 1
  return p.total === 0 ? 1 : Math.min(1, p.finished / p.total)
}

/** A cluster's progress: requests answered or failed of all requests (its honest measure). */
function clusterProgress(c: Cluster): Progress {
  return {
    now: c.engine.now,
    events: c.engine.events,
    finished: c.log.completedCount + c.log.failedCount,
    total: c.log.count,
    status: c.status
  }
}

export function createRun(scenario: Scenario, options?: SimOptions): SimRun {
  // A scenario with `nodes` runs as a cluster (docs/clusters.md); its result is the nodes laid
  // end to end plus `cluster` (cluster/cluster-run-result.ts).
  const cluster = scenario.nodes ? new Cluster(scenario, options) : null
  const simulation = cluster ? null : new Simulation(scenario, options)
  const stepper = (cluster ?? simulation) as Cluster | Simulation
  const progress = (): Progress =>
    cluster ? clusterProgress(cluster) : (simulation as Simulation).progress()
  let ended = false
  let result: SimResult | null = null

  /** One chunk; true when the run has ended. */
  const chunk = (chunks: RunChunks): boolean => {
    ended = stepper.step(chunks.chunkEvents ?? Infinity)
    if (!ended) chunks.onChunk?.(progress())
    return ended
  }

  return {
    simulation,
    cluster,
    progress,
    finish(chunks = {}) {
      while (!ended) chunk(chunks)
    },
    async finishYielding(chunks) {
      while (!ended) {
        if (chunks.stopped?.()) return false
        if (chunk(chunks)) break
        await chunks.pause()
      }
      return !chunks.stopped?.()
    },
    result() {
      if (!ended) throw new Error('createRun: result() before the run has ended')
      result ??= cluster ? clusterSimResult(cluster) : buildResult(simulation as Simulation)
      return result
    }
  }
}
