import { describe, expect, it } from 'vitest'
import { axisTicks, niceStep } from '../../../present/ticks'
import {
  clampView,
  fitView,
  MIN_SPAN,
  panBy,
  reveal,
  zoomAround
} from '../../../renderer/src/features/timeline/view'
import { bestIndices } from '../../../renderer/src/features/compare/compare-rows'
import { parseCoreCounts, variantScenario } from '../../../renderer/src/features/compare/variants'
import { demoScenario } from './fixtures'

describe('view math', () => {
  it('zooms around the anchor, keeping it under the same fraction of the plot', () => {
    const v = zoomAround({ t0: 0, t1: 100 }, 25, 0.5, 100)
    expect(v).toEqual({ t0: 12.5, t1: 62.5 })
    expect((25 - v.t0) / (v.t1 - v.t0)).toBeCloseTo(0.25)
  })
  it('never zooms out past the run nor in below the minimum span', () => {
    expect(zoomAround({ t0: 10, t1: 20 }, 15, 100, 100)).toEqual({ t0: 0, t1: 100 })
    const v = zoomAround({ t0: 10, t1: 20 }, 15, 0.0001, 100)
    expect(v.t1 - v.t0).toBeCloseTo(MIN_SPAN, 9)
  })
  it('pans within the run', () => {
    expect(panBy({ t0: 0, t1: 10 }, -0.5, 100)).toEqual({ t0: 0, t1: 10 })
    expect(panBy({ t0: 0, t1: 10 }, 0.5, 100)).toEqual({ t0: 5, t1: 15 })
    expect(clampView({ t0: 95, t1: 105 }, 100)).toEqual({ t0: 90, t1: 100 })
    expect(fitView(0)).toEqual({ t0: 0, t1: MIN_SPAN })
  })
  it('reveals a time outside the window', () => {
    const v = reveal({ t0: 0, t1: 10 }, 30, 100)
    expect(30).toBeGreaterThanOrEqual(v.t0)
    expect(30).toBeLessThanOrEqual(v.t1)
  })
})

describe('time axis', () => {
  it('uses round steps of 1, 2 or 5 × 10^k and never less than a tick', () => {
    expect(niceStep(1000, 10)).toBe(100)
    expect(niceStep(1000, 4)).toBe(500)
    expect(niceStep(37, 10)).toBe(5)
    expect(niceStep(3, 10)).toBe(1)
    expect(axisTicks(0, 37, 900).ticks).toEqual([0, 5, 10, 15, 20, 25, 30, 35])
  })
})

describe('compare helpers', () => {
  it('marks the best value per row, all of them on a tie, none when all equal', () => {
    expect([...bestIndices([3, 1, 2], 'low')]).toEqual([1])
    expect([...bestIndices([3, 1, 3], 'high')]).toEqual([0, 2])
    expect([...bestIndices([2, 2], 'low')]).toEqual([])
    expect([...bestIndices([null, 5, 4], 'low')]).toEqual([2])
  })
  it('parses core counts and builds validated variants', () => {
    expect(parseCoreCounts('1, 2,4 x 2 0')).toEqual([1, 2, 4])
    const s = demoScenario()
    const v = variantScenario(s, { policy: 'fcfs', cores: 4 })
    expect(v.ok && v.scenario.scheduler.policy).toBe('fcfs')
    expect(v.ok && v.scenario.machine.cores).toBe(4)
    const rr = variantScenario({ ...s, scheduler: { ...s.scheduler } }, { policy: 'rr', cores: 1 })
    expect(rr.ok && 'quantum' in rr.scenario.scheduler && rr.scenario.scheduler.quantum).toBe(3)
    // The app's Compare switches policy with sim-core's schedulerFor, as the CLI does: priority
    // understands a quantum too, so it keeps the scenario's 3 (it used to get none).
    const pr = variantScenario(s, { policy: 'priority', cores: 1 })
    expect(pr.ok && 'quantum' in pr.scenario.scheduler && pr.scenario.scheduler.quantum).toBe(3)
  })
})
