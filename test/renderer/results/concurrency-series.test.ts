// The data behind issue 14's pictures, from hand-made trace columns: the step series of the
// occupancy and thread-count charts, and where the timeline puts a hand-off arrow.
import { describe, expect, it } from 'vitest'
import { stepSeries } from '../../../renderer/src/features/charts/step-series'
import { handoffs } from '../../../renderer/src/features/charts/trace-columns'
import { visibleHandoffs } from '../../../renderer/src/features/timeline/handoff-marks'
import type { Lane } from '../../../renderer/src/features/timeline/lane'
import type { Scene } from '../../../renderer/src/features/timeline/scene'
import { threadColumns, usedColumns } from '../../../renderer/src/features/charts/table-columns'
import type { ThreadRow, TraceData } from '../../../sim-core'

const samples = (rows: [time: number, key: number, value: number][]) => ({
  n: rows.length,
  time: Float64Array.from(rows.map((r) => r[0])),
  key: Uint16Array.from(rows.map((r) => r[1])),
  value: Int32Array.from(rows.map((r) => r[2]))
})

describe('step series (channel occupancy, thread counts)', () => {
  it('has one row per instant, the state after all of its changes, held to the makespan', () => {
    // Channel 0 gets an item at 0 and another at 2, channel 1 one at 2; channel 0 empties at 5.
    const s = stepSeries(
      samples([
        [0, 0, 1],
        [2, 0, 2],
        [2, 1, 1],
        [5, 0, 0]
      ]),
      10
    )
    expect(s.keys).toEqual([0, 1])
    expect(s.bucket).toBe(0)
    expect(s.rows).toEqual([
      { t: 0, k0: 1, k1: 0 },
      { t: 2, k0: 2, k1: 1 },
      { t: 5, k0: 0, k1: 1 },
      { t: 10, k0: 0, k1: 1 }
    ])
  })

  it('folds a long run into buckets that keep each key’s peak', () => {
    // 0 → 3 → 0 inside the first 10-tick bucket: an average would hide the burst; the peak is 3.
    const s = stepSeries(
      samples([
        [1, 0, 3],
        [2, 0, 0],
        [15, 0, 1]
      ]),
      20,
      2
    )
    expect(s.bucket).toBe(10)
    expect(s.rows).toEqual([
      { t: 0, k0: 3 },
      { t: 10, k0: 1 },
      { t: 20, k0: 1 }
    ])
  })

  it('is empty for a trace without samples', () => {
    expect(stepSeries(samples([]), 10)).toEqual({ rows: [], keys: [], bucket: 0 })
  })
})

function lane(intervals: [start: number, end: number, task: number][]): Lane {
  const n = intervals.length
  const cum = new Float64Array(n + 1)
  intervals.forEach(([a, b], i) => (cum[i + 1] = cum[i] + b - a))
  return {
    n,
    start: Float64Array.from(intervals.map((x) => x[0])),
    end: Float64Array.from(intervals.map((x) => x[1])),
    cls: new Uint8Array(n).fill(1),
    key: Int32Array.from(intervals.map((x) => x[2])),
    rec: Int32Array.from(intervals.map((_, i) => i)),
    cum
  }
}

/** Two hand-offs: thread 0 → thread 1 at 4 (two cores), and between two coroutines of thread 2 at 8. */
function scene(threadRows: number[]): Scene {
  const trace = {
    hoCount: 2,
    hoTime: Float64Array.from([4, 8]),
    hoChannel: Uint16Array.from([0, 0]),
    hoFromThread: Int32Array.from([0, 2]),
    hoFromCoroutine: Int32Array.from([-1, 0]),
    hoToThread: Int32Array.from([1, 2]),
    hoToCoroutine: Int32Array.from([-1, 1])
  } as unknown as TraceData
  const rows = [
    { kind: 'core' as const, id: 0, y: 30, h: 20, label: 'Core 0' },
    { kind: 'core' as const, id: 1, y: 60, h: 20, label: 'Core 1' },
    ...threadRows.map((id, i) => ({
      kind: 'thread' as const,
      id,
      y: 100 + i * 20,
      h: 16,
      label: ''
    }))
  ]
  return {
    index: {
      trace,
      // Core 0 runs thread 0 until 4, then thread 2; core 1 runs thread 1 from 4.
      cores: [
        lane([
          [0, 4, 0],
          [4, 10, 2]
        ]),
        lane([[4, 10, 1]])
      ]
    },
    layout: { width: 1100, height: 200, plotLeft: 100, plotWidth: 1000, axisHeight: 28, rows },
    view: { t0: 0, t1: 10 }
  } as unknown as Scene
}

describe('hand-off arrows', () => {
  it('reads the ho* columns, and a trace without them as no hand-offs', () => {
    expect(handoffs(scene([]).index.trace).n).toBe(2)
    expect(handoffs({} as TraceData).n).toBe(0)
  })

  it('goes from the sender’s core lane to the receiver’s when thread lanes are off', () => {
    const marks = visibleHandoffs(scene([]))
    // x = plotLeft + t / 10 × plotWidth. At 4: core 0 (y 30, centre 40) → core 1 (centre 70).
    expect(marks[0]).toMatchObject({ handoff: 0, x: 500, fromY: 40, toY: 70, sameLane: false })
    // At 8 both coroutines are on thread 2, running on core 0: a hook above core 0's lane.
    expect(marks[1]).toMatchObject({ handoff: 1, x: 900, fromY: 30, toY: 30, sameLane: true })
  })

  it('uses the thread lanes when they are shown', () => {
    const marks = visibleHandoffs(scene([0, 1, 2]))
    // Thread rows at y 100, 120, 140 (h 16, centres 108, 128).
    expect(marks[0]).toMatchObject({ fromY: 108, toY: 128, sameLane: false })
    expect(marks[1]).toMatchObject({ fromY: 140, toY: 140, sameLane: true })
  })

  it('draws nothing outside the view', () => {
    const s = scene([])
    s.view = { ...s.view, t0: 5, t1: 7 }
    expect(visibleHandoffs(s)).toEqual([])
  })
})

describe('columns for figures only some runs have', () => {
  it('shows GIL wait and Timeouts only when a row has one', () => {
    const cols = threadColumns('ms')
    const row = (gilWait: number, timeouts: number) => ({ gilWait, timeouts }) as ThreadRow
    const keys = (rows: ThreadRow[]) => usedColumns(cols, rows).map((c) => c.key)
    expect(keys([row(0, 0), row(0, 0)])).not.toContain('gilWait')
    expect(keys([row(0, 0)])).not.toContain('timeouts')
    expect(keys([row(0, 0), row(12, 0)])).toContain('gilWait')
    expect(keys([row(0, 1)])).toContain('timeouts')
    // Every other column stays, whatever the rows hold.
    expect(keys([row(0, 0)])).toContain('lockWait')
  })
})
