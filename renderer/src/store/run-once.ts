// One run through a RunController, as a promise: how Compare and sweeps run their variants, so
// they go through the same controller (worker, page fallback) as the Run button, and get their
// timing with each result. Aborting the signal cancels the run and rejects with an AbortError.
import type { Scenario } from '../../../sim-core'
import { abortError } from './run-here'
import type { RunController, RunOutcome } from './run-slice'

export interface RunOnceOptions {
  signal?: AbortSignal
  onProgress?(fraction: number): void
}

export function runOnce(
  controller: RunController,
  scenario: Scenario,
  opts: RunOnceOptions = {}
): Promise<RunOutcome> {
  if (opts.signal?.aborted) return Promise.reject(abortError())
  return new Promise<RunOutcome>((resolve, reject) => {
    let settled = false
    const settle = (): boolean => {
      if (settled) return false
      settled = true
      opts.signal?.removeEventListener('abort', onAbort)
      return true
    }
    const onAbort = (): void => {
      if (!settle()) return
      controller.cancel()
      reject(abortError())
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    controller.start(scenario, {
      progress: (fraction) => {
        if (!settled) opts.onProgress?.(fraction)
      },
      done: (result, timing) => {
        if (settle()) resolve({ result, timing: timing ?? { engineMs: 0, totalMs: 0 } })
      },
      fail: (message) => {
        if (settle()) reject(new Error(message))
      }
    })
  })
}
