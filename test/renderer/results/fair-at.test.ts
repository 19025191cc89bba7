// The cursor readout's fair-scheduling values: each thread's latest fair sample at or before the
// cursor, worded "vruntime 12.5" under cfs and "lag +1.0, deadline 14.5" under eevdf.
import { describe, expect, it } from 'vitest'
import type { TraceData } from '../../../sim-core'
import { translator } from '../../../renderer/src/i18n/translate'
import {
  fairAt,
  fairSampleIndex,
  fairText,
  hasFairSamples
} from '../../../renderer/src/features/timeline/fair-at'
import { traceOf } from './trace-builder'

/** [time, task, vruntime, lag, deadline] rows as the trace's fair columns. */
function withFair(rows: [number, number, number, number, number][]): TraceData {
  return {
    ...traceOf({}),
    fairSamples: rows.length,
    fsTime: Float64Array.from(rows.map((r) => r[0])),
    fsTask: Int32Array.from(rows.map((r) => r[1])),
    fsVruntime: Float64Array.from(rows.map((r) => r[2])),
    fsLag: Float64Array.from(rows.map((r) => r[3])),
    fsDeadline: Float64Array.from(rows.map((r) => r[4]))
  }
}

// Three threads; thread 2 never gets a sample. Thread 0: vruntime 0 at t=0, 12.5 at t=10;
// thread 1: 3 at t=4, 8 at t=10 (same instant as thread 0's second sample).
const CFS = withFair([
  [0, 0, 0, NaN, NaN],
  [4, 1, 3, NaN, NaN],
  [10, 0, 12.5, NaN, NaN],
  [10, 1, 8, NaN, NaN]
])

describe('fair values at the cursor', () => {
  it('takes each thread’s latest sample at or before the cursor', () => {
    const index = fairSampleIndex(CFS, 3)
    expect(index.map((l) => [...l])).toEqual([[0, 2], [1, 3], []])
    // Before thread 1's first sample only thread 0 shows, at its t=0 value.
    expect(fairAt(CFS, index, 3).map((f) => [f.task, f.vruntime])).toEqual([[0, 0]])
    expect(fairAt(CFS, index, 9.9).map((f) => [f.task, f.vruntime])).toEqual([
      [0, 0],
      [1, 3]
    ])
    // A sample at exactly the cursor counts.
    expect(fairAt(CFS, index, 10).map((f) => [f.task, f.vruntime])).toEqual([
      [0, 12.5],
      [1, 8]
    ])
    expect(fairAt(CFS, index, -1)).toEqual([])
  })

  it('words cfs by vruntime and eevdf by lag and deadline', () => {
    const t = translator('en')
    expect(fairText(t, { task: 0, vruntime: 12.5, lag: NaN, deadline: NaN })).toBe('vruntime 12.5')
    expect(fairText(t, { task: 0, vruntime: 5, lag: 1, deadline: 14.5 })).toBe(
      'lag +1.0, deadline 14.5'
    )
    expect(fairText(t, { task: 0, vruntime: 5, lag: -2.25, deadline: 9 })).toBe(
      'lag -2.3, deadline 9.0'
    )
    expect(hasFairSamples('cfs') && hasFairSamples('eevdf')).toBe(true)
    expect(hasFairSamples('rr')).toBe(false)
  })
})
