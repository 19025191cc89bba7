// The builder's problems list: ops text syntax errors listed with the validation problems, and
// every problem read in the draft's names (process / thread · op N) with its raw path kept.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { problemPlace } from '../../renderer/src/features/editor/problem-place'
import { translator } from '../../renderer/src/i18n/translate'
import type { Draft } from '../../renderer/src/scenario/draft'
import { renderApp } from './app-helpers'
import { sampleDraft } from './helpers'

/** sampleDraft plus an event-loop host with a coroutine, and a thread with a repeat. */
function draft(): Draft {
  const d = sampleDraft()
  d.processes[0].threads.push(
    {
      name: 'loop',
      runtime: { kind: 'event-loop' },
      coroutines: [{ name: 'fetch', ops: [{ cpu: 1 }] }]
    },
    { name: 'spin', ops: [{ cpu: 2 }, { repeat: 2, ops: [{ cpu: 1 }, { sleep: 3 }] }] }
  )
  return d
}

function open(d: Draft = draft()) {
  return renderApp({
    document: { draft: d, source: 'file', fileName: 'sample.json' },
    screen: 'workbench'
  })
}

const list = () => screen.getByRole('list', { name: 'Select a problem to go to its field.' })
const heading = (n: number) => screen.getByRole('heading', { name: `Problems (${n})` })
const opsText = () => screen.getByLabelText('Ops (text)') as HTMLTextAreaElement
const treeItem = (name: RegExp) => screen.getByRole('treeitem', { name })
const statusBar = () => within(screen.getByRole('contentinfo'))
const SYNTAX = 'web / w1 · ops text: Line 2, column 4: expected a number, found "x"'

describe('an ops text syntax error in the problems list', () => {
  it('is listed with the thread and the line and column, and goes once the text parses', () => {
    const { store } = open()
    fireEvent.click(treeItem(/^w1/))
    fireEvent.change(opsText(), { target: { value: 'cpu 4,\nio x' } })
    heading(1)
    expect(within(list()).getByRole('button', { name: SYNTAX })).toBeTruthy()
    expect(within(list()).getByText('processes[0].threads[0].ops')).toBeTruthy()
    expect(statusBar().getByText('1 problem')).toBeTruthy()
    // The draft still holds the last list that parsed, so validation alone finds nothing.
    expect(store.getState().draft.processes[0].threads[0].ops).toHaveLength(3)

    fireEvent.change(opsText(), { target: { value: 'cpu 4,\nio 2' } })
    heading(0)
    expect(screen.queryByRole('button', { name: SYNTAX })).toBeNull()
    expect(statusBar().getByText('Valid')).toBeTruthy()
  })

  it('leads back to the text field when selected', async () => {
    open()
    fireEvent.click(treeItem(/^w1/))
    fireEvent.change(opsText(), { target: { value: 'cpu 4,\nio x' } })
    treeItem(/^w1/).focus()
    fireEvent.click(within(list()).getByRole('button', { name: SYNTAX }))
    await waitFor(() => expect(document.activeElement).toBe(opsText()))
  })

  it('does not outlive its list: undo, redo, an edit in the rows', () => {
    const { store } = open()
    fireEvent.click(treeItem(/^w1/))
    const broken = () => {
      fireEvent.change(opsText(), { target: { value: 'cpu 4,\nio x' } })
      heading(1)
    }

    // Undo resets the text to the draft's list, and the error with it.
    fireEvent.change(opsText(), { target: { value: 'cpu 9' } })
    broken()
    act(() => store.undo())
    expect(opsText().value).toBe('cpu 3, io 4 @disk, cpu 1')
    heading(0)
    broken()
    act(() => store.redo())
    expect(opsText().value).toBe('cpu 9')
    heading(0)

    // An edit in the rows rewrites the text.
    broken()
    fireEvent.change(screen.getByLabelText('Op 1 value'), { target: { value: '5' } })
    expect(opsText().value).toBe('cpu 5')
    heading(0)
  })

  it(
    'survives selecting another item: the text as typed comes back, and still counts',
    { timeout: 30_000 },
    () => {
      const { store } = open()
      fireEvent.click(treeItem(/^w1/))
      // Typed bit by bit: the prefix "cpu 2" parses on the way and is committed, everything
      // after the typo does not parse and must stay in the field, not vanish.
      const typed = 'cpu 2, lokc db, cpu 3, unlock db, io 20'
      for (const end of [3, 5, 6, 9, 14, 22, typed.length]) {
        fireEvent.change(opsText(), { target: { value: typed.slice(0, end) } })
      }
      expect(store.getState().draft.processes[0].threads[0].ops).toEqual([{ cpu: 2 }])
      heading(1)
      fireEvent.click(treeItem(/^b1/))
      heading(1)
      expect(within(treeItem(/^w1/)).getByText('1 problem')).toBeTruthy()
      expect(statusBar().getByText('1 problem')).toBeTruthy()
      fireEvent.click(treeItem(/^w1/))
      expect(opsText().value).toBe(typed)
      expect(opsText().getAttribute('aria-invalid')).toBe('true')
      act(() => store.getState().startRun())
      expect(store.getState().runError).toEqual({ kind: 'invalid', problems: 1 })

      // Fixing the typo commits the whole text, and the problem goes.
      fireEvent.change(opsText(), { target: { value: 'cpu 2, sleep 1, cpu 3, io 20' } })
      heading(0)
      expect(store.getState().draft.processes[0].threads[0].ops).toHaveLength(4)
    }
  )

  it('follows its thread when the thread moves, and goes when the thread is deleted', () => {
    const { store } = open()
    fireEvent.click(treeItem(/^w1/))
    fireEvent.change(opsText(), { target: { value: 'cpu 1, lokc' } })
    // A second thread before w1: w1's list is now at threads[1].
    act(() => {
      store.getState().editDraft((d) => ({
        ...d,
        processes: d.processes.map((p, i) =>
          i === 0 ? { ...p, threads: [{ name: 'w0', ops: [{ cpu: 1 }] }, ...p.threads] } : p
        )
      }))
    })
    expect(Object.keys(store.getState().opsTextErrors)).toEqual(['processes[0].threads[1].ops'])
    fireEvent.click(treeItem(/^w1/))
    expect(opsText().value).toBe('cpu 1, lokc')
    heading(1)
    fireEvent.keyDown(treeItem(/^w1/), { key: 'Delete' })
    expect(store.getState().opsTextErrors).toEqual({})
    heading(0)
  })

  it('names a coroutine too', () => {
    open()
    fireEvent.click(treeItem(/^fetch/))
    fireEvent.change(opsText(), { target: { value: 'lock db' } })
    expect(
      within(list()).getByRole('button', {
        name: /^web \/ loop \/ fetch · ops text: Line 1, column 1: “lock” is not a coroutine op/
      })
    ).toBeTruthy()
  })
})

