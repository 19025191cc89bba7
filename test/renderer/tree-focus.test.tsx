// Keyboard focus stays in the scenario tree when Delete removes the row that had it. Rows are
// keyed by position, so deleting the last thread of a process removes the focused element
// itself: the browser then moves focus to <body>, and a keyboard-only user had to Tab back
// through the toolbar (17 stops) to reach the tree again.
import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from './app-helpers'

describe('the scenario tree keeps focus', () => {
  it('when Delete removes the last thread of a process', async () => {
    const { store } = renderApp()
    fireEvent.click(
      screen.getByRole('button', { name: 'Processes vs threads: the price of a switch' })
    )
    await screen.findByRole('button', { name: 'Run' })
    const tree = screen.getByRole('tree')
    const threads = store.getState().draft.processes[0].threads
    const last = threads[threads.length - 1].name
    const row = within(tree).getByRole('treeitem', { name: new RegExp(`^${last}`) })
    fireEvent.click(row)
    row.focus()
    fireEvent.keyDown(row, { key: 'Delete' })
    expect(store.getState().draft.processes[0].threads).toHaveLength(threads.length - 1)
    const active = document.activeElement
    expect(active?.getAttribute('role')).toBe('treeitem')
    expect(active?.getAttribute('aria-selected')).toBe('true')
    // And the keys go on working from there.
    fireEvent.keyDown(active as Element, { key: 'ArrowLeft' })
    expect(store.getState().selection).toEqual({ kind: 'process', p: 0 })
  })
})
