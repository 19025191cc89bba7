import { describe, expect, it } from 'vitest'
import { validateScenario, type Scenario } from '../../sim-core/index'
import { liuLaylandBound, taskSetBound } from '../../sim-core/metrics/task-set'

/** One process of periodic threads [cpu, period, deadline?] on `cores` cores. */
function scenario(cores: number, threads: [number, number, number?][], extra = false): Scenario {
  const r = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'task set',
    machine: { cores },
    scheduler: { policy: 'edf' },
    processes: [
      {
        name: 'p',
        threads: [
          ...threads.map(([cpu, period, deadline], i) => ({
            name: `t${i}`,
            // Two cpu ops inside a repeat: wcet is the sum of every cpu tick (2 × cpu/2 + 0).
            ops: cpu % 2 === 0 ? [{ repeat: 2, ops: [{ cpu: cpu / 2 }] }] : [{ cpu }],
            periodic: { period, jobs: 3, ...(deadline ? { deadline } : {}) }
          })),
          ...(extra ? [{ name: 'batch', ops: [{ cpu: 50 }] }] : [])
        ]
      }
    ]
  })
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.scenario
}

describe('liuLaylandBound', () => {
  it('is n (2^(1/n) − 1): 1 for one task, 0.828 for two, 0.780 for three, toward ln 2', () => {
    expect(liuLaylandBound(1)).toBe(1)
    // 2 (√2 − 1) = 0.828427...
    expect(liuLaylandBound(2)).toBeCloseTo(0.828427, 6)
    // 3 (2^(1/3) − 1) = 0.779763...
    expect(liuLaylandBound(3)).toBeCloseTo(0.779763, 6)
    expect(liuLaylandBound(1000)).toBeCloseTo(Math.LN2, 3)
  })
})

describe('taskSetBound', () => {
  it('EDF vs RM at U = 2/5 + 4/7 = 0.971 on one core: EDF guaranteed, RM not', () => {
    const b = taskSetBound(
      scenario(1, [
        [2, 5],
        [4, 7]
      ])
    )
    expect(b.tasks).toBe(2)
    expect(b.utilization).toBeCloseTo(0.4 + 4 / 7, 12)
    expect(b.rmBound).toBeCloseTo(0.828427, 6)
    expect(b.rmGuaranteed).toBe(false)
    expect(b.edfGuaranteed).toBe(true)
    expect(b.overloaded).toBe(false)
  })

  it('counts only periodic threads and every cpu tick inside repeats: U = 1/4 + 1/4 = 0.5', () => {
    const b = taskSetBound(
      scenario(
        1,
        [
          [1, 4],
          [2, 8]
        ],
        true
      )
    )
    expect(b.tasks).toBe(2)
    expect(b.utilization).toBeCloseTo(0.5, 12)
    expect(b.rmGuaranteed).toBe(true)
    expect(b.edfGuaranteed).toBe(true)
  })

  it('U exactly 1 (1/2 + 1/4 + 1/4) is EDF-schedulable despite float rounding; above 1 it is overloaded', () => {
    const b = taskSetBound(
      scenario(1, [
        [1, 2],
        [1, 4],
        [1, 4]
      ])
    )
    expect(b.edfGuaranteed).toBe(true)
    expect(b.rmGuaranteed).toBe(false) // 1 > 3 (2^(1/3) − 1) = 0.780
    const over = taskSetBound(
      scenario(1, [
        [3, 4],
        [1, 2]
      ])
    )
    expect(over.utilization).toBeCloseTo(1.25, 12)
    expect(over.overloaded).toBe(true)
    expect(over.edfGuaranteed).toBe(false)
  })

  it('on several cores nothing is guaranteed by these bounds; overloaded only above the core count', () => {
    const b = taskSetBound(
      scenario(2, [
        [3, 4],
        [3, 4],
        [1, 4]
      ])
    )
    expect(b.utilization).toBeCloseTo(1.75, 12)
    expect(b.cores).toBe(2)
    expect(b.edfGuaranteed).toBe(false)
    expect(b.rmGuaranteed).toBe(false)
    expect(b.overloaded).toBe(false)
  })

  it('a deadline shorter than the period voids the utilization bounds', () => {
    const b = taskSetBound(scenario(1, [[1, 10, 5]]))
    expect(b.utilization).toBeCloseTo(0.1, 12)
    expect(b.constrainedDeadlines).toBe(true)
    expect(b.edfGuaranteed).toBe(false)
  })

  it('no periodic threads: U = 0, zero tasks', () => {
    const b = taskSetBound(scenario(1, [], true))
    expect(b.tasks).toBe(0)
    expect(b.utilization).toBe(0)
  })
})
