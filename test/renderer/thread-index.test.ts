// Results are keyed by thread index (the engine's declaration order); ids are for display only,
// so the tree and the results no longer build "process/thread" strings to match each other.
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario } from '../../sim-core/index'
import { threadAt, threadIndex } from '../../renderer/src/scenario/thread-index'

const v = validateScenario({
  format: 'schedlab/scenario',
  version: 1,
  name: 'indices',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [
    {
      name: 'a',
      threads: [
        { name: 'x', ops: [{ cpu: 1 }] },
        { name: 'y', ops: [{ cpu: 2 }] }
      ]
    },
    { name: 'b', threads: [{ name: 'z', ops: [{ cpu: 3 }] }] }
  ]
})

describe('thread index', () => {
  it('numbers threads in declaration order, as result.threads lists them', () => {
    if (!v.ok) throw new Error('fixture invalid')
    const result = simulate(v.scenario)
    expect(result.threads.map((t) => t.id)).toEqual(['a/x', 'a/y', 'b/z'])
    expect(threadIndex(v.scenario, 0, 1)).toBe(1)
    expect(threadIndex(v.scenario, 1, 0)).toBe(2)
    // fcfs on one core: a/x runs 0..1, a/y 1..3, b/z 3..6, so b/z (index 2) has 3 ticks of cpu.
    expect(result.threads[threadIndex(v.scenario, 1, 0)].cpu).toBe(3)
    expect(threadAt(v.scenario, 2)).toEqual({ p: 1, t: 0 })
    expect(threadAt(v.scenario, 1)).toEqual({ p: 0, t: 1 })
  })

  it('has no index for a thread that is not there, and no thread past the last index', () => {
    if (!v.ok) throw new Error('fixture invalid')
    expect(threadIndex(v.scenario, 2, 0)).toBe(-1)
    expect(threadIndex(v.scenario, 1, 1)).toBe(-1)
    expect(threadAt(v.scenario, 3)).toBeNull()
    expect(threadAt(v.scenario, -1)).toBeNull()
  })
})
