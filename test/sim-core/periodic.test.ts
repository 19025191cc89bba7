import { describe, expect, it } from 'vitest'
import { simulate, validateScenario } from '../../sim-core/index'

describe('periodic threads', () => {
  it('release a job every period from the offset, queue a job released while the previous runs, and count deadline misses', () => {
    const v = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'periodic',
      machine: { cores: 1 },
      scheduler: { policy: 'priority', preemptive: true },
      processes: [
        {
          name: 'ctl',
          priority: 0,
          threads: [
            {
              name: 'tick',
              periodic: { period: 10, deadline: 6, offset: 2, jobs: 4 },
              ops: [{ cpu: 3 }]
            }
          ]
        },
        { name: 'batch', priority: 5, threads: [{ name: 'main', ops: [{ cpu: 30 }] }] },
        {
          name: 'slow',
          priority: 0,
          threads: [{ name: 'p', periodic: { period: 5, jobs: 3 }, ops: [{ cpu: 4 }] }]
        }
      ]
    })
    if (!v.ok) throw new Error(JSON.stringify(v.problems))
    const r = simulate(v.scenario)
    // slow/p job 0 runs 0-4; ctl/tick (released at 2, same priority) runs 4-7; slow's job 1
    // (released at 5, deadline 10) runs 7-11 and misses; job 2 (released at 10) waits for it, 11-15.
    expect(
      r.jobs.filter((j) => j.thread === 'slow/p').map((j) => [j.release, j.finish, j.missed])
    ).toEqual([
      [0, 4, false],
      [5, 11, true],
      [10, 15, false]
    ])
    expect(r.jobs.filter((j) => j.thread === 'ctl/tick').map((j) => j.release)).toEqual([
      2, 12, 22, 32
    ])
    expect(r.jobs.find((j) => j.thread === 'ctl/tick' && j.job === 0)).toMatchObject({
      deadline: 8,
      finish: 7,
      response: 5,
      missed: false
    })
    expect(r.summary.deadlineMisses).toBe(1)
    expect(r.threads.find((t) => t.id === 'ctl/tick')?.cpu).toBe(12)
    expect(r.threads.find((t) => t.id === 'slow/p')?.finish).toBe(15)
    expect(r.makespan).toBe(54)
  })
})
