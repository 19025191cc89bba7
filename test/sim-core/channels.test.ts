// Channels, timeouts and deadlock over channels and locks (issue 14 items 2-4; SCENARIO.md 2b).
// Every figure is worked out by hand in the comment above it, from the model: a rendezvous
// send that finds a receiver waiting hands it the value and control (the receiver runs next);
// a thread's send and recv run on a core in zero time; a coroutine's run when it gets its host.
import { describe, expect, it } from 'vitest'
import { parseScenario, SegmentKind, simulate, type SimResult } from '../../sim-core/index'

const base = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'channels',
  machine: { cores: 1, costs: { threadSwitch: 2, coroutineSwitch: 1 } },
  scheduler: { policy: 'fcfs' }
}

function run(doc: object): SimResult {
  const p = parseScenario(JSON.stringify({ ...base, ...doc }))
  if (!p.ok) throw new Error(p.problems.map((x) => `${x.path}: ${x.message}`).join('\n'))
  return simulate(p.scenario)
}

function problems(doc: object): string[] {
  const p = parseScenario(JSON.stringify({ ...base, ...doc }))
  return p.ok ? [] : p.problems.map((x) => `${x.path}: ${x.message}`)
}

const producer = (ops: object[]) => ({ name: 'prod', ops: [{ repeat: 3, ops }] })
const consumer = (ops: object[]) => ({ name: 'cons', ops: [{ repeat: 3, ops }] })
/** The scenario's one process, `p`, with these threads (so tasks are named p/<thread>). */
const inP = (threads: object[]) => ({ processes: [{ name: 'p', threads }] })
/** Process `p` with one event-loop thread, `loop`, running these coroutines. */
const eventLoop = (coroutines: object[]) =>
  inP([{ name: 'loop', runtime: { kind: 'event-loop' }, coroutines }])

