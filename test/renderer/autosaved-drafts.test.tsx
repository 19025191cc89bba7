// The start page lists every kept draft: name, when, Open and Discard.
import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { listAutosaves, writeAutosave } from '../../renderer/src/files/autosave'
import { renderApp } from './app-helpers'
import { MemoryStorage, sampleDraft } from './helpers'

describe('autosaved drafts on the start page', () => {
  it('lists each draft with its time, opens one and discards another', () => {
    const storage = new MemoryStorage()
    const at = Date.UTC(2026, 11, 3, 12, 0)
    writeAutosave(storage, {
      id: 'a',
      draft: { ...sampleDraft(), name: 'tab A work' },
      fileName: null,
      unsaved: true,
      at
    })
    writeAutosave(storage, {
      id: 'b',
      draft: { ...sampleDraft(), name: 'tab B work' },
      fileName: 'b.json',
      unsaved: false,
      at: at + 60_000
    })
    const { store } = renderApp({}, storage)
    const list = screen.getByRole('list', { name: 'Autosaved drafts' })
    const items = within(list).getAllByRole('listitem')
    // Newest first.
    expect(items.map((li) => li.querySelector('.draft-name')?.textContent)).toEqual([
      'tab B work',
      'tab A work'
    ])
    expect(items[0].textContent).toMatch(/No unsaved changes, autosaved Dec 3, 2026/)
    expect(items[1].textContent).toMatch(/Unsaved changes, autosaved Dec 3, 2026/)

    fireEvent.click(screen.getByRole('button', { name: 'Discard the draft “tab B work”' }))
    expect(within(list).getAllByRole('listitem')).toHaveLength(1)
    expect(listAutosaves(storage).map((r) => r.id)).toEqual(['a'])

    fireEvent.click(screen.getByRole('button', { name: 'Open the draft “tab A work”' }))
    expect(store.getState().draft.name).toBe('tab A work')
    expect(store.getState().recoveredFrom).toBe('a')
    expect(document.title).toBe('tab A work * — SchedLab')
  })
})
