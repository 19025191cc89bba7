// Running without a worker (jsdom, a page whose policy refuses the worker script): the same
// createRun() in chunks on the UI thread, yielding between them so progress and Cancel still work.
import { createRun, progressFraction, type Scenario } from '../../../sim-core'
import { CHUNK_EVENTS } from './protocol'
import type { RunOptions, RunOutcome } from './run-options'

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
