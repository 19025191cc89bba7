import { describe, expect, it } from 'vitest'
import { problemToString, validateScenario } from '../../sim-core/index'
import type { Draft } from '../../renderer/src/scenario/draft'
import { addProcess, addThread } from '../../renderer/src/scenario/edits'
import { BURST_MS } from '../../renderer/src/store/history'
import type { RunController } from '../../renderer/src/store/run-slice'
import { isDirty } from '../../renderer/src/store/scenario-slice'
import { isStale } from '../../renderer/src/store/selectors'
import { validateDraft } from '../../renderer/src/store/validation'
import { nextTask, sampleDraft, testStore } from './helpers'

describe('store: undo and redo of scenario edits', () => {
  it('undoes and redoes field edits one at a time', () => {
    const { store, clock } = testStore()
    const s = () => store.getState()
    s().setField(['machine', 'cores'], 8)
    clock.now += BURST_MS + 1
    s().setField(['scheduler', 'policy'], 'rr')
    expect(s().draft.machine.cores).toBe(8)
    store.undo()
    expect(s().draft.scheduler.policy).toBe('fcfs')
    expect(s().draft.machine.cores).toBe(8)
    store.undo()
    expect(s().draft.machine.cores).toBe(1)
    store.redo()
    store.redo()
    expect(s().draft.machine.cores).toBe(8)
    expect(s().draft.scheduler.policy).toBe('rr')
  })

  it('makes a burst of typing into one field a single undo step', () => {
    const { store, clock } = testStore()
    for (const v of [1, 12, 120]) {
      store.getState().setField(['processes', 0, 'arrival'], v)
      clock.now += 200
    }
    expect(store.temporal.getState().pastStates).toHaveLength(1)
    store.undo()
    expect(store.getState().draft.processes[0].arrival).toBeUndefined()
  })

  it('ends a burst after a pause, on another field, or when the field loses focus', () => {
    const { store, clock } = testStore()
    const setArrival = (v: number) => store.getState().setField(['processes', 0, 'arrival'], v)
    setArrival(1)
    clock.now += BURST_MS + 10
    setArrival(2)
    store.getState().setField(['processes', 0, 'name'], 'api')
    setArrival(3)
    store.endEditBurst()
    setArrival(4)
    expect(store.temporal.getState().pastStates).toHaveLength(5)
  })

  it('records structural edits (add process, add thread) as their own steps', () => {
    const { store } = testStore()
    const s = () => store.getState()
    s().editDraft((d) => addProcess(d).draft)
    s().editDraft((d) => addThread(d, 2).draft)
    expect(s().draft.processes).toHaveLength(3)
    expect(s().draft.processes[2].threads).toHaveLength(2)
    store.undo()
    expect(s().draft.processes[2].threads).toHaveLength(1)
    store.undo()
    expect(s().draft.processes).toHaveLength(2)
  })

  it('never records or undoes view state or run results', async () => {
    const { store, clock } = testStore()
    const s = () => store.getState()
    s().setField(['machine', 'cores'], 2)
    clock.now += BURST_MS + 1
    s().select({ kind: 'process', p: 1 })
    s().setTheme('dark')
    s().setLayout({ treeWidth: 300 })
    s().startRun()
    await nextTask()
    expect(s().runStatus).toBe('done')
    expect(store.temporal.getState().pastStates).toHaveLength(1)
    store.undo()
    expect(s().draft.machine.cores).toBe(1)
    expect(s().theme).toBe('dark')
    expect(s().layout.treeWidth).toBe(300)
    expect(s().selection).toEqual({ kind: 'process', p: 1 })
    expect(s().result).not.toBeNull()
  })

  it('moves the selection to an item that still exists when undo removes the selected one', () => {
    const { store } = testStore()
    const r = addProcess(store.getState().draft)
    store.getState().editDraft(() => r.draft)
    store.getState().select(r.select)
    expect(store.getState().selection).toEqual({ kind: 'process', p: 2 })
    store.undo()
    expect(store.getState().selection).toEqual({ kind: 'process', p: 1 })
  })

  it('tracks unsaved changes by identity, so undoing back to the saved draft is clean again', () => {
    const { store } = testStore()
    expect(isDirty(store.getState())).toBe(false)
    store.getState().setField(['name'], 'renamed')
    expect(isDirty(store.getState())).toBe(true)
    store.undo()
    expect(isDirty(store.getState())).toBe(false)
    store.redo()
    store.getState().markSaved('renamed.json')
    expect(isDirty(store.getState())).toBe(false)
    expect(store.getState().fileName).toBe('renamed.json')
  })

  it('forgets undo history and results when another document is loaded', async () => {
    const { store } = testStore()
    store.getState().setField(['machine', 'cores'], 2)
    store.getState().startRun()
    await nextTask()
    const other: Draft = { ...sampleDraft(), name: 'other' }
    store.loadDocument({ draft: other, source: 'preset', fileName: null, presetId: 'x' })
    expect(store.temporal.getState().pastStates).toHaveLength(0)
    expect(store.getState().result).toBeNull()
    expect(store.getState().presetId).toBe('x')
    expect(store.getState().screen).toBe('workbench')
    store.undo()
    expect(store.getState().draft.name).toBe('other')
  })
})