describe('validation problems in the problems list', () => {
  it('read in the draft’s names, with the raw path beside them to copy', () => {
    const d = draft()
    d.processes[0].threads[0].ops = [{ cpu: 3 }, { io: 4, device: 'disk' }, { cpu: 1 }, { cpu: -4 }]
    d.machine.cores = 0
    open(d)
    const items = within(list()).getAllByRole('listitem')
    const op = items.find((li) => li.textContent?.includes('expected a positive integer'))
    if (!op) throw new Error('the op problem is not listed')
    const button = within(op).getByRole('button')
    expect(button.textContent).toBe('web / w1 · op 4 (cpu): expected a positive integer, got -4')
    expect(button.getAttribute('title')).toBe(
      'processes[0].threads[0].ops[3].cpu: expected a positive integer, got -4'
    )
    const path = within(op).getByText('processes[0].threads[0].ops[3].cpu')
    expect(button.contains(path)).toBe(false)

    // A path outside the processes reads well as it is: the CLI's line, nothing beside it.
    const cores = items.find((li) => li.textContent?.includes('machine.cores'))
    expect(cores?.textContent).toBe('machine.cores: expected an integer from 1 to 1024, got 0')
  })

  it('still go to the field when selected', async () => {
    const d = draft()
    d.processes[1].threads[0].ops = [{ cpu: -1 }]
    open(d)
    fireEvent.click(
      within(list()).getByRole('button', {
        name: 'batch / b1 · op 1 (cpu): expected a positive integer, got -1'
      })
    )
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Op 1 value')))
  })
})

