// The sim controller: one Web Worker per run, so Cancel is a terminate() and a stuck policy can
// never freeze the UI. Where Worker does not exist (jsdom) it falls back to chunked runs here.
import type { Scenario, SimResult } from '../../../sim-core'
import type { RunRequest, WorkerReply } from './protocol'
import type { RunOptions, RunTiming } from './run-options'
import { abortError, runChunked } from './run-sync'

export type { RunOptions, RunTiming } from './run-options'
export { runSync } from './run-sync'

/** The last run's timing, for the harness and the e2e test's report. */
export const lastRunTiming: RunTiming = { engineMs: 0, totalMs: 0 }

export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined'
}

export function runInWorker(scenario: Scenario, opts: RunOptions = {}): Promise<SimResult> {
  const started = performance.now()
  if (!workersAvailable()) {
    return runChunked(scenario, opts).then((r) => {
      lastRunTiming.engineMs = lastRunTiming.totalMs = performance.now() - started
      return r
    })
  }
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
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data
      if (reply.kind === 'progress') opts.onProgress?.(reply.fraction, reply.progress)
      else if (reply.kind === 'done') {
        stop()
        lastRunTiming.engineMs = reply.elapsedMs
        lastRunTiming.totalMs = performance.now() - started
        resolve(reply.result)
      } else {
        stop()
        reject(new Error(reply.message))
      }
    }
    worker.onerror = (event: ErrorEvent) => {
      stop()
      reject(new Error(event.message || 'the simulation worker failed to start'))
    }
    const request: RunRequest = { kind: 'run', scenario }
    worker.postMessage(request)
  })
}