describe('store: validation as you type', () => {
  it('reports exactly what sim-core reports, with the CLI’s path: message lines', () => {
    const { store } = testStore()
    store.getState().setField(['processes', 0, 'threads', 0, 'ops', 0, 'cpu'], -4)
    store.getState().setField(['machine', 'cores'], undefined)
    store.getState().setField(['processes', 1, 'name'], 'web')
    const v = validateDraft(store.getState().draft)
    const cli = validateScenario(store.getState().draft)
    expect(cli.ok).toBe(false)
    expect(v.problems).toEqual(cli.ok ? [] : cli.problems)
    const lines = v.problems.map(problemToString)
    expect(lines).toContain(
      'processes[0].threads[0].ops[0].cpu: expected a positive integer, got -4'
    )
    expect(lines).toContain('machine.cores: required field is missing')
    expect(v.scenario).toBeNull()
  })

  it('indexes problems by path for fields and counts them under tree items', () => {
    const { store } = testStore()
    store.getState().setField(['processes', 0, 'threads', 0, 'ops', 1, 'device'], 'tape')
    const v = validateDraft(store.getState().draft)
    expect(v.byPath.get('processes[0].threads[0].ops[1].device')?.[0].message).toMatch(
      /unknown device "tape"/
    )
    expect(v.countUnder('processes[0]')).toBe(1)
    expect(v.countUnder('processes[1]')).toBe(0)
    expect(v.countUnder('')).toBe(1)
  })

  it('gives the validated scenario, defaults filled in, when there is no problem', () => {
    const { store } = testStore()
    const v = validateDraft(store.getState().draft)
    expect(v.problems).toEqual([])
    expect(v.scenario?.machine.costs.threadSwitch).toBe(0)
    // The same draft object is validated once.
    expect(validateDraft(store.getState().draft)).toBe(v)
  })
})

describe('store: the run slice', () => {
  it('runs with simulate(), then marks results stale on edits and fresh again on undo', async () => {
    const { store } = testStore()
    const s = () => store.getState()
    s().startRun()
    expect(s().runStatus).toBe('running')
    await nextTask()
    expect(s().runStatus).toBe('done')
    expect(s().runProgress).toBe(1)
    expect(s().result?.threads.map((t) => t.id)).toEqual(['web/w1', 'batch/b1'])
    expect(isStale(s())).toBe(false)
    s().setField(['machine', 'cores'], 2)
    expect(isStale(s())).toBe(true)
    store.undo()
    expect(isStale(s())).toBe(false)
  })

  it('refuses to run an invalid scenario and says how many problems it has', () => {
    const { store } = testStore()
    store.getState().setField(['machine', 'cores'], 0)
    store.getState().startRun()
    expect(store.getState().runStatus).toBe('error')
    expect(store.getState().runError).toEqual({ kind: 'invalid', problems: 1 })
  })

  it('takes any RunController, and ignores reports from a cancelled run', () => {
    const calls: string[] = []
    let report: Parameters<RunController['start']>[1] | null = null
    const controller: RunController = {
      start: (_scenario, r) => {
        calls.push('start')
        report = r
      },
      cancel: () => calls.push('cancel')
    }
    const { store } = testStore({ runController: controller })
    store.getState().startRun()
    const first = report as unknown as Parameters<RunController['start']>[1]
    first.progress(0.5)
    expect(store.getState().runProgress).toBe(0.5)
    store.getState().cancelRun()
    expect(calls).toEqual(['start', 'cancel'])
    expect(store.getState().runStatus).toBe('idle')
    first.fail('too late')
    expect(store.getState().runStatus).toBe('idle')
  })
})

describe('store: commands are state changes, not counters', () => {
  it('keeps the Export menu open until it is closed, and opens it again on the next request', () => {
    const { store } = testStore()
    const s = () => store.getState()
    expect(s().exportMenuOpen).toBe(false)
    s().requestExport()
    expect(s().exportMenuOpen).toBe(true)
    // A second Ctrl/Cmd+E while open changes nothing (a counter used to change every time).
    const before = s()
    s().requestExport()
    expect(s().exportMenuOpen).toBe(true)
    expect(s().exportMenuOpen).toBe(before.exportMenuOpen)
    s().setExportMenuOpen(false)
    expect(s().exportMenuOpen).toBe(false)
    s().requestExport()
    expect(s().exportMenuOpen).toBe(true)
  })

  it('holds a focus request until the editor reports it done; a repeat is a new request', () => {
    const { store } = testStore()
    const s = () => store.getState()
    s().requestFocus('processes[0].name')
    const first = s().focusRequest
    expect(first).toEqual({ path: 'processes[0].name' })
    s().requestFocus('processes[0].name')
    expect(s().focusRequest).not.toBe(first)
    s().focusDone()
    expect(s().focusRequest).toBeNull()
  })
})
