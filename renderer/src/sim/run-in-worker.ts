// The sim controller: one Web Worker per run, so Cancel is a terminate() and a stuck policy can
// never freeze the UI. Where Worker does not exist (jsdom) it falls back to chunked runs here.
import type { Scenario, SimResult } from '../../../sim-core'
import { attachLanes } from '../features/timeline/lane-index'
import type { RunRequest, WorkerReply } from './protocol'
import type { RunOptions, RunTiming } from './run-options'
import { abortError, runChunked } from './run-sync'

export type { RunOptions, RunTiming } from './run-options'
export { runSync } from './run-sync'

/** The last run's timing, for the results header and the e2e test's report. */
export const lastRunTiming: RunTiming = { engineMs: 0, totalMs: 0 }

export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined'
}

/** Chunks on this thread: progress and Cancel still work, the window just gets busier. */
function runHere(scenario: Scenario, opts: RunOptions, started: number): Promise<SimResult> {
  return runChunked(scenario, opts).then((r) => {
    lastRunTiming.engineMs = lastRunTiming.totalMs = performance.now() - started
    return r
  })
}

export function runInWorker(scenario: Scenario, opts: RunOptions = {}): Promise<SimResult> {
  const started = performance.now()
  if (!workersAvailable()) return runHere(scenario, opts, started)
  if (opts.signal?.aborted) return Promise.reject(abortError())
  return new Promise<SimResult>((resolve, reject) => {
    const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' })
    const stop = (): void => {
      worker.terminate()
      opts.signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = (): void => {
      stop()
      reject(abortError())
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    // Any reply proves the worker script loaded; an error before one means it never started.
    let heard = false
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      heard = true
      const reply = event.data
      if (reply.kind === 'progress') opts.onProgress?.(reply.fraction, reply.progress)
      else if (reply.kind === 'done') {
        stop()
        lastRunTiming.engineMs = reply.elapsedMs
        lastRunTiming.totalMs = performance.now() - started
        attachLanes(reply.result, reply.lanes)
        resolve(reply.result)
      } else {
        stop()
        reject(new Error(reply.message))
      }
    }
    worker.onerror = (event: ErrorEvent) => {
      stop()
      // A page whose policy forbids the worker script (an old CSP, a file: origin that refuses
      // module workers) still runs: on this thread, in chunks.
      if (!heard && !opts.signal?.aborted) {
        console.warn(
          `simulation worker unavailable (${event.message || 'failed to load'}); running here`
        )
        runHere(scenario, opts, started).then(resolve, reject)
      } else reject(new Error(event.message || 'the simulation worker failed'))
    }
    const request: RunRequest = { kind: 'run', scenario }
    worker.postMessage(request)
  })
}
