// The per-core cache model on its own, with numbers worked by hand from the rules in
// test/fixtures/reference/ostep/SEMANTICS.md §4 (multi.py's cache class).
import { describe, expect, it } from 'vitest'
import { CacheModel } from '../../sim-core/model/cache'

/** Tasks 0..n-1 with these working sets (-1: none). */
const model = (ws: number[], size = 100, warmupTime = 10, warmRate = 2, cores = 2) =>
  new CacheModel(cores, { size, warmupTime, warmRate }, ws)

describe('CacheModel', () => {
  it('warms a task after warmupTime ticks of running on that core, and only there', () => {
    const m = model([50])
    m.onPick(0, 0)
    // Picked, not yet run: the full 10-tick countdown, rate 1.
    expect(m.ticksUntilWarm(0, 0)).toBe(10)
    expect(m.rate(0, 0)).toBe(1)
    m.ran(0, 0, 4)
    expect(m.ticksUntilWarm(0, 0)).toBe(6)
    m.ran(0, 0, 6)
    // 4 + 6 = 10 ticks: warm from now on, rate 2; core 1 never saw it.
    expect(m.isWarm(0, 0)).toBe(true)
    expect(m.rate(0, 0)).toBe(2)
    expect(m.ticksUntilWarm(0, 0)).toBe(0)
    expect(m.isWarm(1, 0)).toBe(false)
    expect(m.ticksUntilWarm(1, 0)).toBe(Infinity)
  })

  it('keeps warm-up progress across a deschedule, and a second pick does not restart it', () => {
    const m = model([50, 50])
    m.onPick(0, 0)
    m.ran(0, 0, 7)
    // Task 1 runs in between; task 0 comes back with 10 - 7 = 3 ticks to go, not 10.
    m.onPick(0, 1)
    m.ran(0, 1, 5)
    m.onPick(0, 0)
    expect(m.ticksUntilWarm(0, 0)).toBe(3)
    expect(m.ticksUntilWarm(0, 1)).toBe(5)
  })

  it('evicts the oldest-warmed entry (not the least recently run) when the sets exceed the size', () => {
    const m = model([40, 40, 40])
    for (const t of [0, 1, 2]) {
      m.onPick(0, t)
      m.ran(0, t, 10)
    }
    // Warmed in order 0, 1, 2: the list is [2, 1, 0]; 40 + 40 + 40 = 120 > 100 evicted the last, 0.
    expect(m.warmTasks(0)).toEqual([2, 1])
    expect(m.isWarm(0, 0)).toBe(false)
    // The evicted task is warming again with a full countdown.
    expect(m.warmingLeft(0, 0)).toBe(10)
    expect(m.ticksUntilWarm(0, 0)).toBe(10)
    // Task 1 running again does not move it to the front: it is evicted next, although 2 ran later.
    m.ran(0, 1, 3)
    m.onPick(0, 0)
    m.ran(0, 0, 10)
    expect(m.warmTasks(0)).toEqual([0, 2])
  })

  it('never runs a task warm whose working set alone exceeds the cache; each warm-up flushes the cache', () => {
    const m = model([200, 30])
    m.onPick(0, 1)
    m.ran(0, 1, 10)
    expect(m.warmTasks(0)).toEqual([1])
    m.onPick(0, 0)
    expect(m.ticksUntilWarm(0, 0)).toBe(Infinity)
    m.ran(0, 0, 10)
    // Inserted at the front (200 + 30 > 100): task 1 goes first, then task 0 itself (200 > 100).
    expect(m.warmTasks(0)).toEqual([])
    expect(m.warmingLeft(0, 1)).toBe(10)
    expect(m.warmingLeft(0, 0)).toBe(10)
    // 25 more ticks: two more flushes (at 10 and 20) and 5 ticks into the next countdown.
    m.ran(0, 0, 25)
    expect(m.warmingLeft(0, 0)).toBe(5)
    expect(m.isWarm(0, 0)).toBe(false)
  })

  it('with warmupTime 0 warms on the pick, but an evicted task needs one cold tick', () => {
    const m = model([30, 30, 30], 60, 0)
    m.onPick(0, 0)
    expect(m.isWarm(0, 0)).toBe(true)
    m.onPick(0, 1)
    m.onPick(0, 2)
    // [2, 1, 0] is 90 > 60: task 0 is evicted with a countdown of 0.
    expect(m.warmTasks(0)).toEqual([2, 1])
    expect(m.warmingLeft(0, 0)).toBe(0)
    m.onPick(0, 0)
    // Still cold: upstream decrements the countdown after the tick (0 -> -1), so one tick at rate 1.
    expect(m.isWarm(0, 0)).toBe(false)
    expect(m.ticksUntilWarm(0, 0)).toBe(1)
    m.ran(0, 0, 1)
    expect(m.warmTasks(0)).toEqual([0, 2])
  })

  it('leaves a task without a working set out of every cache', () => {
    const m = model([-1, 10])
    m.onPick(0, 0)
    m.ran(0, 0, 100)
    expect(m.isWarm(0, 0)).toBe(false)
    expect(m.ticksUntilWarm(0, 0)).toBe(Infinity)
    expect(m.rate(0, 0)).toBe(1)
    expect(m.warmTasks(0)).toEqual([])
  })

  it('uses the configured warm rate', () => {
    const m = model([10], 100, 1, 3)
    m.onPick(1, 0)
    m.ran(1, 0, 1)
    expect(m.rate(1, 0)).toBe(3)
  })
})
