// Engine behaviours found wrong in review, each pinned by its minimal scenario.
import { describe, expect, it } from 'vitest'
import {
  EndReason,
  SegmentKind,
  Simulation,
  simulate,
  validateScenario,
  type ScenarioInput,
  type SimResult
} from '../../sim-core/index'

function run(partial: Omit<ScenarioInput, 'format' | 'version' | 'name'>): SimResult {
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'regression',
    ...partial
  })
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return simulate(v.scenario)
}
const thread = (r: SimResult, id: string) => {
  const t = r.threads.find((x) => x.id === id)
  if (!t) throw new Error(`no thread ${id}`)
  return t
}

describe('engine regressions', () => {
  it('priority aging preempts a running thread once a waiting one outranks it', () => {
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'priority', preemptive: true, aging: { interval: 2, step: 1 } },
      processes: [
        { name: 'mid', priority: 5, threads: [{ name: 't', ops: [{ cpu: 30 }] }] },
        { name: 'low', priority: 10, threads: [{ name: 't', ops: [{ cpu: 2 }] }] }
      ]
    })
    // low ages 10 → 4 by t=12 (one step per 2 ticks of waiting) and then outranks mid (5).
    expect(thread(r, 'low/t').finish).toBe(14)
    expect(thread(r, 'mid/t').preemptions).toBe(1)
  })

  it('a lock holder inherits priority even while it is blocked in I/O', () => {
    const scenario = (protocol: 'none' | 'inheritance') =>
      run({
        machine: { cores: 1 },
        scheduler: { policy: 'priority', preemptive: true },
        locks: [{ name: 'db', protocol }],
        processes: [
          {
            name: 'low',
            priority: 10,
            threads: [{ name: 't', ops: [{ lock: 'db' }, { io: 2 }, { cpu: 3 }, { unlock: 'db' }] }]
          },
          {
            name: 'high',
            priority: 0,
            arrival: 1,
            threads: [{ name: 't', ops: [{ lock: 'db' }, { cpu: 1 }, { unlock: 'db' }] }]
          },
          { name: 'medium', priority: 5, arrival: 1, threads: [{ name: 't', ops: [{ cpu: 20 }] }] }
        ]
      })
    // With inheritance low (now priority 0) preempts medium when its I/O ends at 2, releases at 5.
    expect(thread(scenario('inheritance'), 'high/t').finish).toBe(6)
    expect(thread(scenario('none'), 'high/t').finish).toBeGreaterThan(20)
  })

  it('a periodic thread does not hold its core (or deadlock) between jobs when switchOnIo is off', () => {
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs', switchOnIo: false },
      processes: [
        { name: 'p', threads: [{ name: 't', periodic: { period: 5, jobs: 2 }, ops: [{ cpu: 1 }] }] }
      ]
    })
    expect(r.status).toBe('completed')
    expect(r.jobs.map((j) => j.finish)).toEqual([1, 6])
  })

  it("a coroutine's first run is when its host gets the CPU, not when the runtime picks it", () => {
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'rr', quantum: 2 },
      processes: [
        { name: 'hog', threads: [{ name: 't', ops: [{ cpu: 4 }] }] },
        {
          name: 'app',
          threads: [
            {
              name: 'loop',
              runtime: { kind: 'event-loop' },
              coroutines: [{ name: 'r1', ops: [{ cpu: 3 }] }]
            }
          ]
        }
      ]
    })
    expect(thread(r, 'app/loop').firstRun).toBe(2)
    expect(r.coroutines[0].firstRun).toBe(2)
    expect(r.coroutines[0].response).toBe(2)
  })

  it('on several cores srtf preempts the thread with the most work left, not the first core', () => {
    const r = run({
      machine: { cores: 2 },
      scheduler: { policy: 'srtf' },
      processes: [
        { name: 'a', threads: [{ name: 't', ops: [{ cpu: 10 }] }] },
        { name: 'b', threads: [{ name: 't', ops: [{ cpu: 50 }] }] },
        { name: 'c', arrival: 1, threads: [{ name: 't', ops: [{ cpu: 5 }] }] }
      ]
    })
    expect(thread(r, 'a/t').preemptions).toBe(0)
    expect(thread(r, 'a/t').finish).toBe(10)
    expect(thread(r, 'b/t').preemptions).toBe(1)
    expect(thread(r, 'c/t').finish).toBe(6)
  })

  it("a coroutine host's segment says why it stopped (the coroutine's blocking io)", () => {
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      processes: [
        {
          name: 'app',
          threads: [
            {
              name: 'loop',
              runtime: { kind: 'event-loop' },
              coroutines: [{ name: 'c', ops: [{ cpu: 2 }, { io: 3 }, { cpu: 1 }] }]
            }
          ]
        }
      ]
    })
    const t = r.trace
    const first = Array.from({ length: t.segments }, (_, i) => i).find(
      (i) => t.segKind[i] === SegmentKind.run
    )
    expect(first).toBeDefined()
    expect([
      t.segStart[first as number],
      t.segEnd[first as number],
      t.segReason[first as number]
    ]).toEqual([0, 2, EndReason.io])
  })

  it('a coroutine host arriving with its coroutines queues as an arrival, in scenario order', () => {
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      processes: [
        {
          name: 'app',
          threads: [
            {
              name: 'loop',
              runtime: { kind: 'event-loop' },
              coroutines: [{ name: 'c', ops: [{ cpu: 2 }] }]
            }
          ]
        },
        { name: 'batch', threads: [{ name: 't', ops: [{ cpu: 2 }] }] }
      ]
    })
    expect(thread(r, 'app/loop').finish).toBe(2)
    expect(thread(r, 'batch/t').finish).toBe(4)
  })

  it("M:N worker names may not collide with another thread's name", () => {
    const v = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'names',
      machine: { cores: 2 },
      scheduler: { policy: 'rr' },
      processes: [
        {
          name: 'app',
          threads: [
            {
              name: 'pool',
              runtime: { kind: 'm:n', workers: 2 },
              coroutines: [{ name: 'c', ops: [{ cpu: 1 }] }]
            },
            { name: 'pool-w1', ops: [{ cpu: 1 }] }
          ]
        }
      ]
    })
    expect(v.ok).toBe(false)
    if (!v.ok) expect(v.problems.map((p) => p.path)).toContain('processes[0].threads[0].runtime')
  })
})