describe('a rendezvous (capacity 0)', () => {
  it('moves every value from a producer coroutine to a consumer coroutine, one switch to the consumer per hand-off', () => {
    const r = run({
      channels: [{ name: 'ch' }],
      ...eventLoop([producer([{ cpu: 2 }, { send: 'ch' }]), consumer([{ recv: 'ch' }, { cpu: 1 }])])
    })
    // t0: the consumer's recv waits (nobody sends yet); the producer computes 0-2.
    // t2: its send finds the consumer waiting: hand-off, the consumer goes first; a coroutine
    //     switch (1 tick, 2-3), the consumer computes 3-4 and waits again at its recv;
    //     a switch back (4-5), the producer computes 5-7, hands off at 7, and so on.
    // Hand-offs at 2, 7, 12; each followed at once by one switch to the consumer (3 in all), and two
    // switches back to the producer between them: makespan = 9 cpu + 5 switches = 14.
    expect(r.status).toBe('completed')
    const t = r.trace
    expect(Array.from(t.hoTime)).toEqual([2, 7, 12])
    const prod = r.coroutines.findIndex((c) => c.id === 'p/loop/prod')
    const cons = r.coroutines.findIndex((c) => c.id === 'p/loop/cons')
    expect(Array.from(t.hoFromCoroutine)).toEqual([prod, prod, prod])
    expect(Array.from(t.hoToCoroutine)).toEqual([cons, cons, cons])
    // Both on the event loop's one host thread (thread 0).
    expect(Array.from(t.hoFromThread)).toEqual([0, 0, 0])
    expect(Array.from(t.hoToThread)).toEqual([0, 0, 0])
    expect(r.makespan).toBe(14)
    expect(r.cores[0].busy + r.cores[0].overhead).toBe(14)
    // The consumer runs 1 tick after each hand-off: the switch to it.
    const consumerRuns: number[] = []
    const switches: number[] = []
    for (let i = 0; i < t.segments; i++) {
      if (t.segCoroutine[i] !== cons) continue
      if (t.segKind[i] === SegmentKind.run) consumerRuns.push(t.segStart[i])
      else switches.push(t.segStart[i])
    }
    expect(consumerRuns).toEqual([3, 8, 13])
    expect(switches).toEqual([2, 7, 12])
    expect(r.channels).toEqual([
      {
        name: 'ch',
        capacity: 0,
        sends: 3,
        receives: 3,
        peakOccupancy: 0,
        // The producer never waits (the consumer is always there first); the consumer waits
        // 0-2, 4-7 and 9-12: 2 + 3 + 3 = 8.
        sendWait: 0,
        recvWait: 8,
        timeouts: 0
      }
    ])
    expect(r.coroutines.map((c) => [c.id, c.finish])).toEqual([
      ['p/loop/prod', 12],
      ['p/loop/cons', 14]
    ])
  })

  it('between two threads on one core pays a thread switch per hand-off', () => {
    const r = run({
      scheduler: { policy: 'rr', quantum: 10 },
      channels: [{ name: 'ch' }],
      ...inP([producer([{ cpu: 2 }, { send: 'ch' }]), consumer([{ recv: 'ch' }, { cpu: 1 }])])
    })
    // threadSwitch 2. t0-2 the producer computes; its send at 2 finds no receiver (the consumer
    // has not run: a recv runs on a core) and blocks. Switch 2-4; the consumer's recv at 4 takes
    // the value (hand-off 1), it computes 4-5 and blocks at its next recv. Switch 5-7, the
    // producer computes 7-9 and sends at 9 to the waiting consumer: hand-off 2, and the consumer
    // runs first: switch 9-11, compute 11-12, wait; switch 12-14, compute 14-16, hand-off 3 at
    // 16 (the producer is done), switch 16-18, compute 18-19.
    // Each hand-off is followed by a switch to the consumer (at 2, 9, 16), plus two back:
    // 5 switches x 2 ticks, makespan = 9 cpu + 10 = 19.
    expect(r.status).toBe('completed')
    expect(Array.from(r.trace.hoTime)).toEqual([4, 9, 16])
    expect(Array.from(r.trace.hoFromThread)).toEqual([0, 0, 0])
    expect(Array.from(r.trace.hoToThread)).toEqual([1, 1, 1])
    expect(Array.from(r.trace.hoFromCoroutine)).toEqual([-1, -1, -1])
    expect(r.summary.contextSwitches).toBe(5)
    expect(r.cores[0].overhead).toBe(10)
    expect(r.makespan).toBe(19)
    expect(r.threads.map((t) => [t.id, t.finish, t.blocked])).toEqual([
      ['p/prod', 16, 2], // blocked on its first send, 2-4
      ['p/cons', 19, 8] // waiting at recv 5-9 and 12-16
    ])
  })

  it('serves waiting senders first come, first served', () => {
    // Two senders block on the channel at 1 and 2 (each after 1 tick of cpu on its own core);
    // the receiver (third core) computes 0-5 then receives twice: a's value first, then b's.
    const r = run({
      machine: { cores: 3 },
      channels: [{ name: 'ch' }],
      ...inP([
        { name: 'a', ops: [{ cpu: 1 }, { send: 'ch' }] },
        { name: 'b', ops: [{ cpu: 2 }, { send: 'ch' }] },
        { name: 'r', ops: [{ cpu: 5 }, { recv: 'ch' }, { recv: 'ch' }] }
      ])
    })
    expect(Array.from(r.trace.hoFromThread)).toEqual([0, 1])
    expect(Array.from(r.trace.hoTime)).toEqual([5, 5])
    expect(r.channels[0].sendWait).toBe(4 + 3)
  })
})

