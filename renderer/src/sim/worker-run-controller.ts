// The store's RunController (store/run-slice.ts) backed by the Web Worker: plug it in with
// createAppStore({ createRunController: createWorkerRunController }). Cancel terminates the
// worker; a superseded or cancelled run reports nothing.
import type { RunController } from '../store/run-slice'
import { runInWorker } from './run-in-worker'

export function createWorkerRunController(): RunController {
  let current: AbortController | null = null
  return {
    start(scenario, report) {
      current?.abort()
      const mine = new AbortController()
      current = mine
      runInWorker(scenario, { signal: mine.signal, onProgress: (f) => report.progress(f) })
        .then(({ result, timing }) => {
          if (current !== mine) return
          current = null
          report.done(result, timing)
        })
        .catch((e: unknown) => {
          if (current !== mine) return
          current = null
          if (e instanceof DOMException && e.name === 'AbortError') return
          report.fail(e instanceof Error ? e.message : String(e))
        })
    },
    cancel() {
      current?.abort()
      current = null
    }
  }
}