describe('engine regressions from the cold review', () => {
  it('a repeat whose body is a nest of empty repeats runs nothing (it used to spin 10^12 times)', () => {
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      processes: [
        {
          name: 'p',
          threads: [
            {
              name: 't',
              ops: [{ cpu: 1 }, { repeat: 1_000_000_000_000, ops: [{ repeat: 1, ops: [] }] }]
            }
          ]
        }
      ]
    })
    expect(r.status).toBe('completed')
    expect(r.makespan).toBe(1)
  })

  it('a queued thread takes a lock only once it runs: no lock grabbed from the run queue', () => {
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      locks: [{ name: 'M' }],
      processes: [
        {
          name: 'a',
          threads: [{ name: 't', ops: [{ cpu: 10 }, { lock: 'M' }, { cpu: 1 }, { unlock: 'M' }] }]
        },
        {
          name: 'b',
          arrival: 1,
          threads: [{ name: 't', ops: [{ lock: 'M' }, { cpu: 1 }, { unlock: 'M' }] }]
        }
      ]
    })
    expect(thread(r, 'a/t').finish).toBe(11)
    expect(thread(r, 'b/t').finish).toBe(12)
    expect(r.locks[0]).toMatchObject({ contended: 0, totalWait: 0 })
  })

  it('an I/O that starts a thread is issued when the thread first runs', () => {
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      processes: [
        { name: 'a', threads: [{ name: 't', ops: [{ cpu: 5 }] }] },
        { name: 'b', threads: [{ name: 't', ops: [{ io: 3 }, { cpu: 1 }] }] }
      ]
    })
    // b waits for the core until 5, issues its I/O then, and runs its cpu at 8.
    expect(thread(r, 'b/t').finish).toBe(9)
    expect(thread(r, 'b/t').blocked).toBe(3)
  })

  it('results build for 200,000 threads in one process (no spread of a huge array into Math.min)', () => {
    const r = run({
      machine: { cores: 4 },
      scheduler: { policy: 'fcfs' },
      processes: [
        {
          name: 'p',
          threads: Array.from({ length: 200_000 }, (_, i) => ({ name: `t${i}`, ops: [{ cpu: 1 }] }))
        }
      ]
    })
    expect(r.processes[0]).toMatchObject({ arrival: 0, firstRun: 0, finish: 50_000 })
  })
})

