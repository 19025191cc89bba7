// Runs sim-core off the UI thread in chunks, reporting progress between chunks. Cancelling is
// the owner's job: it terminates this worker, which is instant whatever the engine is doing.
import { createRun, progressFraction } from '../../../sim-core'
import { CHUNK_EVENTS, type RunRequest, type WorkerReply } from './protocol'
import { laneBuffers, prebuildLanes } from '../features/timeline/lane-index'
import { traceBuffers } from './trace-buffers'

/** Report at most this often: more would only flood the UI thread with messages. */
const REPORT_EVERY_MS = 50

const post = (reply: WorkerReply, transfer: Transferable[] = []): void =>
  self.postMessage(reply, { transfer })

self.onmessage = (event: MessageEvent<RunRequest>) => {
  const started = performance.now()
  try {
    // Simulation's default guards are the CLI's (sim-core/scenario/limits.ts): the file's own
    // limits may only lower them, and the trace budget stops a run before it can exhaust memory.
    const run = createRun(event.data.scenario)
    let lastReport = 0
    run.finish({
      chunkEvents: CHUNK_EVENTS,
      onChunk: (progress) => {
        const now = performance.now()
        if (now - lastReport >= REPORT_EVERY_MS) {
          lastReport = now
          post({ kind: 'progress', progress, fraction: progressFraction(progress) })
        }
      }
    })
    const result = run.result()
    const elapsedMs = performance.now() - started
    // The timeline's lanes are built here too: for a trace of millions of segments that takes
    // seconds, which on the UI thread would freeze the page as the result arrives.
    const lanes = prebuildLanes(result)
    post({ kind: 'done', result, lanes, elapsedMs }, [
      ...traceBuffers(result.trace),
      ...laneBuffers(lanes)
    ])
  } catch (e) {
    post({ kind: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}
