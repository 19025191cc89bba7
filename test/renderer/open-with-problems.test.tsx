// Issue 11, "saving never strands work": a file with problems opens as written, its problems
// listed and Run refused; values of the wrong type anywhere must not break an editor.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DesktopApi } from '../../main/ipc/contract'
import { App } from '../../renderer/src/App'
import { createDesktopFiles } from '../../renderer/src/files/desktop-files'
import { blankScenario, serializeDraft } from '../../renderer/src/scenario/blank'
import { createAppStore } from '../../renderer/src/store/store'
import { renderApp } from './app-helpers'
import { MemoryStorage } from './helpers'

const byName = (name: string | RegExp) => screen.getByRole('button', { name })

/** A scenario with a value of the wrong type in nearly every field the editors show. */
function wrongTypes(scheduler: Record<string, unknown>): Record<string, unknown> {
  return {
    format: 'schedlab/scenario',
    version: '1',
    name: 42,
    description: 7,
    timeUnit: 3,
    seed: 'x',
    machine: { cores: 'two', costs: { threadSwitch: 'a', migration: null } },
    scheduler,
    devices: [{ name: 1, channels: 'c' }, 7],
    locks: [{ name: {}, kind: 9, permits: 'p', protocol: [] }, 'db'],
    processes: [
      {
        name: 3,
        arrival: 'a',
        priority: null,
        nice: 'n',
        tickets: {},
        affinity: ['0', null, { core: 1 }],
        threads: [
          {
            name: null,
            arrival: [],
            ops: [
              { cpu: 'x' },
              { io: 'y', device: 5 },
              { sleep: null },
              { lock: 3 },
              { unlock: [] },
              { yield: 'no' },
              { repeat: 'r', ops: [{ cpu: {} }, 'cpu 1'] },
              {},
              { bogus: 1 },
              7
            ],
            periodic: { period: 'p', deadline: {}, offset: 'o', jobs: null }
          },
          {
            name: 'host',
            runtime: { kind: 5, workers: 'w' },
            coroutines: [
              { name: 8, arrival: 'a', ops: [{ await: 'w', device: 1 }, { cpu: true }] },
              4
            ]
          },
          {
            name: 'mn',
            runtime: { kind: 'm:n', workers: 'w' },
            periodic: 'every 5',
            coroutines: [{ name: 'c', ops: [{ cpu: 1 }, { await: [] }] }]
          },
          { name: 'el', runtime: 'event-loop', coroutines: 'none', ops: { cpu: 1 } }
        ]
      },
      { name: 'p2', threads: 'none' },
      { name: { en: 'p3' }, threads: [{ name: 't', ops: [{ cpu: 1 }] }] }
    ],
    limits: { maxTime: 't', maxEvents: [] }
  }
}

const SCHEDULERS: Record<string, unknown>[] = [
  {
    policy: 'mlfq',
    levels: [{ quantum: 'q', allotment: [] }, 5],
    boost: 'b',
    ioResetsAllotment: 'yes'
  },
  { policy: 7, quantum: 'q' },
  { policy: 'priority', preemptive: 'x', aging: { interval: 'i', step: {} }, quantum: null },
  { policy: 'rr', quantum: '4', readyOrder: 1, switchOnIo: 'no' },
  { policy: 'sjf', estimate: 3, alpha: 'half', initial: [] }
]

let errors: unknown[] = []
beforeEach(() => {
  errors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args))
})
afterEach(() => vi.restoreAllMocks())

describe('a file with values of the wrong type', () => {
  it.each(SCHEDULERS.map((s) => [String(s.policy), s]))(
    'opens (scheduler %s), and every tree node shows its editor without an error',
    async (_policy, scheduler) => {
      const { store, files } = renderApp()
      const doc = wrongTypes(scheduler)
      files.nextOpen = { kind: 'opened', file: { name: 'odd.json', text: JSON.stringify(doc) } }
      fireEvent.click(byName('Open scenario…'))
      // Lists of the wrong kind (here processes[1].threads) are replaced, and the dialog says so.
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Opened odd.json with changes'
      })
      expect(within(dialog).getByText(/^processes\[1\]\.threads: expected a list/)).toBeTruthy()
      fireEvent.click(within(dialog).getAllByRole('button', { name: 'Close' })[0])
      expect(store.getState().draft.name).toBe(42)
      // Shown as written: a number, or an object as JSON (not "[object Object]").
      expect(screen.getByLabelText('Name')).toHaveProperty('value', '42')
      // processes[2], the 14th row: `#3` in the tree, its name not being text.
      fireEvent.click(within(screen.getByRole('tree')).getAllByRole('treeitem')[13])
      expect(screen.getByLabelText('Name')).toHaveProperty('value', '{"en":"p3"}')

      const items = () => within(screen.getByRole('tree')).getAllByRole('treeitem')
      // scenario, machine, scheduler, processes, 3 processes, 4 threads, 3 coroutines, devices,
      // channels, locks; the other schedulers only change what the scheduler node shows.
      expect(items()).toHaveLength(18)
      const visit = scheduler === SCHEDULERS[0] ? items().map((_, i) => i) : [2]
      for (const i of visit) {
        act(() => fireEvent.click(items()[i]))
        expect(document.getElementById('inspector-title')?.textContent).toMatch(/./)
        expect(screen.queryByText('This item no longer exists.')).toBeNull()
      }
      // The problems list names them; Run is disabled and says why when pressed.
      expect(screen.getByRole('heading', { name: /^Problems \(\d+\)$/ })).toBeTruthy()
      const run = byName('Run')
      expect(run.getAttribute('aria-disabled')).toBe('true')
      expect(errors).toEqual([])
    },
    60_000
  )
})