describe('problemPlace', () => {
  const d = draft()
  const en = translator('en')
  it('names processes, threads, coroutines and ops, numbered like the rows', () => {
    expect(problemPlace(d, 'processes[0].threads[0].ops[1].device', en)).toBe(
      'web / w1 · op 2 (device)'
    )
    expect(problemPlace(d, 'processes[0].threads[2].ops[1].ops[1].sleep', en)).toBe(
      'web / spin · op 2.2 (sleep)'
    )
    expect(problemPlace(d, 'processes[0].threads[2].ops[1]', en)).toBe('web / spin · op 2')
    expect(problemPlace(d, 'processes[0].threads[1].coroutines[0].ops[0].cpu', en)).toBe(
      'web / loop / fetch · op 1 (cpu)'
    )
    expect(problemPlace(d, 'processes[1].threads[0].arrival', en)).toBe('batch / b1 · arrival')
    expect(problemPlace(d, 'processes[1].name', en)).toBe('batch · name')
    expect(problemPlace(d, 'processes[1].threads[0]', en)).toBe('batch / b1')
    // No name (or no such item): its 1-based position, as the tree shows it.
    const unnamed = draft()
    unnamed.processes[0].threads[2].name = ''
    expect(problemPlace(unnamed, 'processes[0].threads[2].name', en)).toBe('web / #3 · name')
    expect(problemPlace(d, 'processes[5].threads[0].ops[0].cpu', en)).toBe('#6 / #1 · op 1 (cpu)')
    expect(problemPlace(d, 'machine.cores', en)).toBeNull()
    expect(problemPlace(d, 'processes', en)).toBeNull()
  })

  it('speaks Chinese too', () => {
    expect(problemPlace(d, 'processes[0].threads[0].ops[3].cpu', translator('zh'))).toBe(
      'web / w1 · 第 4 个操作（cpu）'
    )
  })
})

describe('an ops text syntax error counts as a problem everywhere', () => {
  const breakText = () => {
    fireEvent.click(treeItem(/^w1/))
    fireEvent.change(opsText(), { target: { value: 'cpu 4,\nio x' } })
    heading(1)
  }

  it('blocks Run, with the same count the status bar shows', () => {
    const { store } = open()
    breakText()
    act(() => store.getState().setField(['machine', 'cores'], 0))
    heading(2)
    expect(statusBar().getByText('2 problems')).toBeTruthy()
    act(() => store.getState().startRun())
    expect(store.getState().runStatus).toBe('error')
    expect(store.getState().runError).toEqual({ kind: 'invalid', problems: 2 })
    expect(store.getState().result).toBeNull()
  })

  it('is counted when saving, and marks its thread in the tree', async () => {
    const { store, files } = open()
    breakText()
    expect(within(treeItem(/^w1/)).getByText('1 problem')).toBeTruthy()
    expect(within(treeItem(/^web/)).getByText('1 problem')).toBeTruthy()
    fireEvent.keyDown(window, { key: 's', ctrlKey: true })
    await waitFor(() => expect(files.saved).toHaveLength(1))
    await waitFor(() =>
      expect(store.getState().notice?.text).toBe('Saved sample.json (it still has 1 problem).')
    )
  })

  it('is unsaved work: replacing the document asks first', async () => {
    const { store, files } = open()
    breakText()
    files.nextOpen = {
      kind: 'opened',
      file: { name: 'other.json', text: JSON.stringify({ ...draft(), name: 'other' }) }
    }
    fireEvent.keyDown(window, { key: 'o', ctrlKey: true })
    expect(
      await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' })
    ).toBeTruthy()
    expect(store.getState().draft.name).not.toBe('other')
  })
})

describe('Undo in an ops text that does not parse', () => {
  it('first goes back to the last list that parsed, then undoes the draft as usual', () => {
    const { store } = open()
    fireEvent.click(treeItem(/^w1/))
    fireEvent.change(opsText(), { target: { value: 'cpu 9' } })
    act(() => store.endEditBurst())
    fireEvent.change(opsText(), { target: { value: 'cpu 9, io x' } })
    heading(1)
    const threads = store.getState().draft.processes[0].threads.length
    fireEvent.keyDown(opsText(), { key: 'z', ctrlKey: true })
    expect(opsText().value).toBe('cpu 9')
    heading(0)
    // Nothing else was undone: the thread list and the parsed edit are still there.
    expect(store.getState().draft.processes[0].threads).toHaveLength(threads)
    expect(store.getState().draft.processes[0].threads[0].ops).toEqual([{ cpu: 9 }])
    fireEvent.keyDown(opsText(), { key: 'z', ctrlKey: true })
    expect(opsText().value).toBe('cpu 3, io 4 @disk, cpu 1')
  })
})