describe('a bounded buffer (capacity 2)', () => {
  it('blocks a fast producer exactly when the buffer is full', () => {
    const r = run({
      machine: { cores: 2 },
      channels: [{ name: 'q', capacity: 2 }],
      ...inP([
        { name: 'prod', ops: [{ repeat: 5, ops: [{ cpu: 1 }, { send: 'q' }] }] },
        { name: 'cons', ops: [{ repeat: 5, ops: [{ cpu: 4 }, { recv: 'q' }] }] }
      ])
    })
    // Producer (core 0): sends at 1 and 2 fill the buffer; the send at 3 blocks. The consumer
    // (core 1) receives at 4, 8, 12, 16, 20; each receive at 4, 8 and 12 lets a waiting send in
    // (the buffer stays full), so the producer blocks 3-4, 5-8 and 9-12 (sendWait 1+3+3 = 7)
    // and finishes at 12; then the buffer drains: 1 value at 16, 0 at 20.
    expect(r.status).toBe('completed')
    const t = r.trace
    const blockedAt: number[] = []
    for (let i = 0; i < t.states; i++)
      if (t.stTask[i] === 0 && t.stBlock[i] === 7) blockedAt.push(t.stTime[i])
    expect(blockedAt).toEqual([3, 5, 9])
    // Occupancy at each change: 1 at 1, 2 at 2 (full), then 1 at 16 and 0 at 20.
    expect(Array.from(t.chTime)).toEqual([1, 2, 16, 20])
    expect(Array.from(t.chOccupancy)).toEqual([1, 2, 1, 0])
    // Every block starts when the buffer holds 2: the last sample at or before it says 2.
    for (const at of blockedAt) {
      let occ = 0
      for (let i = 0; i < t.chSamples && t.chTime[i] <= at; i++) occ = t.chOccupancy[i]
      expect(occ).toBe(2)
    }
    expect(r.channels[0]).toEqual({
      name: 'q',
      capacity: 2,
      sends: 5,
      receives: 5,
      peakOccupancy: 2,
      sendWait: 7,
      recvWait: 0,
      timeouts: 0
    })
    expect(r.threads.map((x) => x.finish)).toEqual([12, 20])
    expect(r.trace.hoCount).toBe(0)
  })
})

describe('timeouts', () => {
  it('a recv with a timeout and no sender resumes at the timeout', () => {
    // cpu 0-1, the recv waits from 1; its 5-tick timeout ends the wait at 6; cpu 6-7.
    const r = run({
      channels: [{ name: 'a' }],
      ...inP([{ name: 't', ops: [{ cpu: 1 }, { recv: 'a', timeout: 5 }, { cpu: 1 }] }])
    })
    expect(r.status).toBe('completed')
    expect(r.threads[0]).toMatchObject({ finish: 7, blocked: 5, timeouts: 1 })
    expect(r.channels[0]).toMatchObject({ receives: 0, recvWait: 5, timeouts: 1 })
  })

  it('a coroutine recv times out while its host runs other coroutines', () => {
    // w: recv timeout 3 at 0 (suspends); x computes 0-10 on the host. w's wait ends at 3, but
    // the host is x's until 10 (no preemption by the runtime): a switch 10-11, w computes 11-12.
    const r = run({
      channels: [{ name: 'a' }],
      ...eventLoop([
        { name: 'w', ops: [{ recv: 'a', timeout: 3 }, { cpu: 1 }] },
        { name: 'x', ops: [{ cpu: 10 }] }
      ])
    })
    expect(r.coroutines.map((c) => [c.id, c.finish, c.timeouts])).toEqual([
      ['p/loop/w', 12, 1],
      ['p/loop/x', 10, 0]
    ])
    expect(r.channels[0].timeouts).toBe(1)
  })

  it('an await with a shorter timeout ends at the timeout (asyncio.wait_for)', () => {
    // fast: await 2 (its timeout 4 is longer: no effect), computes 2-3 (the host's first pick:
    // no switch). slow: await 10 with timeout 4: over at 4, counted; a switch 4-5, cpu 5-6.
    const r = run({
      ...eventLoop([
        { name: 'slow', ops: [{ await: 10, timeout: 4 }, { cpu: 1 }] },
        { name: 'fast', ops: [{ await: 2, timeout: 4 }, { cpu: 1 }] }
      ])
    })
    expect(r.coroutines.map((c) => [c.id, c.finish, c.timeouts])).toEqual([
      ['p/loop/slow', 6, 1],
      ['p/loop/fast', 3, 0]
    ])
  })

  it('a lock wait that times out goes on without the lock and skips its unlock', () => {
    // Two cores. a holds db 0-10. b asks at 1 with timeout 3: gives up at 4, computes 4-5
    // without the lock (its unlock is skipped), finishes at 5; a releases at 10.
    const r = run({
      machine: { cores: 2 },
      locks: [{ name: 'db' }],
      ...inP([
        { name: 'a', ops: [{ lock: 'db' }, { cpu: 10 }, { unlock: 'db' }] },
        {
          name: 'b',
          arrival: 1,
          ops: [{ lock: 'db', timeout: 3 }, { cpu: 1 }, { unlock: 'db' }]
        }
      ])
    })
    expect(r.status).toBe('completed')
    expect(r.threads.map((t) => [t.id, t.finish, t.lockWait, t.timeouts])).toEqual([
      ['p/a', 10, 0, 0],
      ['p/b', 5, 3, 1]
    ])
    expect(r.locks[0]).toMatchObject({ acquisitions: 1, totalWait: 3, timeouts: 1 })
  })

  it('a served wait is not ended later by its old timeout', () => {
    // t waits at 0 with timeout 5; s sends at 2 (after 2 ticks on its own core), so the wait
    // ends at 2; t then waits again, untimed, from 3 until s's second send at 8.
    const r = run({
      machine: { cores: 2 },
      channels: [{ name: 'a' }],
      ...inP([
        {
          name: 't',
          ops: [{ recv: 'a', timeout: 5 }, { cpu: 1 }, { recv: 'a' }, { cpu: 1 }]
        },
        { name: 's', ops: [{ cpu: 2 }, { send: 'a' }, { cpu: 6 }, { send: 'a' }] }
      ])
    })
    expect(r.threads[0]).toMatchObject({ finish: 9, timeouts: 0, blocked: 2 + 5 })
    expect(r.channels[0]).toMatchObject({ receives: 2, timeouts: 0 })
  })
})

