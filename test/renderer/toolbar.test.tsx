// The workbench toolbar in a narrow window (the layout itself is checked in Chromium, in
// test/e2e/toolbar.e2e.test.ts): the actions moved into More stay reachable and named.
import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { COMPACT_TOOLBAR_QUERY } from '../../renderer/src/features/shell/Toolbar'
import { renderApp } from './app-helpers'
import { sampleDraft } from './helpers'

/** A window for which `COMPACT_TOOLBAR_QUERY` does or does not match. */
function windowWidth(narrow: boolean) {
  vi.stubGlobal('matchMedia', (media: string) => ({
    matches: narrow && media === COMPACT_TOOLBAR_QUERY,
    media,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false
  }))
}

function open() {
  return renderApp({
    document: { draft: sampleDraft(), source: 'file', fileName: 'sample.json' },
    screen: 'workbench'
  })
}

const toolbar = () => screen.getByRole('toolbar', { name: 'Toolbar' })
const tool = (name: string) => within(toolbar()).queryByRole('button', { name })
const MOVED = ['New scenario', 'Save as', 'Recent files', 'Presets', 'Generate']
const KEPT = ['Start page', 'Open scenario', 'Save scenario', 'Undo', 'Redo', 'Run', 'View']

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('toolbar', () => {
  it('shows every action on its own in a wide window', () => {
    windowWidth(false)
    open()
    for (const name of [...MOVED, ...KEPT]) expect(tool(name), name).not.toBeNull()
    expect(tool('More actions')).toBeNull()
  })

  it('in a narrow window, moves the rarer actions into More, named and keyboard-reachable', () => {
    windowWidth(true)
    const { store } = open()
    for (const name of KEPT) expect(tool(name), name).not.toBeNull()
    for (const name of MOVED) expect(tool(name), name).toBeNull()
    // Icon-only buttons keep their names.
    expect(tool('View')?.textContent).toBe('')
    expect(within(toolbar()).queryByText('SchedLab')).toBeNull()

    // Right arrow from Save reaches More; Enter opens it and focuses its first item.
    const save = tool('Save scenario')
    if (!save) throw new Error('no Save button')
    save.focus()
    fireEvent.keyDown(save, { key: 'ArrowRight' })
    const more = tool('More actions')
    expect(document.activeElement).toBe(more)
    if (!more) throw new Error('no More button')
    fireEvent.click(more)
    expect(more.getAttribute('aria-expanded')).toBe('true')
    const panel = screen.getByRole('group', { name: 'More actions' })
    for (const name of ['New scenario', 'Save as', 'Presets', 'Generate']) {
      expect(within(panel).getByRole('button', { name }), name).toBeTruthy()
    }
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'New scenario' }))
    expect(within(panel).getByText('No recent files yet.')).toBeTruthy()

    fireEvent.click(within(panel).getByRole('button', { name: 'Presets' }))
    expect(store.getState().dialog.kind).toBe('presets')
    expect(screen.queryByRole('group', { name: 'More actions' })).toBeNull()
  })
})
