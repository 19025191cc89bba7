// Running without a worker (jsdom, a page whose policy refuses the worker script): the same
// createRun() in chunks on the UI thread, yielding between them so progress and Cancel still work.
import { createRun, progressFraction, type Progress, type Scenario } from '../../../sim-core'
import type { RunController, RunOutcome } from './run-slice'

/** Events per chunk between progress reports: small enough to report every few tens of ms. */
export const CHUNK_EVENTS = 20_000

export interface RunOptions {
  /** Called between chunks with a 0..1 fraction (threads finished / threads). */
  onProgress?: (fraction: number, progress: Progress) => void
  /** Aborting stops the run (the worker's is terminated); the promise rejects with an AbortError. */
  signal?: AbortSignal
}

export function abortError(): DOMException {
  return new DOMException('The run was cancelled', 'AbortError')
}

export async function runHere(scenario: Scenario, opts: RunOptions = {}): Promise<RunOutcome> {
  const started = performance.now()
  const run = createRun(scenario)
  const finished = await run.finishYielding({
    chunkEvents: CHUNK_EVENTS,
    onChunk: (progress) => opts.onProgress?.(progressFraction(progress), progress),
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    stopped: () => opts.signal?.aborted === true
  })
  if (!finished) throw abortError()
  const result = run.result()
  const ms = performance.now() - started
  return { result, timing: { engineMs: ms, totalMs: ms } }
}

/** A RunController over runHere(): runs on this thread in chunks; Cancel stops between chunks. */
export function createPageRunController(): RunController {
  let current: AbortController | null = null
  return {
    start(scenario, report) {
      current?.abort()
      const mine = new AbortController()
      current = mine
      runHere(scenario, { signal: mine.signal, onProgress: (f) => report.progress(f) }).then(
        ({ result, timing }) => {
          if (current !== mine) return
          current = null
          report.done(result, timing)
        },
        (e: unknown) => {
          if (current !== mine) return
          current = null
          if (e instanceof DOMException && e.name === 'AbortError') return
          report.fail(e instanceof Error ? e.message : String(e))
        }
      )
    },
    cancel() {
      current?.abort()
      current = null
    }
  }
}
