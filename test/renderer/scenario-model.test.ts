import { describe, expect, it } from 'vitest'
import { validateScenario } from '../../sim-core/index'
import { blankScenario, fileNameFor, serializeDraft } from '../../renderer/src/scenario/blank'
import { hasDraftShape, type Draft } from '../../renderer/src/scenario/draft'
import {
  addCoroutine,
  addProcess,
  addThread,
  canMove,
  deleteBlocker,
  duplicate,
  move,
  remove,
  uniqueName,
  copyName,
  namesAfter,
  setRuntime,
  type EditResult
} from '../../renderer/src/scenario/edits'
import { formatPath, getAt, parsePath, setAt } from '../../renderer/src/scenario/paths'
import {
  engineParamKeys,
  policyParams,
  schemaPolicies,
  switchPolicy
} from '../../renderer/src/scenario/policy-params'
import { clampSelection, selectionForPath } from '../../renderer/src/scenario/selection'
import { sampleDraft } from './helpers'

describe('paths', () => {
  it('formats and parses the paths sim-core prints', () => {
    const parts = ['processes', 2, 'threads', 0, 'ops', 3, 'cpu']
    expect(formatPath(parts)).toBe('processes[2].threads[0].ops[3].cpu')
    expect(parsePath('processes[2].threads[0].ops[3].cpu')).toEqual(parts)
    expect(parsePath('')).toEqual([])
  })

  it('sets values immutably, keeps key order, and removes a key for undefined', () => {
    const d = sampleDraft()
    const next = setAt(d, ['machine', 'cores'], 4)
    expect(next.machine.cores).toBe(4)
    expect(d.machine.cores).toBe(1)
    expect(next.processes).toBe(d.processes)
    expect(Object.keys(setAt(d, ['name'], 'x'))).toEqual(Object.keys(d))
    expect('arrival' in setAt(d, ['processes', 1, 'arrival'], undefined).processes[1]).toBe(false)
    expect(getAt(setAt(d, ['limits', 'maxTime'], 9), ['limits'])).toEqual({ maxTime: 9 })
  })

  it('maps a problem path to the tree item that edits it', () => {
    expect(selectionForPath(parsePath('processes[1].threads[0].ops[2].cpu'))).toEqual({
      kind: 'thread',
      p: 1,
      t: 0
    })
    expect(selectionForPath(parsePath('processes[0].threads[1].coroutines[2].ops[0]'))).toEqual({
      kind: 'coroutine',
      p: 0,
      t: 1,
      c: 2
    })
    expect(selectionForPath(parsePath('machine.cores'))).toEqual({ kind: 'machine' })
    expect(selectionForPath(parsePath('locks[0].permits'))).toEqual({ kind: 'locks' })
    expect(selectionForPath(parsePath('processes'))).toEqual({ kind: 'processes' })
    expect(selectionForPath(parsePath('name'))).toEqual({ kind: 'scenario' })
    expect(clampSelection(sampleDraft(), { kind: 'thread', p: 1, t: 5 })).toEqual({
      kind: 'process',
      p: 1
    })
  })
})

/** The edit's draft; the test fails if the edit was refused. */
function ok(r: EditResult | null): Draft {
  if (!r) throw new Error('edit refused')
  return r.draft
}

describe('structural edits', () => {
  it('adds processes and threads with fresh names, and the result stays valid', () => {
    let d = sampleDraft()
    d = addProcess(d).draft
    d = addProcess(d).draft
    d = addThread(d, 2).draft
    expect(d.processes.map((p) => p.name)).toEqual(['web', 'batch', 'process-1', 'process-2'])
    expect(d.processes[2].threads.map((t) => t.name)).toEqual(['main', 'thread-1'])
    expect(validateScenario(d).ok).toBe(true)
  })

  it('turns a thread into an event-loop host when a coroutine is added, moving its ops', () => {
    const d = addCoroutine(sampleDraft(), 0, 0)
    const th = d.draft.processes[0].threads[0]
    expect(th.runtime).toEqual({ kind: 'event-loop' })
    expect(th.ops).toEqual([])
    expect(th.coroutines?.[0]).toMatchObject({ name: 'co-1' })
    expect(d.select).toEqual({ kind: 'coroutine', p: 0, t: 0, c: 0 })
  })

  it('duplicates, reorders and deletes, and refuses to delete the last thread', () => {
    let d = sampleDraft()
    d = ok(duplicate(d, { kind: 'process', p: 0 }))
    expect(d.processes.map((p) => p.name)).toEqual(['web', 'web-2', 'batch'])
    d = ok(duplicate(d, { kind: 'process', p: 0 }))
    expect(d.processes[1].name).toBe('web-3')
    expect(canMove(d, { kind: 'process', p: 0 }, -1)).toBe(false)
    d = ok(move(d, { kind: 'process', p: 0 }, 1))
    expect(d.processes[1].name).toBe('web')
    expect(deleteBlocker(d, { kind: 'thread', p: 0, t: 0 })).toBe('last-thread')
    expect(remove(d, { kind: 'thread', p: 0, t: 0 })).toBeNull()
    d = ok(remove(d, { kind: 'process', p: 3 }))
    expect(d.processes).toHaveLength(3)
    expect(uniqueName('a', ['a', 'a-2'])).toBe('a-3')
  })
})

