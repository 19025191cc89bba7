// The watchdog (issue 12 item 5): a policy that loses a task makes the run throw a
// PolicyViolation with a state dump; a real lock deadlock still ends with status "deadlock".
import { describe, expect, it } from 'vitest'
import {
  PolicyViolation,
  Simulation,
  simulate,
  validateScenario,
  type ScenarioInput
} from '../../sim-core/index'
import type { AnyPolicy } from '../../sim-core/sched/policy'
import { streamSeed } from '../../sim-core/engine/rng'

function scenario(input: Omit<ScenarioInput, 'format' | 'version' | 'name'>) {
  const v = validateScenario({ format: 'schedlab/scenario', version: 1, name: 'w', ...input })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return v.scenario
}

const twoThreads = scenario({
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [
    { name: 'a', threads: [{ name: 't', ops: [{ cpu: 3 }] }] },
    { name: 'b', threads: [{ name: 't', ops: [{ cpu: 2 }] }] }
  ]
})

describe('watchdog', () => {
  it('throws PolicyViolation with a state dump when the policy forgets a queued task', () => {
    // A FIFO that silently drops the second task it is given: a runs 0-3, then core 0 is idle
    // with b queued (by the engine's count) and nothing left to happen.
    const queue: number[] = []
    let enqueued = 0
    const leaky: AnyPolicy = {
      name: 'leaky',
      enqueue: (_s, _rq, task) => void (enqueued++ === 1 || queue.push(task)),
      pickNext: () => queue.shift() ?? null,
      queued: () => [...queue]
    }
    const sim = new Simulation(twoThreads, { policy: leaky })
    let error: unknown = null
    try {
      sim.step()
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(PolicyViolation)
    const v = error as PolicyViolation
    expect(v.message).toBe(
      'leaky lost b/t: it is queued, core 0 is idle and nothing else can happen'
    )
    expect(v.dump).toEqual({
      now: 3,
      task: { id: 1, name: 'b/t', state: 'ready' },
      cpus: [{ id: 0, state: 'idle', task: null }],
      queues: [{ id: 0, cpu: -1, length: 1, tasks: [] }]
    })
  })

  it('throws PolicyViolation when a policy picks a task that is not in the queue it picks from', () => {
    const liar: AnyPolicy = { name: 'liar', enqueue: () => {}, pickNext: () => 7 }
    expect(() => new Simulation(twoThreads, { policy: liar }).step()).toThrow(
      'liar picked task 7, which cannot run on core 0 now'
    )
  })

  it('a policy that names only itself is a FIFO (the defaults of every hook)', () => {
    // a (3 ticks) then b (2 ticks): b waits 3, finishes at 5 — what fcfs gives.
    const r = simulate(twoThreads)
    const sim = new Simulation(twoThreads, { policy: { name: 'bare' } })
    sim.step()
    expect(sim.status).toBe('completed')
    expect(sim.tasks.map((t) => t.finish)).toEqual(r.threads.map((t) => t.finish))
    expect(sim.tasks.map((t) => t.finish)).toEqual([3, 5])
  })

  it('a lock deadlock is still status "deadlock", with its cycle', () => {
    // a takes L1 then wants L2; b takes L2 then wants L1 (two cores, both at t=1): a cycle.
    const r = simulate(
      scenario({
        machine: { cores: 2 },
        scheduler: { policy: 'fcfs' },
        locks: [
          { name: 'L1', kind: 'mutex' },
          { name: 'L2', kind: 'mutex' }
        ],
        processes: [
          {
            name: 'a',
            threads: [
              {
                name: 't',
                ops: [
                  { lock: 'L1' },
                  { cpu: 1 },
                  { lock: 'L2' },
                  { unlock: 'L2' },
                  { unlock: 'L1' }
                ]
              }
            ]
          },
          {
            name: 'b',
            threads: [
              {
                name: 't',
                ops: [
                  { lock: 'L2' },
                  { cpu: 1 },
                  { lock: 'L1' },
                  { unlock: 'L1' },
                  { unlock: 'L2' }
                ]
              }
            ]
          }
        ]
      })
    )
    expect(r.status).toBe('deadlock')
    expect(r.deadlock?.cycle.sort()).toEqual(['a/t', 'b/t'])
  })
})

describe('random streams', () => {
  it('stream 0 is the seed itself (the M:N runtime draws as before); others are mixed and distinct', () => {
    expect(streamSeed(42, 0)).toBe(42)
    const seeds = [0, 1, 2].flatMap((k) => [41, 42, 43].map((s) => streamSeed(s, k)))
    expect(new Set(seeds).size).toBe(9)
    expect(streamSeed(42, 1)).not.toBe(42)
  })
})
