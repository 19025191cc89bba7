import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { problemToString, validateScenario } from '../../sim-core/index'
import { PRESETS } from '../../renderer/presets/presets'
import { serializeDraft } from '../../renderer/src/scenario/blank'
import { renderApp } from './app-helpers'
import { MemoryStorage, sampleDraft } from './helpers'

const byName = (name: string | RegExp) => screen.getByRole('button', { name })

function focused(): Element {
  const el = document.activeElement
  if (!el) throw new Error('nothing has focus')
  return el
}

async function openPreset(title: string) {
  fireEvent.click(byName(title))
  await screen.findByRole('button', { name: 'Run' })
}

describe('start page', () => {
  it('offers presets, New scenario, Open, Generate and recent files on first launch', () => {
    renderApp()
    expect(screen.getByRole('heading', { level: 1, name: 'SchedLab' })).toBeTruthy()
    const gallery = screen.getByRole('list', { name: 'Start from a preset' })
    expect(within(gallery).getAllByRole('button')).toHaveLength(PRESETS.length)
    expect(byName('New scenario')).toBeTruthy()
    expect(byName('Open scenario…')).toBeTruthy()
    expect(byName('Generate random workload')).toBeTruthy()
    expect(screen.getByText('No recent files yet.')).toBeTruthy()
    expect(document.title).toBe('SchedLab')
  })

  it('loads a preset, runs it at once, and shows its lesson', async () => {
    const { store } = renderApp()
    await openPreset('Thread per request vs event loop')
    expect(screen.getByRole('region', { name: 'About this preset' }).textContent).toMatch(
      /every request gets its own kernel thread/
    )
    await waitFor(() => expect(store.getState().runStatus).toBe('done'))
    expect(document.title).toBe('Thread per request vs event loop — SchedLab')
  })

  it('asks before a preset replaces unsaved edits, also from the start page', async () => {
    const { store } = renderApp()
    await openPreset('Thread per request vs event loop')
    act(() => store.getState().setField(['machine', 'cores'], 3))
    fireEvent.click(byName('Start page'))
    fireEvent.click(byName('Lock contention'))
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' })
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(store.getState().draft.machine.cores).toBe(3)
    expect(store.getState().draft.name).toBe('Thread per request vs event loop')

    fireEvent.click(byName('Lock contention'))
    const again = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' })
    fireEvent.click(within(again).getByRole('button', { name: 'Discard changes' }))
    await waitFor(() => expect(store.getState().draft.name).toBe('Lock contention'))
  })

  it('offers an autosaved draft of an earlier version back after a reload, and restores it', () => {
    const storage = new MemoryStorage()
    storage.setItem(
      'schedlab.autosave.v1',
      JSON.stringify({
        draft: { ...sampleDraft(), name: 'half done' },
        fileName: null,
        unsaved: true,
        at: 0
      })
    )
    const { store } = renderApp({}, storage)
    // The single slot of earlier versions is now one draft of the list.
    const drafts = screen.getByRole('list', { name: 'Autosaved drafts' })
    expect(within(drafts).getByText('half done')).toBeTruthy()
    expect(within(drafts).getByText(/^Unsaved changes, autosaved/)).toBeTruthy()
    expect(storage.getItem('schedlab.autosave.v1')).toBeNull()
    fireEvent.click(byName('Open the draft “half done”'))
    expect(store.getState().draft.name).toBe('half done')
    expect(document.title).toBe('half done * — SchedLab')
  })
})