describe('deadlock over channels and locks', () => {
  it('two threads each receiving from the other: the cycle names both channels', () => {
    const r = run({
      channels: [{ name: 'a' }, { name: 'b' }],
      ...inP([
        { name: 't1', ops: [{ recv: 'a' }, { send: 'b' }] },
        { name: 't2', ops: [{ recv: 'b' }, { send: 'a' }] }
      ])
    })
    expect(r.status).toBe('deadlock')
    expect(r.deadlock).toEqual({
      cycle: ['p/t1', 'p/t2'],
      locks: [],
      channels: ['a', 'b'],
      waits: [
        { task: 'p/t1', waitsFor: 'recv', on: 'a' },
        { task: 'p/t2', waitsFor: 'recv', on: 'b' }
      ]
    })
  })

  it('a lock and a channel in one cycle', () => {
    // t takes db and waits to receive on a; u (core 1, after 1 tick) waits for db, held by t,
    // before it would send on a: t waits for u (a's only sender), u for t (db's holder).
    const r = run({
      machine: { cores: 2 },
      locks: [{ name: 'db' }],
      channels: [{ name: 'a' }],
      ...inP([
        { name: 't', ops: [{ lock: 'db' }, { recv: 'a' }, { unlock: 'db' }] },
        { name: 'u', ops: [{ cpu: 1 }, { lock: 'db' }, { send: 'a' }, { unlock: 'db' }] }
      ])
    })
    expect(r.status).toBe('deadlock')
    expect(r.deadlock?.cycle).toEqual(['p/t', 'p/u'])
    expect(r.deadlock?.waits).toEqual([
      { task: 'p/t', waitsFor: 'recv', on: 'a' },
      { task: 'p/u', waitsFor: 'lock', on: 'db' }
    ])
    expect(r.deadlock?.locks).toEqual(['db'])
    expect(r.deadlock?.channels).toEqual(['a'])
  })

  it('coroutines waiting on each other park their host: a deadlock named by coroutine', () => {
    const r = run({
      channels: [{ name: 'a' }, { name: 'b' }],
      ...eventLoop([
        { name: 'x', ops: [{ recv: 'a' }, { send: 'b' }] },
        { name: 'y', ops: [{ recv: 'b' }, { send: 'a' }] }
      ])
    })
    // x waits on a, which only y sends; y waits on b, which only x sends: a cycle. The host
    // thread parks with nothing ready, and the run ends when nothing else can happen.
    expect(r.status).toBe('deadlock')
    expect(r.deadlock?.cycle).toEqual(['p/loop/x', 'p/loop/y'])
    expect(r.deadlock?.waits).toEqual([
      { task: 'p/loop/x', waitsFor: 'recv', on: 'a' },
      { task: 'p/loop/y', waitsFor: 'recv', on: 'b' }
    ])
  })

  it('a receive nobody will ever send to: stuck, with no cycle', () => {
    const r = run({
      channels: [{ name: 'a' }],
      ...inP([{ name: 't', ops: [{ recv: 'a' }] }])
    })
    expect(r.status).toBe('deadlock')
    expect(r.deadlock).toEqual({
      cycle: [],
      locks: [],
      channels: [],
      waits: [{ task: 'p/t', waitsFor: 'recv', on: 'a' }]
    })
  })

  it('a lock-only deadlock reports its waits too', () => {
    const r = run({
      machine: { cores: 2 },
      locks: [{ name: 'l1' }, { name: 'l2' }],
      ...inP([
        {
          name: 'a',
          ops: [{ lock: 'l1' }, { cpu: 2 }, { lock: 'l2' }, { unlock: 'l2' }, { unlock: 'l1' }]
        },
        {
          name: 'b',
          ops: [{ lock: 'l2' }, { cpu: 2 }, { lock: 'l1' }, { unlock: 'l1' }, { unlock: 'l2' }]
        }
      ])
    })
    expect(r.deadlock).toEqual({
      cycle: ['p/a', 'p/b'],
      locks: ['l2', 'l1'],
      channels: [],
      waits: [
        { task: 'p/a', waitsFor: 'lock', on: 'l2' },
        { task: 'p/b', waitsFor: 'lock', on: 'l1' }
      ]
    })
  })
})

