// The issue-12 fields in the editors: run queues and balancing in the scheduler editor, the
// per-core caches in the machine editor, and thread affinity and working set in the inspector.
// Every field goes through the store's edit path, so each is one undo step and the scenario's
// validation judges it at once.
import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { validateScenario } from '../../sim-core/index'
import { focusField } from '../../renderer/src/features/editor/use-focus-requests'
import { blankScenario } from '../../renderer/src/scenario/blank'
import type { Draft } from '../../renderer/src/scenario/draft'
import { renderApp } from './app-helpers'

function open(draft: Draft = blankScenario('New scenario')) {
  return renderApp({ document: { draft, source: 'new', fileName: null }, screen: 'workbench' })
}
const treeItem = (name: RegExp) => screen.getByRole('treeitem', { name })
const statusBar = () => within(screen.getByRole('contentinfo'))

function fourCores(): Draft {
  const d = blankScenario('Four cores')
  d.machine.cores = 4
  d.processes[0].threads.push({ name: 'second', ops: [{ cpu: 4 }] })
  return d
}

describe('run queues and balancing in the scheduler editor', () => {
  it('offers balancing only with per-core queues, and each change is one undo step', () => {
    const { store } = open(fourCores())
    fireEvent.click(treeItem(/^Scheduler/))
    const queues = screen.getByLabelText('Run queues') as HTMLSelectElement
    expect(queues.value).toBe('global')
    expect(screen.queryByTestId('balance-fields')).toBeNull()

    fireEvent.change(queues, { target: { value: 'per-core' } })
    expect(store.getState().draft.scheduler.queues).toBe('per-core')
    const balance = screen.getByTestId('balance-fields')
    // Steal shows the schema's default (true) while the file says nothing.
    const steal = within(balance).getByLabelText('Idle cores steal') as HTMLInputElement
    expect(steal.checked).toBe(true)
    fireEvent.change(within(balance).getByLabelText('Balance interval'), {
      target: { value: '20' }
    })
    fireEvent.click(steal)
    expect(store.getState().draft.scheduler.balance).toEqual({ interval: 20, steal: false })
    expect(validateScenario(store.getState().draft).ok).toBe(true)
    expect(statusBar().getByText('Valid')).toBeTruthy()

    // Back to one queue: balancing goes in the same edit (it would be a problem otherwise) …
    fireEvent.change(screen.getByLabelText('Run queues'), { target: { value: 'global' } })
    expect(store.getState().draft.scheduler.queues).toBe('global')
    expect(store.getState().draft.scheduler.balance).toBeUndefined()
    expect(statusBar().getByText('Valid')).toBeTruthy()
    // … and one undo brings both back.
    act(() => store.undo())
    expect(store.getState().draft.scheduler.queues).toBe('per-core')
    expect(store.getState().draft.scheduler.balance).toEqual({ interval: 20, steal: false })
  })

  it('names balancing set with one shared queue, and removes it on request', () => {
    const d = fourCores()
    d.scheduler = { policy: 'rr', quantum: 4, balance: { interval: 5 } }
    const { store } = open(d)
    fireEvent.click(treeItem(/^Scheduler/))
    const note = screen.getByText(/only applies to per-core queues/)
    // Clicking the problem in the problems panel lands here.
    expect(focusField('scheduler.balance')).toBe(true)
    expect(document.activeElement).toBe(note.closest('[role="note"]'))
    fireEvent.click(screen.getByRole('button', { name: 'Remove balancing' }))
    expect(store.getState().draft.scheduler.balance).toBeUndefined()
    expect(statusBar().getByText('Valid')).toBeTruthy()
  })
})

describe('the cache in the machine editor', () => {
  it('turns on with defaults, validates its fields, and keeps typed values across off and on', () => {
    const { store } = open()
    fireEvent.click(treeItem(/^Machine/))
    const on = screen.getByLabelText('Each core has a cache') as HTMLInputElement
    expect(on.checked).toBe(false)
    fireEvent.click(on)
    expect(store.getState().draft.machine.cache).toEqual({ size: 100, warmupTime: 10, warmRate: 2 })

    fireEvent.change(screen.getByLabelText('Cache size'), { target: { value: '0' } })
    // The schema's own message, beside the field.
    expect(statusBar().queryByText('Valid')).toBeNull()
    expect(screen.getByLabelText('Cache size').getAttribute('aria-invalid')).toBe('true')
    fireEvent.change(screen.getByLabelText('Cache size'), { target: { value: '64' } })
    fireEvent.change(screen.getByLabelText('Warm rate'), { target: { value: '3' } })
    expect(statusBar().getByText('Valid')).toBeTruthy()

    fireEvent.click(screen.getByLabelText('Each core has a cache'))
    expect(store.getState().draft.machine.cache).toBeUndefined()
    expect(screen.queryByLabelText('Cache size')).toBeNull()
    fireEvent.click(screen.getByLabelText('Each core has a cache'))
    expect(store.getState().draft.machine.cache).toEqual({ size: 64, warmupTime: 10, warmRate: 3 })
    // Off was one step; undoing "on" and "off" shows the typed values again.
    act(() => store.undo())
    act(() => store.undo())
    expect(store.getState().draft.machine.cache).toEqual({ size: 64, warmupTime: 10, warmRate: 3 })
  })
})

