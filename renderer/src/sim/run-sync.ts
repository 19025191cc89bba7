// Running without a worker: synchronously (tests, tiny scenarios) or in chunks on the UI thread
// (jsdom and any environment without Worker), so progress and cancel still behave.
import { buildResult, Simulation, type Scenario, type SimResult } from '../../../sim-core'
import { CHUNK_EVENTS, progressFraction } from './protocol'
import type { RunOptions } from './run-options'

export function runSync(scenario: Scenario): SimResult {
  const sim = new Simulation(scenario)
  sim.step()
  return buildResult(sim)
}

export function abortError(): DOMException {
  return new DOMException('The run was cancelled', 'AbortError')
}

/** Yields to the event loop between chunks so the page stays responsive and Cancel is heard. */
export async function runChunked(scenario: Scenario, opts: RunOptions = {}): Promise<SimResult> {
  const sim = new Simulation(scenario)
  for (;;) {
    if (opts.signal?.aborted) throw abortError()
    const done = sim.step(CHUNK_EVENTS)
    if (done) break
    const progress = sim.progress()
    opts.onProgress?.(progressFraction(progress), progress)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  if (opts.signal?.aborted) throw abortError()
  return buildResult(sim)
}
