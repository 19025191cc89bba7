// The trace's column buffers, listed for postMessage's transfer list so a million-segment trace
// moves to the UI thread without a copy. Every typed-array field is a column, so a column
// sim-core adds later is transferred too.
import type { TraceData } from '../../../sim-core'

export function traceBuffers(trace: TraceData): ArrayBuffer[] {
  // A buffer may appear only once in a transfer list; slice() gave each column its own.
  const seen = new Set<ArrayBuffer>()
  for (const v of Object.values(trace) as unknown[])
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) seen.add(v.buffer)
  return [...seen]
}