describe('thread affinity and working set in the inspector', () => {
  it('edits affinity by core checkboxes and by list, one undo step per box', () => {
    const { store } = open(fourCores())
    fireEvent.click(treeItem(/^second/))
    const th = () => store.getState().draft.processes[0].threads[1]
    const cores = screen.getByRole('group', { name: 'Affinity, by core' })
    expect(within(cores).getAllByRole('checkbox')).toHaveLength(4)
    fireEvent.click(within(cores).getByLabelText('Core 2'))
    fireEvent.click(within(cores).getByLabelText('Core 0'))
    expect(th().affinity).toEqual([0, 2])
    expect((screen.getByLabelText('Affinity') as HTMLInputElement).value).toBe('0, 2')
    act(() => store.undo())
    expect(th().affinity).toEqual([2])
    // Unticking the last core removes the restriction rather than leaving an invalid [].
    fireEvent.click(within(cores).getByLabelText('Core 2'))
    expect(th().affinity).toBeUndefined()
    expect(statusBar().getByText('Valid')).toBeTruthy()
  })

  it('names a core the machine does not have, beside the field', () => {
    const { store } = open(fourCores())
    fireEvent.click(treeItem(/^second/))
    fireEvent.change(screen.getByLabelText('Affinity'), { target: { value: '1, 7' } })
    expect(store.getState().draft.processes[0].threads[1].affinity).toEqual([1, 7])
    expect(screen.getByText('core 7 does not exist: the machine has cores 0 to 3')).toBeTruthy()
    expect(screen.getByLabelText('Affinity').getAttribute('aria-invalid')).toBe('true')
  })

  it('offers only the cores the process allows, and says why the others are off', () => {
    const d = fourCores()
    d.processes[0].affinity = [0, 1]
    open(d)
    fireEvent.click(treeItem(/^second/))
    const cores = screen.getByRole('group', { name: 'Affinity, by core' })
    expect((within(cores).getByLabelText('Core 1') as HTMLInputElement).disabled).toBe(false)
    const c3 = within(cores).getByLabelText('Core 3') as HTMLInputElement
    expect(c3.disabled).toBe(true)
    expect(c3.closest('label')?.getAttribute('title')).toBe('The process does not allow core 3')
  })

  it('edits the working set and says when it has no effect yet', () => {
    const { store } = open(fourCores())
    fireEvent.click(treeItem(/^second/))
    expect(screen.getByText(/has an effect once the machine has caches/)).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Working set'), { target: { value: '40' } })
    expect(store.getState().draft.processes[0].threads[1].workingSet).toBe(40)
    fireEvent.change(screen.getByLabelText('Working set'), { target: { value: '-1' } })
    expect(screen.getByLabelText('Working set').getAttribute('aria-invalid')).toBe('true')
    fireEvent.change(screen.getByLabelText('Working set'), { target: { value: '' } })
    expect(store.getState().draft.processes[0].threads[1].workingSet).toBeUndefined()
  })

  it('edits the eevdf slice through the undoable edit path, with a hint for the policy', () => {
    const { store } = open(fourCores())
    fireEvent.click(treeItem(/^second/))
    // The scenario runs rr here: the field says it matters only under EEVDF.
    expect(screen.getByText(/Used only under EEVDF/)).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Slice (EEVDF)'), { target: { value: '2' } })
    expect(store.getState().draft.processes[0].threads[1].slice).toBe(2)
    // One undo step: undo takes it away, redo brings it back.
    act(() => store.undo())
    expect(store.getState().draft.processes[0].threads[1].slice).toBeUndefined()
    act(() => store.redo())
    expect(store.getState().draft.processes[0].threads[1].slice).toBe(2)
    fireEvent.change(screen.getByLabelText('Slice (EEVDF)'), { target: { value: '0' } })
    expect(screen.getByLabelText('Slice (EEVDF)').getAttribute('aria-invalid')).toBe('true')
    fireEvent.change(screen.getByLabelText('Slice (EEVDF)'), { target: { value: '' } })
    expect(store.getState().draft.processes[0].threads[1].slice).toBeUndefined()
  })

  it('keeps rendering a thread whose affinity in a file is not a list of numbers', () => {
    const d = fourCores()
    ;(d.processes[0].threads[1] as Record<string, unknown>).affinity = ['0', null, { core: 1 }]
    ;(d.processes[0].threads[1] as Record<string, unknown>).workingSet = 'big'
    open(d)
    fireEvent.click(treeItem(/^second/))
    expect(screen.getByRole('group', { name: 'Affinity, by core' })).toBeTruthy()
    expect(screen.getByLabelText('Working set').getAttribute('aria-invalid')).toBe('true')
  })
})
