import { expect, it } from 'vitest'
import { niceInverseWeight, niceWeight } from '../../sim-core/sched/nice-weights'

it('matches the kernel table at its landmarks: nice 0 = 1024, 5 = 335, 10 = 110, -20 = 88761, 19 = 15', () => {
  expect([0, 5, 10, -20, 19].map(niceWeight)).toEqual([1024, 335, 110, 88761, 15])
})

it('steps about 1.25x per nice level (1024 / 1.25^nice rounded; the small weights at the tail round to exactly 1.2, 18 / 15)', () => {
  for (let n = -20; n < 19; n++) {
    const ratio = niceWeight(n) / niceWeight(n + 1)
    expect(ratio).toBeGreaterThanOrEqual(1.2)
    expect(ratio).toBeLessThan(1.3)
  }
})

it('has inverse weights of 2^32 / weight, within the kernel rounding (a relative 1e-4)', () => {
  for (let n = -20; n <= 19; n++) {
    const exact = 2 ** 32 / niceWeight(n)
    expect(Math.abs(niceInverseWeight(n) - exact) / exact).toBeLessThan(1e-4)
  }
})