describe('scale edits', () => {
  const named = (names: string[]): Draft => {
    const d = sampleDraft()
    d.processes[0].threads = names.map((name) => ({ name, ops: [{ cpu: 1 }] }))
    return d
  }
  const threadNames = (d: Draft) => d.processes[0].threads.map((t) => t.name)

  it('duplicates worker-2 as worker-3, the next free number after its own, not worker-2-copy', () => {
    let d = named(['worker-1', 'worker-2'])
    d = ok(duplicate(d, { kind: 'thread', p: 0, t: 1 }))
    expect(threadNames(d)).toEqual(['worker-1', 'worker-2', 'worker-3'])
    d = ok(duplicate(d, { kind: 'thread', p: 0, t: 2 }))
    d = ok(duplicate(d, { kind: 'thread', p: 0, t: 3 }))
    expect(threadNames(d)).toEqual(['worker-1', 'worker-2', 'worker-3', 'worker-4', 'worker-5'])
    // worker-2 again: 3, 4 and 5 are taken, so 6.
    d = ok(duplicate(d, { kind: 'thread', p: 0, t: 1 }))
    expect(threadNames(d)[2]).toBe('worker-6')
    expect(copyName('main', ['main', 'main-2'])).toBe('main-3')
    expect(copyName('w0', ['w0'])).toBe('w1')
  })

  it('adds 8 threads in one edit, numbered on from the last', () => {
    const r = addThread(named(['worker-1', 'worker-4']), 0, 8)
    expect(threadNames(r.draft)).toEqual([
      'worker-1',
      'worker-4',
      ...[5, 6, 7, 8, 9, 10, 11, 12].map((n) => `worker-${n}`)
    ])
    expect(r.select).toEqual({ kind: 'thread', p: 0, t: 2 })
    expect(validateScenario(r.draft).ok).toBe(true)
    // A last name without a number: thread-1, thread-2…
    expect(threadNames(addThread(named(['main']), 0, 2).draft)).toEqual([
      'main',
      'thread-1',
      'thread-2'
    ])
    expect(namesAfter([], 'co', 3)).toEqual(['co-1', 'co-2', 'co-3'])
  })

  it('adds 8 coroutines to a plain thread: its ops go to the first, the thread hosts them all', () => {
    const r = addCoroutine(sampleDraft(), 0, 0, 8)
    const th = r.draft.processes[0].threads[0]
    expect(th.coroutines?.map((c) => c.name)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `co-${n}`)
    )
    expect(th.coroutines?.[0].ops).toEqual([{ cpu: 3 }, { io: 4, device: 'disk' }, { cpu: 1 }])
    expect(th.coroutines?.[7].ops).toEqual([{ cpu: 1 }, { await: 10 }, { cpu: 1 }])
    expect(validateScenario(r.draft).ok).toBe(true)
  })
})

