// Each cfs/eevdf thread's fair-scheduling values at the cursor: its latest fair sample (the
// trace's fsTime… columns) at or before that time. Samples are indexed per thread once, so a
// cursor move costs a binary search per thread rather than a pass over every sample.
import type { TraceData } from '../../../../sim-core'
import type { Translate } from '../../i18n/translate'

export interface FairAt {
  task: number
  vruntime: number
  /** NaN under cfs (it keeps no lag or deadline). */
  lag: number
  deadline: number
}

/** Policies that write fair samples (docs/policies.md). */
export function hasFairSamples(policy: string): boolean {
  return policy === 'cfs' || policy === 'eevdf'
}

/** samples[k]: thread k's sample indices, in trace order (which is time order). */
export function fairSampleIndex(trace: TraceData, threads: number): Int32Array[] {
  const counts = new Int32Array(threads)
  const n = trace.fairSamples ?? 0
  for (let i = 0; i < n; i++) {
    const k = trace.fsTask[i]
    if (k >= 0 && k < threads) counts[k]++
  }
  const out = Array.from({ length: threads }, (_, k) => new Int32Array(counts[k]))
  counts.fill(0)
  for (let i = 0; i < n; i++) {
    const k = trace.fsTask[i]
    if (k >= 0 && k < threads) out[k][counts[k]++] = i
  }
  return out
}

/** Each thread with a sample at or before `cursor`: its latest one, in thread order. */
export function fairAt(trace: TraceData, index: readonly Int32Array[], cursor: number): FairAt[] {
  const out: FairAt[] = []
  index.forEach((list, task) => {
    // The last sample with fsTime <= cursor.
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (trace.fsTime[list[mid]] <= cursor) lo = mid + 1
      else hi = mid
    }
    if (lo === 0) return
    const i = list[lo - 1]
    out.push({
      task,
      vruntime: trace.fsVruntime[i],
      lag: trace.fsLag[i],
      deadline: trace.fsDeadline[i]
    })
  })
  return out
}

const one = (v: number): string => v.toFixed(1)

/** "vruntime 12.5" (cfs: no lag) or "lag +1.0, deadline 14.5" (eevdf). */
export function fairText(t: Translate, f: FairAt): string {
  if (Number.isNaN(f.lag)) return t('ro.vruntime', { v: one(f.vruntime) })
  const lag = f.lag > 0 ? `+${one(f.lag)}` : one(f.lag)
  return t('ro.lagDeadline', { lag, deadline: one(f.deadline) })
}
