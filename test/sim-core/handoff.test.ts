// Go-style hand-off on an M:N runtime (issue 14 item 6): a blocking io in a coroutine parks its
// thread and hands the worker's queue to another thread, created up to maxThreads.
import { describe, expect, it } from 'vitest'
import { parseScenario, simulate, type SimResult } from '../../sim-core'
import type { Scenario } from '../../sim-core/scenario/schema'

/** One process whose thread `loop` is an M:N runtime; a 2-core machine, fcfs, no switch costs. */
function scenario(runtime: object, coroutines: object[], cores = 2): Scenario {
  const parsed = parseScenario(
    JSON.stringify({
      format: 'schedlab/scenario',
      version: 1,
      name: 'hand-off',
      machine: { cores },
      scheduler: { policy: 'fcfs' },
      processes: [{ name: 'go', threads: [{ name: 'loop', runtime, coroutines }] }]
    })
  )
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.scenario
}

// A makes a 100-tick blocking call; B and C compute 5 ticks each.
const blockingCall = [
  { name: 'a', ops: [{ io: 100 }] },
  { name: 'b', ops: [{ cpu: 5 }] },
  { name: 'c', ops: [{ cpu: 5 }] }
]
const finishOf = (r: SimResult, name: string) =>
  r.coroutines.find((c) => c.coroutine === name)?.finish

describe('a blocking call on an M:N runtime of one worker', () => {
  it('without hand-off, the others wait for it: b and c finish at 105 and 110', () => {
    // loop-... one worker thread "loop": a runs first (FIFO) and blocks the thread 0-100 with
    // b and c on its queue; at 100 a is done, b runs 100-105, c 105-110.
    const r = simulate(scenario({ kind: 'm:n', workers: 1 }, blockingCall))
    expect(r.status).toBe('completed')
    expect([finishOf(r, 'a'), finishOf(r, 'b'), finishOf(r, 'c')]).toEqual([100, 105, 110])
    expect(r.makespan).toBe(110)
    expect(r.threads.map((t) => t.id)).toEqual(['go/loop'])
    expect(r.handoff).toBeUndefined()
  })

  it('with hand-off, b and c finish at 5 and 10 on a new thread while a blocks', () => {
    // At 0 a blocks thread "loop" in its call; the worker's queue (b, c) goes to a new thread
    // "loop.m1", which arrives at 0 on the second core and runs b 0-5 and c 5-10, then parks.
    // At 100 a's call returns; its thread takes back the worker (none is free: loop.m1 has it),
    // so a is done at 100 on "loop"... a has no op left, so it finishes there.
    const r = simulate(scenario({ kind: 'm:n', workers: 1, handoff: true }, blockingCall))
    expect(r.status).toBe('completed')
    expect([finishOf(r, 'a'), finishOf(r, 'b'), finishOf(r, 'c')]).toEqual([100, 5, 10])
    expect(r.makespan).toBe(100)
    // The created thread is a thread of the result, after the scenario's own.
    expect(r.threads.map((t) => t.id)).toEqual(['go/loop', 'go/loop.m1'])
    const m1 = r.threads[1]
    expect(m1).toMatchObject({ arrival: 0, firstRun: 0, cpu: 10 })
    expect(r.coroutines.find((c) => c.coroutine === 'b')?.host).toBe('go/loop.m1')
    expect(r.handoff).toEqual([
      { thread: 'go/loop', workers: 1, maxThreads: 9, created: 1, peakThreads: 2, handoffs: 1 }
    ])
    // Thread count over time: 1 from the start, 2 from 0 (same instant: one sample), then the
    // threads exit at 100.
    const t = r.trace
    const samples = Array.from({ length: t.tcSamples }, (_, i) => [t.tcTime[i], t.tcCount[i]])
    expect(samples[0]).toEqual([0, 2])
    expect(samples[samples.length - 1]).toEqual([100, 0])
    expect(Array.from(t.tcThread)).toEqual(Array(t.tcSamples).fill(0))
  })

  it('maxThreads = workers: nothing to hand to, the others wait as without hand-off', () => {
    const r = simulate(
      scenario({ kind: 'm:n', workers: 1, handoff: true, maxThreads: 1 }, blockingCall)
    )
    expect([finishOf(r, 'a'), finishOf(r, 'b'), finishOf(r, 'c')]).toEqual([100, 105, 110])
    expect(r.threads).toHaveLength(1)
  })
})

