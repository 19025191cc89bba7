// The GIL (issue 14 item 7): threads of a process with "gil" must hold its interpreter lock to
// run cpu; it is released on every blocking op, and handed on after gilInterval ticks to a
// thread that waits for it (CPython's switch interval with its forced switch).
import { describe, expect, it } from 'vitest'
import { BlockKind, parseScenario, simulate, TaskState, type SimResult } from '../../sim-core'
import type { Scenario } from '../../sim-core/scenario/schema'

function scenario(
  processes: object[],
  cores = 2,
  scheduler: object = { policy: 'fcfs' }
): Scenario {
  const parsed = parseScenario(
    JSON.stringify({
      format: 'schedlab/scenario',
      version: 1,
      name: 'gil',
      machine: { cores },
      scheduler,
      processes
    })
  )
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.scenario
}

const cpuBound = (name: string, extra: object = {}) => ({
  name,
  ...extra,
  threads: [
    { name: 'a', ops: [{ cpu: 100 }] },
    { name: 'b', ops: [{ cpu: 100 }] }
  ]
})
const row = (r: SimResult, id: string) => r.threads.find((t) => t.id === id)

describe('two CPU-bound threads of one process on two cores', () => {
  it('without the GIL they run in parallel: makespan 100', () => {
    const r = simulate(scenario([cpuBound('py')]))
    expect(r.makespan).toBe(100)
    expect(r.threads.map((t) => t.gilWait)).toEqual([0, 0])
  })

  it('with the GIL (interval 5) they take turns: makespan 200, twice as long', () => {
    // a takes the lock at 0; b, on the other core, waits from 0. Every 5 ticks the waiter's
    // interval runs out and the holder hands the lock over and waits: a runs 0-5, b 5-10, a
    // 10-15, ... a's 20th turn is 190-195 (a finishes at 195), b's is 195-200. Only one thread
    // computes at a time, so the 200 ticks of work take 200 ticks.
    const r = simulate(scenario([cpuBound('py', { gil: true })]))
    expect(r.status).toBe('completed')
    expect(r.makespan).toBe(200)
    expect(row(r, 'py/a')).toMatchObject({ finish: 195, cpu: 100 })
    expect(row(r, 'py/b')).toMatchObject({ finish: 200, cpu: 100 })
    // a waits in the 19 gaps between its turns (19 x 5 = 95); b waits 0-5 and in its 19 gaps (100).
    expect(row(r, 'py/a')).toMatchObject({ gilWait: 95, blocked: 95 })
    expect(row(r, 'py/b')).toMatchObject({ gilWait: 100, blocked: 100 })
    expect(r.summary.utilization).toBe(0.5)
    // The waits are their own state in the trace.
    const t = r.trace
    let gilStates = 0
    for (let i = 0; i < t.states; i++)
      if (t.stState[i] === TaskState.blocked && t.stBlock[i] === BlockKind.gil) gilStates++
    expect(gilStates).toBe(39) // b's first wait, then one per hand-over: 19 for a and 19 for b
  })

  it('a longer interval means fewer hand-overs, the same makespan', () => {
    // Interval 50: a runs 0-50, b 50-100, a 100-150, b 150-200.
    const r = simulate(scenario([cpuBound('py', { gil: true, gilInterval: 50 })]))
    expect(r.makespan).toBe(200)
    expect(row(r, 'py/a')).toMatchObject({ finish: 150, gilWait: 50 })
    expect(row(r, 'py/b')).toMatchObject({ finish: 200, gilWait: 100 })
  })

  it('two processes with the GIL each run in parallel: makespan 100', () => {
    // One thread each: each process's lock is its own, never contended.
    const one = (name: string) => ({
      name,
      gil: true,
      threads: [{ name: 'main', ops: [{ cpu: 100 }] }]
    })
    const r = simulate(scenario([one('p1'), one('p2')]))
    expect(r.makespan).toBe(100)
    expect(r.threads.map((t) => t.gilWait)).toEqual([0, 0])
  })
})

describe('the GIL is released on a blocking op', () => {
  it('a thread blocking in io hands the lock to the waiter at once', () => {
    // a takes the lock at 0, runs 0-3 and blocks in io 3-13, releasing it: b (waiting since 0)
    // gets it at 3 and runs its 6 ticks 3-9. At 13 a takes the free lock again and runs 13-16.
    const r = simulate(
      scenario([
        {
          name: 'py',
          gil: true,
          gilInterval: 50,
          threads: [
            { name: 'a', ops: [{ cpu: 3 }, { io: 10 }, { cpu: 3 }] },
            { name: 'b', ops: [{ cpu: 6 }] }
          ]
        }
      ])
    )
    expect(r.makespan).toBe(16)
    expect(row(r, 'py/b')).toMatchObject({ finish: 9, gilWait: 3 })
    expect(row(r, 'py/a')).toMatchObject({ finish: 16, gilWait: 0, blocked: 10 })
  })
})

describe('bad input', () => {
  it('gilInterval 0 is a problem at that field', () => {
    const parsed = parseScenario(
      JSON.stringify({
        format: 'schedlab/scenario',
        version: 1,
        name: 'x',
        machine: { cores: 1 },
        scheduler: { policy: 'fcfs' },
        processes: [
          { name: 'p', gil: true, gilInterval: 0, threads: [{ name: 't', ops: [{ cpu: 1 }] }] }
        ]
      })
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problems).toEqual([
      { path: 'processes[0].gilInterval', message: 'expected a positive integer, got 0' }
    ])
  })
})