describe('a scenario saved with problems', () => {
  it('opens again as it was saved: problems listed, Run disabled until they are fixed', async () => {
    const { store, files } = renderApp()
    const draft = blankScenario('half built')
    draft.scheduler = { policy: 'rr', quantum: 0 }
    draft.processes[0].threads[0].ops = [{ lock: 'db' }, { cpu: 2 }, { unlock: 'db' }]
    const text = serializeDraft(draft)
    files.nextOpen = { kind: 'opened', file: { name: 'half.json', text } }
    fireEvent.click(byName('Open scenario…'))
    await screen.findByRole('button', { name: 'Run' })
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(serializeDraft(store.getState().draft)).toBe(text)
    expect(document.title).toBe('half built — SchedLab')
    await waitFor(() =>
      expect(store.getState().notice?.text).toBe(
        'Opened half.json. It has 1 problem (see Problems); Run works once it is fixed.'
      )
    )
    // The schema's problem first (the undeclared lock shows once the schema is satisfied).
    expect(screen.getByRole('heading', { name: 'Problems (1)' })).toBeTruthy()
    expect(byName('Run').getAttribute('aria-disabled')).toBe('true')
    await waitFor(() => expect(screen.getByText(/fix it to run the scenario/)).toBeTruthy())

    // Saving writes it back unchanged.
    fireEvent.keyDown(window, { key: 's', ctrlKey: true })
    await waitFor(() => expect(files.saved).toHaveLength(1))
    expect(files.saved[0].text).toBe(text)

    // Fixed: Run is enabled again.
    act(() => {
      store.getState().setField(['scheduler', 'quantum'], 4)
      store.getState().setField(['locks'], [{ name: 'db' }])
    })
    expect(byName('Run').hasAttribute('aria-disabled')).toBe(false)
  })

  it('refuses a file that is not a scenario, says why, and keeps the open document', async () => {
    const { store, files } = renderApp()
    fireEvent.click(byName('New scenario'))
    await screen.findByRole('button', { name: 'Run' })
    const before = store.getState().draft
    files.nextOpen = { kind: 'opened', file: { name: 'notes.json', text: 'just some notes' } }
    fireEvent.keyDown(window, { key: 'o', ctrlKey: true })
    const dialog = await screen.findByRole('alertdialog', { name: 'Could not open notes.json' })
    expect(
      within(dialog).getByText(/It is not a SchedLab scenario, so it was not opened/)
    ).toBeTruthy()
    expect(within(dialog).getByText(/^not valid JSON/)).toBeTruthy()
    expect(store.getState().draft).toBe(before)
  })

  it('opens the same way in the desktop app, where main reads the file', async () => {
    const draft = blankScenario('desktop draft')
    draft.machine = { cores: 0 }
    const text = serializeDraft(draft)
    const api: DesktopApi = {
      openScenario: async () => ({ ok: true, value: { name: 'draft.json', text } }),
      saveScenario: async (name) => ({ ok: true, value: name }),
      saveExport: async () => ({ ok: true, value: null }),
      setLanguage: async () => ({ ok: true, value: null }),
      onMenuCommand: () => () => {}
    }
    const store = createAppStore({ storage: null, locale: 'en-US' })
    render(
      <App services={{ store, files: createDesktopFiles(api), storage: new MemoryStorage() }} />
    )
    fireEvent.click(byName('Open scenario…'))
    await screen.findByRole('button', { name: 'Run' })
    expect(serializeDraft(store.getState().draft)).toBe(text)
    expect(byName('Run').getAttribute('aria-disabled')).toBe('true')
  })
})