describe('builder', () => {
  it('edits Cores, Policy and Quantum from the toolbar', async () => {
    const { store } = renderApp()
    await openPreset("A game's interactive thread next to batch work")
    fireEvent.change(screen.getByLabelText('Cores'), { target: { value: '8' } })
    fireEvent.change(screen.getByLabelText('Policy'), { target: { value: 'rr' } })
    fireEvent.change(screen.getByLabelText('Quantum'), { target: { value: '3' } })
    const d = store.getState().draft
    expect(d.machine.cores).toBe(8)
    expect(d.scheduler).toEqual({ policy: 'rr', quantum: 3 })
    expect(document.title).toMatch(/ \* — SchedLab$/)
  })

  it('drops the "fix the problems to run" banner as soon as the problem is fixed', async () => {
    renderApp()
    await openPreset('Lock contention')
    fireEvent.change(screen.getByLabelText('Quantum'), { target: { value: '0' } })
    fireEvent.click(byName('Run'))
    await waitFor(() => expect(screen.getByText(/fix it to run the scenario/)).toBeTruthy())
    fireEvent.change(screen.getByLabelText('Quantum'), { target: { value: '3' } })
    await waitFor(() => expect(screen.queryByText(/fix it to run the scenario/)).toBeNull())
  })

  it('adds a process with two threads, types ops as text, and undoes the last edit', async () => {
    const { store } = renderApp()
    await openPreset('Lock contention')
    fireEvent.click(byName('Add process'))
    expect(screen.getByRole('heading', { name: 'Process process-1' })).toBeTruthy()
    fireEvent.click(byName('Add thread'))
    expect(screen.getByRole('heading', { name: 'Thread thread-1' })).toBeTruthy()
    const proc = store.getState().draft.processes[1]
    expect(proc.threads.map((t) => t.name)).toEqual(['main', 'thread-1'])

    const text = screen.getByLabelText('Ops (text)')
    const before = store.getState().draft.processes[1].threads[1].ops
    fireEvent.change(text, {
      target: { value: 'cpu 5, lock db, cpu 2, unlock db, repeat 3 { cpu 1, sleep 4 }' }
    })
    expect(store.getState().draft.processes[1].threads[1].ops).toEqual([
      { cpu: 5 },
      { lock: 'db' },
      { cpu: 2 },
      { unlock: 'db' },
      { repeat: 3, ops: [{ cpu: 1 }, { sleep: 4 }] }
    ])
    // The rows follow the text.
    expect((screen.getByLabelText('Op 2 type') as HTMLSelectElement).value).toBe('lock')
    expect((screen.getByLabelText('Op 5.2 value') as HTMLInputElement).value).toBe('4')
    expect(validateScenario(store.getState().draft).ok).toBe(true)

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true })
    expect(store.getState().draft.processes[1].threads[1].ops).toEqual(before)
    expect((screen.getByLabelText('Ops (text)') as HTMLTextAreaElement).value).toBe(
      'cpu 5, io 10, cpu 3'
    )
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true, shiftKey: true })
    expect(store.getState().draft.processes[1].threads[1].ops).toHaveLength(5)
  })

  it('edits rows and keeps the text form in step', async () => {
    const { store } = renderApp()
    await openPreset('CPU-bound work on 1 vs 4 cores')
    fireEvent.click(screen.getByRole('treeitem', { name: /tile-2/ }))
    fireEvent.change(screen.getByLabelText('Op 1 type'), { target: { value: 'io' } })
    fireEvent.click(byName('Add op'))
    fireEvent.change(screen.getByLabelText('Op 2 value'), { target: { value: '7' } })
    expect((screen.getByLabelText('Ops (text)') as HTMLTextAreaElement).value).toBe('io 60, cpu 7')
    fireEvent.click(byName('Move op 2 up'))
    expect(store.getState().draft.processes[0].threads[1].ops).toEqual([{ cpu: 7 }, { io: 60 }])
    fireEvent.click(byName('Delete op 1'))
    expect((screen.getByLabelText('Ops (text)') as HTMLTextAreaElement).value).toBe('io 60')
  })

  it('shows a syntax error in the text form with its line and column, and keeps the rows', async () => {
    const { store } = renderApp()
    await openPreset('CPU-bound work on 1 vs 4 cores')
    fireEvent.click(screen.getByRole('treeitem', { name: /tile-1/ }))
    fireEvent.change(screen.getByLabelText('Ops (text)'), { target: { value: 'cpu 4,\nio x' } })
    expect(screen.getByText('Line 2, column 4: expected a number, found "x"')).toBeTruthy()
    expect(screen.getByLabelText('Ops (text)').getAttribute('aria-invalid')).toBe('true')
    expect(store.getState().draft.processes[0].threads[0].ops).toEqual([{ cpu: 60 }])
  })

  it('validates as you type: the problem shows at the field and in Problems, and leads back to it', async () => {
    const { store } = renderApp()
    await openPreset('CPU-bound work on 1 vs 4 cores')
    fireEvent.click(screen.getByRole('treeitem', { name: /tile-1/ }))
    fireEvent.change(screen.getByLabelText('Op 1 value'), { target: { value: '-4' } })
    const line = 'processes[0].threads[0].ops[0].cpu: expected a positive integer, got -4'
    const problems = validateScenario(store.getState().draft)
    expect(problems.ok ? [] : problems.problems.map(problemToString)).toEqual([line])
    expect(screen.getByRole('heading', { name: 'Problems (1)' })).toBeTruthy()
    expect(screen.getByLabelText('Op 1 value').getAttribute('aria-invalid')).toBe('true')

    fireEvent.click(screen.getByRole('treeitem', { name: /Machine/ }))
    expect(screen.queryByLabelText('Op 1 value')).toBeNull()
    // Listed in the draft's names, with the CLI's line as the tooltip.
    const problem = byName('render / tile-1 · op 1 (cpu): expected a positive integer, got -4')
    expect(problem.getAttribute('title')).toBe(line)
    fireEvent.click(problem)
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Op 1 value')))
    expect(screen.getByRole('treeitem', { name: /tile-1/ }).getAttribute('aria-selected')).toBe(
      'true'
    )

    fireEvent.click(byName('Run'))
    expect(screen.getByRole('alert').textContent).toMatch(/has 1 problem;/)
  })

  it('is usable from the keyboard: the tree moves, reorders and deletes', async () => {
    const { store } = renderApp()
    await openPreset('Processes vs threads: the price of a switch')
    const tree = screen.getByRole('tree')
    const worker1 = within(tree).getByRole('treeitem', { name: /worker-1/ })
    fireEvent.click(worker1)
    worker1.focus()
    fireEvent.keyDown(worker1, { key: 'ArrowDown' })
    expect(store.getState().selection).toEqual({ kind: 'thread', p: 0, t: 1 })
    const worker2 = within(tree).getByRole('treeitem', { name: /worker-2/ })
    expect(document.activeElement).toBe(worker2)
    fireEvent.keyDown(worker2, { key: 'ArrowUp', altKey: true })
    expect(
      store
        .getState()
        .draft.processes[0].threads.map((t) => t.name)
        .slice(0, 2)
    ).toEqual(['worker-2', 'worker-1'])
    fireEvent.keyDown(focused(), { key: 'Delete' })
    expect(store.getState().draft.processes[0].threads).toHaveLength(3)
    fireEvent.keyDown(focused(), { key: 'ArrowLeft' })
    expect(store.getState().selection).toEqual({ kind: 'process', p: 0 })
  })

  it('adds a coroutine, which turns the thread into an event-loop host', async () => {
    const { store } = renderApp()
    await openPreset('CPU-bound work on 1 vs 4 cores')
    fireEvent.click(screen.getByRole('treeitem', { name: /tile-3/ }))
    fireEvent.click(byName('Add coroutine'))
    expect(screen.getByRole('heading', { name: 'Coroutine co-1' })).toBeTruthy()
    const th = store.getState().draft.processes[0].threads[2]
    expect(th.runtime).toEqual({ kind: 'event-loop' })
    expect(th.coroutines?.[0].ops).toEqual([{ cpu: 60 }])
    expect(validateScenario(store.getState().draft).ok).toBe(true)
  })
})