describe('hand-off up to maxThreads', () => {
  // a and b make blocking calls of 100 and 50 ticks; c and d compute 5 ticks each.
  const twoCalls = [
    { name: 'a', ops: [{ io: 100 }] },
    { name: 'b', ops: [{ io: 50 }] },
    { name: 'c', ops: [{ cpu: 5 }] },
    { name: 'd', ops: [{ cpu: 5 }] }
  ]

  it('with room for one more thread, the second call stalls the queue until a thread returns', () => {
    // maxThreads 2: at 0 a blocks "loop" and loop.m1 takes the queue (b, c, d); b blocks
    // loop.m1 at 0 too, and no third thread may be made: the worker waits without a thread.
    // At 50 b's call returns; loop.m1 takes the worker back (b is done) and runs c 50-55, d
    // 55-60. At 100 a returns on "loop", finds no free worker, and a is done.
    const r = simulate(
      scenario({ kind: 'm:n', workers: 1, handoff: true, maxThreads: 2 }, twoCalls)
    )
    expect(r.coroutines.map((c) => c.finish)).toEqual([100, 50, 55, 60])
    expect(r.threads.map((t) => t.id)).toEqual(['go/loop', 'go/loop.m1'])
    expect(r.handoff?.[0]).toMatchObject({ created: 1, peakThreads: 2, handoffs: 2 })
  })

  it('with room for two, c and d run at once on a third thread: done by 10', () => {
    // maxThreads 3: b's call at 0 hands the queue (c, d) to loop.m2, which runs c 0-5, d 5-10.
    const r = simulate(
      scenario({ kind: 'm:n', workers: 1, handoff: true, maxThreads: 3 }, twoCalls)
    )
    expect(r.coroutines.map((c) => c.finish)).toEqual([100, 50, 5, 10])
    expect(r.threads.map((t) => t.id)).toEqual(['go/loop', 'go/loop.m1', 'go/loop.m2'])
    expect(r.handoff?.[0]).toMatchObject({ created: 2, peakThreads: 3, handoffs: 2 })
  })
})

describe('bad input', () => {
  const problems = (runtime: object) => {
    const parsed = parseScenario(
      JSON.stringify({
        format: 'schedlab/scenario',
        version: 1,
        name: 'x',
        machine: { cores: 1 },
        scheduler: { policy: 'fcfs' },
        processes: [
          {
            name: 'go',
            threads: [{ name: 'loop', runtime, coroutines: [{ name: 'c', ops: [{ cpu: 1 }] }] }]
          }
        ]
      })
    )
    return parsed.ok ? [] : parsed.problems
  }

  it('maxThreads below workers names the field and both numbers', () => {
    expect(problems({ kind: 'm:n', workers: 4, handoff: true, maxThreads: 2 })).toEqual([
      {
        path: 'processes[0].threads[0].runtime.maxThreads',
        message: 'expected at least workers (4), got 2'
      }
    ])
  })

  it('hand-off belongs to M:N runtimes: on an event loop it is an unknown field', () => {
    expect(problems({ kind: 'event-loop', handoff: true })).toEqual([
      {
        path: 'processes[0].threads[0].runtime.handoff',
        message: 'unknown field',
        code: 'unknownField'
      }
    ])
  })
})

describe('hand-off thread names', () => {
  it('a thread named like a hand-off thread of its process is a problem at the runtime', () => {
    const parsed = parseScenario(
      JSON.stringify({
        format: 'schedlab/scenario',
        version: 1,
        name: 'x',
        machine: { cores: 1 },
        scheduler: { policy: 'fcfs' },
        processes: [
          {
            name: 'go',
            threads: [
              {
                name: 'loop',
                runtime: { kind: 'm:n', workers: 1, handoff: true, maxThreads: 3 },
                coroutines: [{ name: 'c', ops: [{ cpu: 1 }] }]
              },
              { name: 'loop.m2', ops: [{ cpu: 1 }] }
            ]
          }
        ]
      })
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        path: 'processes[0].threads[0].runtime',
        code: 'workerNameTaken',
        message:
          'its worker threads are named "loop.m1" to "loop.m2", but threads[1] is already "loop.m2"'
      })
    ])
  })
})