describe('bad input', () => {
  const one = (ops: object[], extra: object = {}) => ({
    ...extra,
    ...inP([{ name: 't', ops }])
  })

  it('names an undeclared channel at the op', () => {
    expect(problems(one([{ send: 'nope' }], { channels: [{ name: 'a' }] }))).toEqual([
      'processes[0].threads[0].ops[0].send: unknown channel "nope" (declare it under "channels")'
    ])
    expect(problems(one([{ repeat: 2, ops: [{ recv: 'x' }] }]))).toEqual([
      'processes[0].threads[0].ops[0].ops[0].recv: unknown channel "x" (declare it under "channels")'
    ])
  })

  it('rejects a negative capacity, a duplicate name and a timeout of 0', () => {
    expect(problems(one([{ cpu: 1 }], { channels: [{ name: 'a', capacity: -1 }] }))).toEqual([
      'channels[0].capacity: expected an integer from 0 to 1000000, got -1'
    ])
    expect(
      problems(one([{ cpu: 1 }], { channels: [{ name: 'a' }, { name: 'a', capacity: 1 }] }))
    ).toEqual(['channels[1].name: duplicate name "a" (also at channels[0])'])
    expect(problems(one([{ recv: 'a', timeout: 0 }], { channels: [{ name: 'a' }] }))).toEqual([
      'processes[0].threads[0].ops[0].timeout: expected a positive integer, got 0'
    ])
    expect(problems(one([{ send: 'a', timeout: 3 }], { channels: [{ name: 'a' }] }))).toEqual([
      'processes[0].threads[0].ops[0].timeout: unknown field'
    ])
  })
})