describe('files', () => {
  it('says why a file that is not a scenario was not opened, and leaves the open one untouched', async () => {
    const { store, files } = renderApp()
    await openPreset('Lock contention')
    const before = store.getState().draft
    // A scenario with problems opens (open-with-problems.test.tsx); another format does not.
    const other = { ...sampleDraft(), format: 'other/format', machine: { cores: 0 } }
    files.nextOpen = { kind: 'opened', file: { name: 'broken.json', text: JSON.stringify(other) } }
    fireEvent.click(byName('Open scenario'))
    const dialog = await screen.findByRole('alertdialog', { name: 'Could not open broken.json' })
    expect(
      within(dialog).getByText(
        'format: expected "schedlab/scenario", got "other/format": not a SchedLab scenario'
      )
    ).toBeTruthy()
    expect(store.getState().draft).toBe(before)
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Close' })[0])
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('saves through the files interface, clears the unsaved mark, and reopens the same scenario', async () => {
    const { store, files } = renderApp()
    await openPreset('Lock contention')
    fireEvent.change(screen.getByLabelText('Cores'), { target: { value: '2' } })
    expect(document.title).toBe('Lock contention * — SchedLab')
    fireEvent.keyDown(window, { key: 's', ctrlKey: true })
    await waitFor(() => expect(files.saved).toHaveLength(1))
    expect(files.saved[0]).toMatchObject({ name: 'lock-contention.json', saveAs: true })
    expect(files.saved[0].text).toBe(serializeDraft(store.getState().draft))
    await waitFor(() => expect(document.title).toBe('Lock contention — SchedLab'))

    store.getState().setField(['machine', 'cores'], 3)
    files.nextOpen = {
      kind: 'opened',
      file: { name: 'lock-contention.json', text: files.saved[0].text }
    }
    fireEvent.click(byName('Open scenario'))
    // Unsaved changes: asked first.
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' })
    fireEvent.click(within(confirm).getByRole('button', { name: 'Discard changes' }))
    expect(store.getState().draft.machine.cores).toBe(2)
    expect(serializeDraft(store.getState().draft)).toBe(files.saved[0].text)
  })
})

describe('view', () => {
  it('switches theme and panels from the View menu and remembers them', async () => {
    const storage = new MemoryStorage()
    renderApp({}, storage)
    await openPreset('Lock contention')
    fireEvent.click(byName('View'))
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement.dataset.theme).toBe('dark')
    fireEvent.click(screen.getByRole('checkbox', { name: 'Scenario tree' }))
    expect(screen.queryByRole('tree')).toBeNull()
    expect(JSON.parse(storage.getItem('schedlab.prefs.v1') ?? '{}')).toMatchObject({
      theme: 'dark',
      layout: { showTree: false }
    })
  })

  it('resizes a panel from the keyboard', async () => {
    const { store } = renderApp()
    await openPreset('Lock contention')
    const splitter = screen.getByRole('separator', { name: 'Resize the scenario tree' })
    const before = store.getState().layout.treeWidth
    fireEvent.keyDown(splitter, { key: 'ArrowRight' })
    expect(store.getState().layout.treeWidth).toBe(before + 16)
  })
})

describe('generator and languages', () => {
  it('creates a workload with the same generator as the CLI', async () => {
    const { store } = renderApp()
    fireEvent.click(byName('Generate random workload'))
    const dialog = screen.getByRole('dialog', { name: 'Generate a random workload' })
    fireEvent.change(within(dialog).getByLabelText('Processes'), { target: { value: '3' } })
    expect(within(dialog).getByText(/schedlab generate --processes 3 /)).toBeTruthy()
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create workload' }))
    await screen.findByRole('button', { name: 'Run' })
    expect(store.getState().draft.processes).toHaveLength(3)
    expect(store.getState().source).toBe('generated')
  })

  it('speaks Simplified Chinese when chosen, presets included', async () => {
    const { store } = renderApp({ locale: 'zh-CN' })
    expect(screen.getByRole('heading', { name: '从预设开始' })).toBeTruthy()
    fireEvent.click(byName('每请求一线程 vs 事件循环'))
    await screen.findByRole('button', { name: '运行' })
    expect(store.getState().draft.name).toBe('每请求一线程 vs 事件循环')
    expect(document.title).toBe('每请求一线程 vs 事件循环 — SchedLab')
    expect(screen.getByLabelText('核数')).toBeTruthy()
    expect(screen.getByLabelText('时间片')).toBeTruthy()
    act(() => store.getState().setLanguage('en'))
    expect(byName('Run')).toBeTruthy()
    expect(document.documentElement.lang).toBe('en')
  })
})
