// Messages between the UI thread and the simulation worker. Plain data only: they cross a
// structured-clone boundary, and the trace's typed arrays travel as transferables.
import type { Progress, Scenario, SimResult } from '../../../sim-core'
import type { PrebuiltLanes } from '../features/timeline/lane-index'

export interface RunRequest {
  kind: 'run'
  scenario: Scenario
}

export type WorkerReply =
  | { kind: 'progress'; progress: Progress; fraction: number }
  | { kind: 'done'; result: SimResult; lanes: PrebuiltLanes; elapsedMs: number }
  | { kind: 'error'; message: string }

/** How far a run has got, 0..1. Finished threads are the honest measure the engine offers. */
export function progressFraction(p: Progress): number {
  if (p.status !== 'running') return 1
  return p.total === 0 ? 1 : Math.min(1, p.finished / p.total)
}

/** Events per chunk between progress reports: small enough to report every few tens of ms. */
export const CHUNK_EVENTS = 20_000
