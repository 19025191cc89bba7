// The integer arithmetic under cfs and eevdf (sim-core/sched/fair/calc-delta.ts): the kernel's
// __calc_delta with sched_prio_to_wmult, on units of 1/1024 tick; and the `slice` field.
import { describe, expect, it } from 'vitest'
import { validateScenario } from '../../sim-core/index'
import { calcDelta, ticksFor } from '../../sim-core/sched/fair/calc-delta'
import { niceInverseWeight, niceWeight } from '../../sim-core/sched/nice-weights'

const at = (nice: number, units: number) =>
  calcDelta(units, niceWeight(nice), niceInverseWeight(nice))

describe('__calc_delta', () => {
  it('is the identity at nice 0', () => {
    expect(at(0, 1024)).toBe(1024)
    expect(at(0, 123_456_789)).toBe(123_456_789)
  })

  it('one tick at nice 5 is 3130 units, as the kernel computes it', () => {
    // fact = 1024 × 12820798 = 13128497152 needs 34 bits: shifted right by fls(3) = 2 to
    // 3282124288, shift 32 − 2 = 30; 1024 × 3282124288 >> 30 = 3130.08 → 3130 (exact: 3130.03).
    expect(at(5, 1024)).toBe(3130)
  })

  it('one tick at nice 19 is 69905 units (exactly 1024 × 1024 / 15 = 69905.07)', () => {
    // fact = 1024 × 286331153 = 293203100672: fact >> 32 = 68, fls(68) = 7: fact >> 7 =
    // 2290649224, shift 25; 1024 × 2290649224 >> 25 = 2290649224 / 32768 = 69905.07 → 69905.
    expect(at(19, 1024)).toBe(69905)
  })

  it('stays exact past 2^53 (mul_u64_u32_shr in BigInt)', () => {
    // 2^40 × 3282124288 >> 30 = 1024 × 3282124288 exactly.
    expect(at(5, 2 ** 40)).toBe(1024 * 3282124288)
  })

  it('ticksFor is the whole ticks that reach a virtual time', () => {
    expect(ticksFor(3072, 1024, niceInverseWeight(0))).toBe(3)
    expect(ticksFor(1536, 1024, niceInverseWeight(0))).toBe(2)
    // 3 ticks at nice 5 are 3 × 3130.08 → 9390 units: 3 ticks reach 9390, 2 do not.
    expect(ticksFor(at(5, 3 * 1024), niceWeight(5), niceInverseWeight(5))).toBe(3)
    expect(ticksFor(1, 1024, niceInverseWeight(0))).toBe(1)
  })
})

describe('the thread field `slice`', () => {
  const scenario = (slice: unknown) => ({
    format: 'schedlab/scenario',
    version: 1,
    name: 's',
    machine: { cores: 1 },
    scheduler: { policy: 'eevdf' },
    processes: [{ name: 'p', threads: [{ name: 't', slice, ops: [{ cpu: 1 }] }] }]
  })

  it('accepts a positive number of ticks', () => {
    const v = validateScenario(scenario(2))
    expect(v.ok && v.scenario.processes[0].threads[0].slice).toBe(2)
  })

  it('rejects 0 and fractions, naming the field', () => {
    for (const bad of [0, 1.5, 'x']) {
      const v = validateScenario(scenario(bad))
      expect(v.ok).toBe(false)
      if (!v.ok) expect(JSON.stringify(v.problems)).toMatch(/slice/)
    }
  })
})
