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

export { CHUNK_EVENTS } from '../store/run-here'
