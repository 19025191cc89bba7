// The watchdog (issue 12 item 5): a policy that loses a task, or picks one it may not, is a bug
// in the policy, reported as a PolicyViolation with the machine's state, never as a "deadlock"
// result. A real lock deadlock under a correct policy is still a deadlock. The fake policy is a
// plain FIFO with injected faults (test/helpers/fake-policy.ts).
import { describe, expect, it } from 'vitest'
import { PolicyViolation, simulate } from '../../sim-core'
import { fakePolicy, runWith, scenarioOf, taskId } from '../helpers/fake-policy'

const cpu = (name: string, ticks: number, arrival = 0) => ({
  name,
  threads: [{ name: 't', arrival, ops: [{ cpu: ticks }] }]
})

/** Runs and returns the PolicyViolation it throws (fails the test if it throws nothing else). */
function violation(run: () => unknown): PolicyViolation {
  try {
    const r = run()
    throw new Error(`no PolicyViolation; the run ended: ${JSON.stringify(r).slice(0, 200)}`)
  } catch (e) {
    if (e instanceof PolicyViolation) return e
    throw e
  }
}

/** Two threads that take two locks in opposite orders, one per core: a wait-for cycle at t=2. */
const crossedLocks = {
  machine: { cores: 2 },
  locks: [{ name: 'A' }, { name: 'B' }],
  processes: [
    {
      name: 'x',
      threads: [
        {
          name: 't',
          ops: [{ lock: 'A' }, { cpu: 2 }, { lock: 'B' }, { unlock: 'B' }, { unlock: 'A' }]
        }
      ]
    },
    {
      name: 'y',
      threads: [
        {
          name: 't',
          ops: [{ lock: 'B' }, { cpu: 2 }, { lock: 'A' }, { unlock: 'A' }, { unlock: 'B' }]
        }
      ]
    }
  ]
}

describe('the fake policy without faults', () => {
  it('schedules as fcfs does (the harness itself is sound)', () => {
    const s = scenarioOf({ machine: { cores: 1 }, processes: [cpu('a', 3), cpu('b', 2)] })
    const r = runWith(s, fakePolicy())
    // FIFO on one core: a runs 0–3, b 3–5.
    expect(r.status).toBe('completed')
    expect(r.threads.map((t) => t.finish)).toEqual([3, 5])
    expect(r.threads).toEqual(simulate(s).threads)
  })
})

describe('the watchdog', () => {
  it('reports a task dropped on enqueue as lost, naming it, instead of a deadlock', () => {
    const s = scenarioOf({ machine: { cores: 1 }, processes: [cpu('a', 3), cpu('b', 2)] })
    const b = taskId(s, 'b/t')
    // a runs 0–3; b was queued at 0 but the policy forgot it: at 3 the core is idle, b is
    // queued and nothing else can happen.
    const e = violation(() => runWith(s, fakePolicy({ drop: (t) => t === b })))
    expect(e.message).toContain('b/t')
    expect(e.dump).toMatchObject({
      now: 3,
      task: { id: b, name: 'b/t', state: 'ready' },
      cpus: [{ id: 0, state: 'idle', task: null }],
      // The engine counts b in the queue; the policy's own view of it is empty.
      queues: [{ id: 0, length: 1, tasks: [] }]
    })
  })

  it('reports the lost task even when the other threads are deadlocked on locks', () => {
    // x and y deadlock at t=2 (below); z arrives at 1 while both cores are busy and is dropped.
    const s = scenarioOf({
      ...crossedLocks,
      processes: [...crossedLocks.processes, cpu('z', 1, 1)]
    })
    const z = taskId(s, 'z/t')
    const e = violation(() => runWith(s, fakePolicy({ drop: (t) => t === z })))
    expect(e.dump).toMatchObject({ now: 2, task: { name: 'z/t', state: 'ready' } })
  })

  it('refuses a pick of a task that is not in the queue', () => {
    // One core: b arrives at 10. At 0 the core asks for a task and the policy answers b.
    const s = scenarioOf({ machine: { cores: 1 }, processes: [cpu('a', 3), cpu('b', 2, 10)] })
    const b = taskId(s, 'b/t')
    const e = violation(() => runWith(s, fakePolicy({ pick: () => b })))
    expect(e.message).toContain(`picked task ${b}, which cannot run on core 0`)
    expect(e.dump).toMatchObject({ now: 0, cpu: 0, task: { name: 'b/t', state: 'new' } })
    // A task id that does not exist at all.
    const ghost = violation(() => runWith(s, fakePolicy({ pick: () => 99 })))
    expect(ghost.dump).toMatchObject({ task: null, cpu: 0 })
  })

  it('refuses a pick of a task that is running on another core (one task, two cores)', () => {
    // a runs on core 0 from 0; b arrives at 2 and core 1 picks: the policy answers a.
    const s = scenarioOf({ machine: { cores: 2 }, processes: [cpu('a', 5), cpu('b', 2, 2)] })
    const a = taskId(s, 'a/t')
    const e = violation(() =>
      runWith(s, fakePolicy({ pick: (core, queued) => (core === 1 ? a : queued[0]) }))
    )
    expect(e.dump).toMatchObject({ now: 2, cpu: 1, task: { name: 'a/t', state: 'running' } })
  })

  it('refuses a pick outside the task’s affinity, for a process’s and a thread’s affinity', () => {
    // Two idle cores at 0; a may run on core 1 only. Core 0 asks first and the policy, ignoring
    // affinity, answers a.
    const byProcess = scenarioOf({
      machine: { cores: 2 },
      processes: [{ ...cpu('a', 3), affinity: [1] }]
    })
    const byThread = scenarioOf({
      machine: { cores: 2 },
      processes: [{ name: 'a', threads: [{ name: 't', affinity: [1], ops: [{ cpu: 3 }] }] }]
    })
    for (const s of [byProcess, byThread]) {
      const e = violation(() => runWith(s, fakePolicy({ ignoreAffinity: true })))
      expect(e.message).toContain('cannot run on core 0')
      expect(e.dump).toMatchObject({ now: 0, cpu: 0, task: { name: 'a/t' } })
      // The same policy honouring affinity runs a on core 1.
      const ok = runWith(s, fakePolicy())
      expect(ok.cores.map((c) => c.busy)).toEqual([0, 3])
    }
  })

  it('still calls a real lock deadlock a deadlock, under the fake policy and a built-in one', () => {
    // x takes A on core 0 and y takes B on core 1 at 0; after 2 ticks of cpu each wants the
    // other's lock: a wait-for cycle, nothing queued.
    const s = scenarioOf(crossedLocks)
    for (const r of [runWith(s, fakePolicy()), simulate(s)]) {
      expect(r.status).toBe('deadlock')
      expect(r.makespan).toBe(2)
      expect(r.deadlock?.cycle).toHaveLength(2)
      expect([...(r.deadlock?.cycle ?? [])].sort()).toEqual(['x/t', 'y/t'])
    }
  })
})

