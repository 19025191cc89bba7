// Level of detail (present/lod.ts): at most one rectangle per pixel column per lane, exact where
// one interval owns a column, busy share where several do, however many intervals there are;
// a shared column takes the colour of the interval that overlaps it longest.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countIn, cumAt, intervalAt, intervalNear, type Lane } from '../../present/lane'
import { aggregateLane, createDrawList, type DrawList } from '../../present/lod'
import { laneFrom } from '../renderer/results/fixtures'

function items(d: DrawList) {
  return Array.from({ length: d.count }, (_, j) => ({
    x0: d.x0[j],
    x1: d.x1[j],
    rec: d.rec[j],
    alpha: d.alpha[j],
    key: d.key[j]
  }))
}

/** The pixel columns an item paints. */
function columns(x0: number, x1: number): number[] {
  const out: number[] = []
  for (let c = Math.floor(x0 + 1e-9); c < Math.ceil(x1 - 1e-9); c++) out.push(c)
  return out
}

function assertOnePerColumn(d: DrawList, width: number): void {
  const owner = new Map<number, number>()
  for (let j = 0; j < d.count; j++) {
    expect(d.x0[j]).toBeGreaterThanOrEqual(-1e-9)
    expect(d.x1[j]).toBeLessThanOrEqual(width + 1e-9)
    expect(d.x1[j]).toBeGreaterThanOrEqual(d.x0[j])
    for (const c of columns(d.x0[j], d.x1[j])) {
      expect(owner.has(c), `column ${c} painted by items ${owner.get(c)} and ${j}`).toBe(false)
      owner.set(c, j)
    }
  }
}

/** Up to `count` (gap before, length) pairs of whole ticks. */
const gapsAndLengths = (gap: number, len: number, count: number) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: gap }), fc.integer({ min: 1, max: len })), {
    minLength: 1,
    maxLength: count
  })

/** The intervals that (gap, length) pairs lay end to end from 0. */
function laidOut(lens: [number, number][]): [number, number][] {
  const iv: [number, number][] = []
  let t = 0
  for (const [gap, len] of lens) {
    t += gap
    iv.push([t, t + len])
    t += len
  }
  return iv
}

describe('lane queries', () => {
  const lane = laneFrom([
    [0, 10],
    [20, 25],
    [25, 40]
  ])
  it('finds the interval at a time, and none in a gap', () => {
    expect(intervalAt(lane, 5)).toBe(0)
    expect(intervalAt(lane, 15)).toBe(-1)
    expect(intervalAt(lane, 25)).toBe(2)
    expect(intervalAt(lane, 40)).toBe(-1)
  })
  it('finds the nearest interval within a tolerance', () => {
    expect(intervalNear(lane, 11, 2)).toBe(0)
    expect(intervalNear(lane, 18.5, 2)).toBe(1)
    expect(intervalNear(lane, 15, 2)).toBe(-1)
  })
  it('sums busy time before a point with prefix sums', () => {
    expect(cumAt(lane, 0)).toBe(0)
    expect(cumAt(lane, 5)).toBe(5)
    expect(cumAt(lane, 15)).toBe(10)
    expect(cumAt(lane, 30)).toBe(20)
    expect(cumAt(lane, 100)).toBe(30)
    expect(countIn(lane, 5, 22)).toBe(2)
  })
})

describe('aggregateLane', () => {
  it('draws wide intervals exactly, one rectangle each', () => {
    const lane = laneFrom([
      [0, 100],
      [100, 250],
      [400, 1000]
    ])
    const d = aggregateLane(lane, 0, 1000, 1000)
    expect(items(d).map((i) => [i.x0, i.x1, i.rec, i.alpha])).toEqual([
      [0, 100, 0, 1],
      [100, 250, 1, 1],
      [400, 1000, 2, 1]
    ])
  })

  it('maps the view window, clipping intervals at its edges', () => {
    const lane = laneFrom([[0, 100]])
    const d = aggregateLane(lane, 50, 150, 200)
    expect(items(d).map((i) => [i.x0, i.x1])).toEqual([[0, 100]])
  })

  it('turns a million tiny intervals into at most one rectangle per column with the busy share', () => {
    // 1,000,000 intervals of length 1 every 2 ticks: the lane is busy half the time.
    const n = 1_000_000
    const iv: [number, number][] = Array.from({ length: n }, (_, i) => [2 * i, 2 * i + 1])
    const lane = laneFrom(iv, 1, () => 3)
    const width = 1200
    // How long this takes is measured by `npm run bench` (bench/aggregate.ts), not asserted here.
    const d = aggregateLane(lane, 0, 2 * n, width, createDrawList())
    expect(d.count).toBeLessThanOrEqual(width)
    assertOnePerColumn(d, width)
    for (const it of items(d)) {
      expect(it.rec).toBe(-1)
      expect(it.alpha).toBeCloseTo(0.5, 2)
    }
    // Columns of equal look (same thread, same share) merge: the lane is a handful of rectangles.
    expect(d.count).toBeLessThan(50)
  })

  it('keeps exact intervals exact next to dense stretches', () => {
    const iv: [number, number][] = [[0, 500]]
    for (let t = 500; t < 1000; t += 0.1) iv.push([t, t + 0.05])
    iv.push([1000, 2000])
    const lane = laneFrom(iv)
    const d = aggregateLane(lane, 0, 2000, 400)
    assertOnePerColumn(d, 400)
    const list = items(d)
    expect(list[0]).toMatchObject({ x0: 0, x1: 100, rec: 0, alpha: 1 })
    expect(list[list.length - 1]).toMatchObject({ x0: 200, x1: 400, rec: iv.length - 1, alpha: 1 })
  })

  it('never paints a column twice and covers every busy column (property)', () => {
    const arb = fc.record({
      lens: gapsAndLengths(30, 60, 300),
      t0: fc.integer({ min: 0, max: 2000 }),
      span: fc.integer({ min: 1, max: 5000 }),
      width: fc.integer({ min: 1, max: 700 })
    })
    fc.assert(
      fc.property(arb, ({ lens, t0, span, width }) => {
        const lane = laneFrom(laidOut(lens))
        const t1 = t0 + span
        const d = aggregateLane(lane, t0, t1, width)
        assertOnePerColumn(d, width)
        const painted = new Set<number>()
        for (let j = 0; j < d.count; j++) for (const c of columns(d.x0[j], d.x1[j])) painted.add(c)
        const px = span / width
        for (let c = 0; c < Math.ceil(width); c++) {
          const a = t0 + c * px
          const b = Math.min(t1, a + px)
          const busy = cumAt(lane, b) - cumAt(lane, a)
          // A column with visible busy time has a rectangle (slivers below 1e-6 px excepted).
          if (busy > px * 1e-6 && b > a) expect(painted.has(c), `column ${c}`).toBe(true)
        }
      }),
      { numRuns: 300 }
    )
  })
})

