// The timeline's level-of-detail pass on a million intervals: how long one frame's aggregation of
// a dense lane takes. Measured here rather than asserted in a test, where a busy machine would
// make it flaky; the test (test/present/lod.test.ts) checks what it produces.
import { aggregateLane, createDrawList } from '../present/lod'
import { computeCum, type Lane } from '../present/lane'

/** 1,000,000 intervals of length 1 every 2 ticks, aggregated into 1,200 pixel columns. */
export function benchAggregate(): {
  intervals: number
  rects: number
  bestMs: number
  medianMs: number
} {
  const n = 1_000_000
  const lane: Lane = {
    n,
    start: Float64Array.from({ length: n }, (_, i) => 2 * i),
    end: Float64Array.from({ length: n }, (_, i) => 2 * i + 1),
    cls: new Uint8Array(n).fill(1),
    key: new Int32Array(n).fill(3),
    rec: Int32Array.from({ length: n }, (_, i) => i),
    cum: new Float64Array(n + 1)
  }
  computeCum(lane)
  const times: number[] = []
  let rects = 0
  for (let round = 0; round < 7; round++) {
    const t0 = performance.now()
    rects = aggregateLane(lane, 0, 2 * n, 1200, createDrawList()).count
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { intervals: n, rects, bestMs: times[0], medianMs: times[3] }
}