describe('the watchdog with per-core run queues', () => {
  const perCore = { policy: 'fcfs', queues: 'per-core' } as const

  it('reports a task dropped on enqueue as lost, with every core’s queue in the dump', () => {
    // Default placement: a → core 0, b → core 1 (least loaded), c → core 0 (both hold one; ties:
    // lowest id), where the policy drops it. b ends at 2 and core 1 tries to steal: the policy's
    // view of queue 0 is empty, so nothing moves. a ends at 3: core 0 is idle with c counted in
    // its queue and nothing else can happen.
    const s = scenarioOf({
      machine: { cores: 2 },
      scheduler: perCore,
      processes: [cpu('a', 3), cpu('b', 2), cpu('c', 1)]
    })
    const c = taskId(s, 'c/t')
    const e = violation(() => runWith(s, fakePolicy({ drop: (t) => t === c })))
    expect(e.message).toContain('lost c/t')
    expect(e.dump).toMatchObject({
      now: 3,
      task: { name: 'c/t', state: 'ready' },
      queues: [
        { id: 0, cpu: 0, length: 1, tasks: [] },
        { id: 1, cpu: 1, length: 0, tasks: [] }
      ]
    })
  })

  it('refuses a placement on a core outside the task’s affinity', () => {
    // a may run on core 1 only; the policy places it on core 0 when it arrives.
    const s = scenarioOf({
      machine: { cores: 2 },
      scheduler: perCore,
      processes: [{ name: 'a', threads: [{ name: 't', affinity: [1], ops: [{ cpu: 3 }] }] }]
    })
    const e = violation(() => runWith(s, fakePolicy({ selectCpu: () => 0 })))
    expect(e.message).toContain('placed a/t on core 0')
    expect(e.dump).toMatchObject({ now: 0, task: { name: 'a/t' } })
    // The default placement honours it: a runs on core 1.
    expect(runWith(s, fakePolicy()).cores.map((k) => k.busy)).toEqual([0, 3])
  })

  it('refuses a balancing move of a task that is not in that queue, or to a core it may not use', () => {
    // Placement as above: a (5) and c (5) on core 0, b (2) on core 1; c may run on core 0 only.
    // At 2 b ends and idle core 1, its queue empty, balances: the policy answers with a bad move.
    const s = scenarioOf({
      machine: { cores: 2 },
      scheduler: perCore,
      processes: [
        cpu('a', 5),
        cpu('b', 2),
        { name: 'c', threads: [{ name: 't', affinity: [0], ops: [{ cpu: 5 }] }] }
      ]
    })
    const a = taskId(s, 'a/t')
    const c = taskId(s, 'c/t')
    // a is running on core 0, not queued.
    const running = violation(() =>
      runWith(s, fakePolicy({ balance: (rq) => [{ task: a, from: 0, to: rq }] }))
    )
    expect(running.message).toContain(`moved task ${a} from queue 0 to queue 1`)
    expect(running.dump).toMatchObject({ now: 2, task: { name: 'a/t', state: 'running' } })
    // c is queued on core 0 but pinned there.
    const pinned = violation(() =>
      runWith(s, fakePolicy({ balance: (rq) => [{ task: c, from: 0, to: rq }] }))
    )
    expect(pinned.message).toContain(`moved task ${c} from queue 0 to queue 1`)
    // The default balance leaves c where it is: core 1 idles from 2, c runs on core 0 after a.
    const ok = runWith(s, fakePolicy())
    expect(ok.status).toBe('completed')
    expect(ok.threads.map((t) => t.finish)).toEqual([5, 2, 10])
  })
})