/**
 * The rule, written the slow and obvious way: for column c of [t0, t1) cut into `width`
 * columns, every interval that overlaps [ta, tb) is measured, and the longest overlap wins,
 * the earliest interval on a tie. Returns -1 for a column nothing overlaps.
 */
function bruteDominant(lane: Lane, t0: number, t1: number, width: number, c: number): number {
  const px = (t1 - t0) / width
  const ta = t0 + c * px
  const tb = ta + px
  let best = -1
  let bestLen = -1
  for (let j = 0; j < lane.n; j++) {
    if (lane.end[j] <= ta || lane.start[j] >= tb) continue
    const len = Math.min(lane.end[j], tb) - Math.max(lane.start[j], ta)
    if (len > bestLen) {
      bestLen = len
      best = j
    }
  }
  return best
}

/** The item that paints column c, or -1. */
function itemAt(d: DrawList, c: number): number {
  for (let j = 0; j < d.count; j++) if (columns(d.x0[j], d.x1[j]).includes(c)) return j
  return -1
}

describe('the dominant interval of a shared column', () => {
  it('is the longest one even when it is the ninth or later in the column', () => {
    // One column of 100 ticks: twelve 1-tick slivers, then thread 5's 40-tick run, then more
    // slivers. The longest overlap is the run (40 of 100), the 13th interval in the column.
    const iv: [number, number][] = []
    for (let k = 0; k < 12; k++) iv.push([2 * k, 2 * k + 1])
    iv.push([30, 70])
    for (let k = 0; k < 10; k++) iv.push([72 + 2 * k, 73 + 2 * k])
    const lane = laneFrom(iv, 1, (i) => (i === 12 ? 5 : 0))
    const d = aggregateLane(lane, 0, 100, 1)
    expect(d.count).toBe(1)
    expect(d.key[0]).toBe(5)
    // Busy: 12 + 40 + 10 = 62 of 100 ticks.
    expect(d.alpha[0]).toBeCloseTo(0.62, 6)
  })

  it('goes to the earliest of equally long intervals', () => {
    const lane = laneFrom(
      Array.from({ length: 20 }, (_, k): [number, number] => [5 * k, 5 * k + 2]),
      1,
      (i) => i
    )
    const d = aggregateLane(lane, 0, 100, 1)
    expect(d.key[0]).toBe(0)
  })

  it('matches a brute-force scan of every interval in every column (property)', () => {
    const arb = fc.record({
      lens: gapsAndLengths(6, 40, 400),
      t0: fc.integer({ min: 0, max: 500 }),
      span: fc.integer({ min: 1, max: 6000 }),
      // Few columns over a long span: columns of dozens of intervals.
      width: fc.integer({ min: 1, max: 40 })
    })
    fc.assert(
      fc.property(arb, ({ lens, t0, span, width }) => {
        // Every interval its own key, so a wrong pick always shows.
        const lane = laneFrom(laidOut(lens), 1, (i) => i)
        const t1 = t0 + span
        const d = aggregateLane(lane, t0, t1, width)
        for (let c = 0; c < width; c++) {
          const j = itemAt(d, c)
          const want = bruteDominant(lane, t0, t1, width, c)
          if (want < 0 || lane.start[want] >= t1) {
            expect(j, `column ${c} is empty`).toBe(-1)
            continue
          }
          expect(j, `column ${c} is painted`).toBeGreaterThanOrEqual(0)
          expect(d.key[j], `column ${c}`).toBe(lane.key[want])
          // An exact rectangle is that very interval.
          if (d.rec[j] >= 0) expect(d.rec[j], `column ${c}`).toBe(want)
        }
      }),
      { numRuns: 300 }
    )
  })
})
