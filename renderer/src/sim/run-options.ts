import type { Progress, SimResult } from '../../../sim-core'

export interface RunOptions {
  /** Called between chunks with a 0..1 fraction (threads finished / threads). */
  onProgress?: (fraction: number, progress: Progress) => void
  /** Aborting terminates the worker; the promise rejects with an AbortError. */
  signal?: AbortSignal
}

export interface RunTiming {
  /** Milliseconds the engine spent (inside the worker when there is one). */
  engineMs: number
  /** Milliseconds from the call to the result arriving, transfer included. */
  totalMs: number
}

/** A finished run and how long it took: the timing travels with its result. */
export interface RunOutcome {
  result: SimResult
  timing: RunTiming
}