describe("changing a thread's runtime keeps what was written runnable", () => {
  it('none → event loop: the ops move into a first coroutine (sleep becomes await)', () => {
    const d = sampleDraft()
    d.processes[0].threads[0].ops = [{ cpu: 2 }, { sleep: 5 }, { io: 4, device: 'disk' }]
    const r = setRuntime(d, 0, 0, 'event-loop')
    const th = r.draft.processes[0].threads[0]
    expect(th.runtime).toEqual({ kind: 'event-loop' })
    expect(th.ops).toEqual([])
    expect(th.coroutines).toEqual([
      { name: 'co-1', ops: [{ cpu: 2 }, { await: 5 }, { io: 4, device: 'disk' }] }
    ])
    expect(r.movedOpsTo).toBe('co-1')
    // Before this, the ops stayed on a host (hidden in the editor) and validation refused it.
    expect(validateScenario(r.draft).ok).toBe(true)
  })

  it('event loop → none: the first coroutine becomes the thread, each other a thread after it', () => {
    const d = sampleDraft()
    d.processes[0].threads[0] = {
      name: 'loop',
      runtime: { kind: 'event-loop' },
      ops: [],
      coroutines: [
        { name: 'req-1', ops: [{ cpu: 1 }, { await: 10, device: 'disk' }] },
        { name: 'req-2', arrival: 3, ops: [{ cpu: 1 }, { repeat: 2, ops: [{ await: 2 }] }] }
      ]
    }
    const r = setRuntime(d, 0, 0, null)
    expect(r.draft.processes[0].threads).toEqual([
      { name: 'loop', ops: [{ cpu: 1 }, { io: 10, device: 'disk' }] },
      { name: 'req-2', arrival: 3, ops: [{ cpu: 1 }, { repeat: 2, ops: [{ io: 2 }] }] }
    ])
    expect(r.coroutinesToThreads).toBe(2)
    expect(validateScenario(r.draft).ok).toBe(true)
  })

  it('event loop ↔ M:N only changes the kind', () => {
    const d = ok(addCoroutine(sampleDraft(), 0, 0))
    const r = setRuntime(d, 0, 0, 'm:n')
    expect(r.draft.processes[0].threads[0].runtime).toEqual({ kind: 'm:n', workers: 2 })
    expect(r.draft.processes[0].threads[0].coroutines).toEqual(d.processes[0].threads[0].coroutines)
    expect(r.movedOpsTo).toBeNull()
  })
})

describe('policy parameters come from the schema', () => {
  it('knows every policy the schema accepts and their parameters', () => {
    expect(schemaPolicies()).toEqual(expect.arrayContaining(['fcfs', 'rr', 'priority', 'mlfq']))
    const rr = policyParams('rr')
    expect(rr.find((p) => p.key === 'quantum')).toMatchObject({
      required: false,
      defaultValue: 4,
      type: { kind: 'number', min: 1, integer: true }
    })
    const mlfq = policyParams('mlfq').find((p) => p.key === 'levels')
    expect(mlfq?.type.kind).toBe('list')
    expect(policyParams('priority').find((p) => p.key === 'aging')?.type.kind).toBe('object')
    expect(engineParamKeys().has('switchOnIo')).toBe(true)
    expect(engineParamKeys().has('quantum')).toBe(false)
  })

  it('switches policy keeping what the new one accepts, so the scheduler stays valid', () => {
    const d = sampleDraft()
    const rr = switchPolicy({ policy: 'fcfs', switchOnIo: false }, 'rr')
    expect(rr).toEqual({ policy: 'rr', switchOnIo: false, quantum: 4 })
    const prio = switchPolicy({ policy: 'rr', quantum: 3 }, 'priority')
    expect(prio).toEqual({ policy: 'priority', quantum: 3 })
    const fcfs = switchPolicy(prio, 'fcfs')
    expect(fcfs).toEqual({ policy: 'fcfs' })
    // Choosing the policy it already has is no edit: the same object, so nothing turns unsaved.
    expect(switchPolicy(rr, 'rr')).toBe(rr)
    for (const p of schemaPolicies()) {
      expect(validateScenario({ ...d, scheduler: switchPolicy(rr, p) }).ok, p).toBe(true)
    }
  })
})

describe('new scenarios and files', () => {
  it('starts from a valid scenario and names files after the scenario', () => {
    expect(validateScenario(blankScenario('New scenario')).ok).toBe(true)
    expect(fileNameFor('Web server: RR q=3')).toBe('web-server-rr-q-3.json')
    expect(fileNameFor('线程 vs 协程')).toBe('线程-vs-协程.json')
    expect(fileNameFor('///')).toBe('scenario.json')
    expect(serializeDraft(sampleDraft())).toMatch(/^\{\n {2}"format": "schedlab\/scenario",/)
  })

  it('accepts only drafts the editor can walk', () => {
    expect(hasDraftShape(sampleDraft())).toBe(true)
    expect(hasDraftShape({ ...sampleDraft(), processes: 'x' })).toBe(false)
    expect(hasDraftShape({ ...sampleDraft(), processes: [{ threads: [{ ops: 3 }] }] })).toBe(false)
    expect(hasDraftShape(null)).toBe(false)
  })
})
