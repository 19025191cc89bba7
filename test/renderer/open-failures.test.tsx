// Every failed open shows its problems in a dialog, from the start page too (issue 15): a file
// too large or too deeply nested showed nothing there (the status bar that got the notice is
// the workbench's). And the documents the desktop app hands over (a launch file, a file main
// could not read, a crash autosave the user restored) open through the same paths.
import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DesktopApi, IncomingDocument } from '../../main/ipc/contract'
import { App } from '../../renderer/src/App'
import { createDesktopFiles } from '../../renderer/src/files/desktop-files'
import { serializeDraft } from '../../renderer/src/scenario/blank'
import { createAppStore } from '../../renderer/src/store/store'
import { renderApp } from './app-helpers'
import { MemoryStorage, sampleDraft } from './helpers'

afterEach(() => {
  delete window.schedlab
})

const openFromStart = () => fireEvent.click(screen.getByRole('button', { name: /^Open scenario…/ }))

describe('failed opens on the start page', () => {
  it('a file too large: the dialog says so, named by the file when it is known', async () => {
    const { files, store } = renderApp()
    expect(store.getState().screen).toBe('start')
    files.nextOpen = {
      kind: 'failed',
      name: 'huge.json',
      message: 'huge.json is 17.0 MB; a scenario file may be at most 16 MB'
    }
    openFromStart()
    const dialog = await screen.findByRole('alertdialog', { name: 'Could not open huge.json' })
    expect(
      within(dialog).getByText('huge.json is 17.0 MB; a scenario file may be at most 16 MB')
    ).toBeTruthy()
    expect(store.getState().screen).toBe('start')
  })

  it('main refused the file (no name given): "Could not open the file" with main’s reason', async () => {
    const api: DesktopApi = {
      openScenario: async () => ({
        ok: false,
        error: 'big.json is too large (17.0 MB; at most 16 MB)'
      }),
      saveScenario: async () => ({ ok: true, value: null }),
      saveExport: async () => ({ ok: true, value: null }),
      setLanguage: async () => ({ ok: true, value: null }),
      onMenuCommand: () => () => {}
    }
    const store = createAppStore({ storage: null, locale: 'en-US' })
    render(
      <App services={{ store, files: createDesktopFiles(api), storage: new MemoryStorage() }} />
    )
    openFromStart()
    const dialog = await screen.findByRole('alertdialog', { name: 'Could not open the file' })
    expect(within(dialog).getByText('big.json is too large (17.0 MB; at most 16 MB)')).toBeTruthy()
  })

  it('a too-large file dropped on the start page: the dialog, named by the file', async () => {
    const { container } = renderApp()
    const huge = new File([new Uint8Array(17 * 1024 * 1024)], 'huge.json')
    const app = container.querySelector('.app') as HTMLElement
    fireEvent.drop(app, { dataTransfer: { types: ['Files'], files: [huge] } })
    const dialog = await screen.findByRole('alertdialog', { name: 'Could not open huge.json' })
    expect(
      within(dialog).getByText('huge.json is 17.0 MB; a scenario file may be at most 16 MB')
    ).toBeTruthy()
  })

  it('a file nested too deeply: the dialog names the path and the limit', async () => {
    const { files } = renderApp()
    let deep: unknown = 1
    for (let i = 0; i < 80; i++) deep = { a: deep }
    files.nextOpen = {
      kind: 'opened',
      file: { name: 'deep.json', text: JSON.stringify({ ...sampleDraft(), x: deep }) }
    }
    openFromStart()
    const dialog = await screen.findByRole('alertdialog', { name: 'Could not open deep.json' })
    expect(within(dialog).getByText(/nesting deeper than 64 levels$/)).toBeTruthy()
  })
})

describe('documents the desktop app hands over', () => {
  /** A bridge whose main has `docs` waiting when the page subscribes. */
  function desktopWith(docs: IncomingDocument[]): { writes: string[] } {
    const writes: string[] = []
    window.schedlab = {
      openScenario: async () => ({ ok: true, value: null }),
      saveScenario: async () => ({ ok: true, value: null }),
      saveExport: async () => ({ ok: true, value: null }),
      setLanguage: async () => ({ ok: true, value: null }),
      onMenuCommand: () => () => {},
      onIncomingDocument: (listener) => {
        queueMicrotask(() => docs.forEach(listener))
        return () => {}
      },
      writeRecovery: async (record) => {
        writes.push(record)
        return { ok: true, value: null }
      }
    }
    return { writes }
  }

  it('opens a launch file like any opened file', async () => {
    const text = serializeDraft(sampleDraft())
    desktopWith([{ kind: 'file', name: 'lab.schedlab.json', text }])
    const { store } = renderApp()
    await screen.findByRole('button', { name: 'Run' })
    expect(store.getState().fileName).toBe('lab.schedlab.json')
    expect(serializeDraft(store.getState().draft)).toBe(text)
  })

  it('shows why main could not read a file', async () => {
    desktopWith([{ kind: 'unreadable', name: 'gone.json', error: 'gone.json does not exist' }])
    renderApp()
    const dialog = await screen.findByRole('alertdialog', { name: 'Could not open gone.json' })
    expect(within(dialog).getByText('gone.json does not exist')).toBeTruthy()
  })

  it('restores a crash autosave as unsaved work, and autosave writes the recovery record', async () => {
    const draft = { ...sampleDraft(), name: 'lost work' }
    const record = { id: 'doc-9', draft, fileName: 'lab.json', unsaved: true, at: 5 }
    const { writes } = desktopWith([{ kind: 'recovered', text: JSON.stringify(record) }])
    const { store } = renderApp()
    await screen.findByRole('button', { name: 'Run' })
    const s = store.getState()
    expect(s.draft.name).toBe('lost work')
    expect(s.fileName).toBe('lab.json')
    expect(s.recoveredFrom).toBe('doc-9')
    // The autosave also goes to main's recovery folder, as the page's own record.
    const recorded = () =>
      writes.map((w) => JSON.parse(w) as { draft?: { name?: string }; unsaved?: boolean })
    await vi.waitFor(() => expect(recorded().at(-1)?.draft?.name).toBe('lost work'))
    const last = recorded().at(-1)
    expect(last?.unsaved).toBe(true)
  })
})