describe('trace reservations', () => {
  const scenario = (maxEvents?: number) => {
    const v = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'huge repeat, few events',
      machine: { cores: 2, costs: { threadSwitch: 1, processSwitch: 2, migration: 1 } },
      scheduler: { policy: 'rr', quantum: 2 },
      limits: maxEvents === undefined ? undefined : { maxEvents },
      processes: [
        {
          name: 'p',
          threads: [
            { name: 'loop', ops: [{ repeat: 40_000_000, ops: [{ cpu: 1 }, { sleep: 1 }] }] },
            { name: 'short', ops: [{ cpu: 3 }] }
          ]
        }
      ]
    })
    if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
    return v.scenario
  }

  it('reserve no more than a run cut short by maxEvents can write', () => {
    const sim = new Simulation(scenario(1000))
    // 4 segments per event at most: 4,000 segments of 29 bytes (8+8+2+4+1+1+4+1: start, end, cpu, task, kind, reason, coroutine, warm), nothing like the 80 M ops' worth.
    expect(sim.trace.segmentBytes()).toBeLessThan(4000 * 29 + 1)
    expect(sim.step()).toBe(true)
    expect(sim.status).toBe('limit')
    expect(sim.trace.segmentCount).toBeGreaterThan(100)
  })

  it('cap what a long run reserves up front at the trace budget (or 2^23 segments, if lower)', () => {
    // 80 M ops want far more: the default budget of 4,000,000 segments × 29 bytes is reserved.
    expect(new Simulation(scenario()).trace.segmentBytes()).toBe(4_000_000 * 29)
    // A budget above 2^23 still reserves 2^23 segments up front; it grows from there if it must.
    const big = new Simulation(scenario(), { maxTrace: 1e8 })
    expect(big.trace.segmentBytes()).toBe((1 << 23) * 29)
  })
})

describe('end reasons of a coroutine host', () => {
  it('says park when no coroutine is ready and io when a coroutine blocks the host', () => {
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      processes: [
        {
          name: 'p',
          threads: [
            {
              name: 'loop',
              runtime: { kind: 'event-loop' },
              coroutines: [
                { name: 'a', ops: [{ cpu: 2 }, { await: 5 }, { cpu: 1 }] },
                { name: 'b', ops: [{ cpu: 1 }, { io: 3 }, { cpu: 1 }] }
              ]
            }
          ]
        }
      ]
    })
    const t = r.trace
    const segs = Array.from({ length: t.segments }, (_, i) => [
      t.segStart[i],
      t.segEnd[i],
      t.segKind[i],
      t.segReason[i],
      t.segCoroutine[i]
    ])
    // a runs 0-2 and awaits until 7; b runs 2-3 and blocks the host in io until 6; b's last burst
    // ends at 7 with nothing ready (a's await completes at 7, after the core's event): park.
    expect(segs).toEqual([
      [0, 2, SegmentKind.run, EndReason.none, 0],
      [2, 3, SegmentKind.run, EndReason.io, 1],
      [3, 6, SegmentKind.idle, EndReason.none, -1],
      [6, 7, SegmentKind.run, EndReason.park, 1],
      [7, 8, SegmentKind.run, EndReason.exit, 0]
    ])
  })
})
