// The sim controller: one Web Worker per run, so Cancel is a terminate() and a stuck policy can
// never freeze the UI. Where Worker does not exist (jsdom) it falls back to chunked runs here.
// The timing travels with the result (RunOutcome): there is no "last run" to read afterwards.
import type { Scenario } from '../../../sim-core'
import { attachLanes } from '../features/timeline/lane-index'
import type { RunRequest, WorkerReply } from './protocol'
import type { RunOptions, RunOutcome } from './run-options'
import { abortError, runHere } from '../store/run-here'

export type { RunOptions, RunOutcome, RunTiming } from './run-options'

export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined'
}

export function runInWorker(scenario: Scenario, opts: RunOptions = {}): Promise<RunOutcome> {
  const started = performance.now()
  if (!workersAvailable()) return runHere(scenario, opts)
  if (opts.signal?.aborted) return Promise.reject(abortError())
  return new Promise<RunOutcome>((resolve, reject) => {
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
        attachLanes(reply.result, reply.lanes)
        resolve({
          result: reply.result,
          timing: { engineMs: reply.elapsedMs, totalMs: performance.now() - started }
        })
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
        runHere(scenario, opts).then(resolve, reject)
      } else reject(new Error(event.message || 'the simulation worker failed'))
    }
    const request: RunRequest = { kind: 'run', scenario }
    worker.postMessage(request)
  })
}
