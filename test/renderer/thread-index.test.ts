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

// A cluster lists its threads node by node: each node's own processes in declaration order
// (no `node`: the first node), then its replicas' handler threads. Here n0 holds b (no node) and
// c, then the two handlers of s's replica on n0; n1 holds a, then the two handlers of its replica:
// b/z 0, c/w 1, handlers 2-3, a/x 4, a/y 5, handlers 6-7.
const cluster = validateScenario({
  format: 'schedlab/scenario',
  version: 1,
  name: 'cluster indices',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [
    {
      name: 'a',
      node: 'n1',
      threads: [
        { name: 'x', ops: [{ cpu: 1 }] },
        { name: 'y', ops: [{ cpu: 2 }] }
      ]
    },
    { name: 'b', threads: [{ name: 'z', ops: [{ cpu: 3 }] }] },
    { name: 'c', node: 'n0', threads: [{ name: 'w', ops: [{ cpu: 4 }] }] }
  ],
  nodes: [
    { name: 'n0', machine: { cores: 1 } },
    { name: 'n1', machine: { cores: 1 } }
  ],
  services: [{ name: 's', replicas: ['n0', 'n1'], handler: { threads: 2, ops: [{ cpu: 1 }] } }],
  requests: [{ to: 's', kind: 'uniform', rate: 0.2, count: 2 }]
})

describe('thread index of a cluster run', () => {
  it('follows the run: node by node, own processes first, then the handler threads', () => {
    if (!cluster.ok) throw new Error(JSON.stringify(cluster))
    const s = cluster.scenario
    const result = simulate(s)
    expect(result.threads).toHaveLength(8)
    expect(threadIndex(s, 1, 0)).toBe(0)
    expect(threadIndex(s, 2, 0)).toBe(1)
    expect(threadIndex(s, 0, 0)).toBe(4)
    expect(threadIndex(s, 0, 1)).toBe(5)
    // The index picks the run's thread of that name, and its CPU (a/y needs 2 ticks).
    expect(result.threads[threadIndex(s, 0, 1)].id).toMatch(/a\/y$/)
    expect(result.threads[threadIndex(s, 0, 1)].cpu).toBe(2)
    expect(result.threads[threadIndex(s, 2, 0)].cpu).toBe(4)
    expect(threadAt(s, 4)).toEqual({ p: 0, t: 0 })
    expect(threadAt(s, 1)).toEqual({ p: 2, t: 0 })
    // A handler thread has no place in the scenario's tree.
    expect(threadAt(s, 2)).toBeNull()
    expect(threadAt(s, 7)).toBeNull()
    expect(threadAt(s, 8)).toBeNull()
  })
})

// An m:n runtime with hand-off adds a kernel thread (go.m1) at the end of its node's block when a
// coroutine blocks, so n1's threads start one later than the scenario alone says: n0 holds
// app/go, then go.m1; n1's late/l0 is the run's third thread, as the run's node spans tell.
const handoff = validateScenario({
  format: 'schedlab/scenario',
  version: 1,
  name: 'hand-off on a node',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [
    {
      name: 'app',
      node: 'n0',
      threads: [
        {
          name: 'go',
          runtime: { kind: 'm:n', workers: 1, handoff: true, maxThreads: 2 },
          coroutines: [
            { name: 'read', ops: [{ io: 10 }] },
            { name: 'g1', ops: [{ cpu: 3 }] }
          ]
        }
      ]
    },
    { name: 'late', node: 'n1', threads: [{ name: 'l0', ops: [{ cpu: 2 }] }] }
  ],
  nodes: [
    { name: 'n0', machine: { cores: 1 } },
    { name: 'n1', machine: { cores: 1 } }
  ]
})

describe('thread index of a cluster whose node adds threads at run time', () => {
  it('places the threads of each node where the run says they begin', () => {
    if (!handoff.ok) throw new Error(JSON.stringify(handoff))
    const s = handoff.scenario
    const result = simulate(s)
    const spans = result.cluster?.nodes
    expect(spans?.map((n) => n.firstThread)).toEqual([0, 2])
    expect(result.threads[1].id).toMatch(/go\.m1$/)
    expect(threadIndex(s, 1, 0, spans)).toBe(2)
    expect(result.threads[threadIndex(s, 1, 0, spans)].id).toMatch(/late\/l0$/)
    expect(threadAt(s, 2, spans)).toEqual({ p: 1, t: 0 })
    // go.m1 is the runtime's, not a thread of the scenario's tree.
    expect(threadAt(s, 1, spans)).toBeNull()
    expect(threadAt(s, 0, spans)).toEqual({ p: 0, t: 0 })
  })
})
