// Every row of the scenario tree opens its editor without taking the page down: a blank
// scenario (no locks, no devices) and every preset, by click and by arrow keys. A selector that
// returns a fresh `[]` per read makes React re-render forever (error #185) and blanks the page.
import { act, fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../renderer/presets/presets'
import { blankScenario } from '../../renderer/src/scenario/blank'
import type { Draft } from '../../renderer/src/scenario/draft'
import { renderApp } from './app-helpers'

function open(draft: Draft) {
  return renderApp({ document: { draft, source: 'new', fileName: null }, screen: 'workbench' })
}

const rows = () => screen.getAllByRole('treeitem')
const inspectorTitle = () => document.getElementById('inspector-title')?.textContent ?? ''

function visitEveryRow(): string[] {
  const seen: string[] = []
  for (let i = 0; i < rows().length; i++) {
    fireEvent.click(rows()[i])
    expect(rows()[i].getAttribute('aria-selected')).toBe('true')
    seen.push(inspectorTitle())
  }
  return seen
}

function arrowThroughEveryRow(): number {
  const first = rows()[0]
  fireEvent.click(first)
  let steps = 0
  for (let i = 1; i < rows().length; i++) {
    const current = rows().find((r) => r.getAttribute('aria-selected') === 'true')
    if (!current) throw new Error('no selected row')
    fireEvent.keyDown(current, { key: 'ArrowDown' })
    steps++
  }
  expect(rows().at(-1)?.getAttribute('aria-selected')).toBe('true')
  return steps
}

describe('the scenario tree of a blank scenario', () => {
  it('opens Locks 0 and Devices 0 (and every other row) by click', { timeout: 30_000 }, () => {
    open(blankScenario('New scenario'))
    const titles = visitEveryRow()
    expect(titles).toContain('Locks')
    expect(titles).toContain('Devices')
    fireEvent.click(screen.getByRole('treeitem', { name: /^Locks/ }))
    expect(screen.getByText('No locks.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Add lock' }))
    expect(screen.getByLabelText('Lock 1 name')).toBeTruthy()
  })

  it('opens every row by arrow keys', { timeout: 30_000 }, () => {
    open(blankScenario('New scenario'))
    expect(arrowThroughEveryRow()).toBeGreaterThanOrEqual(5)
    expect(inspectorTitle()).toBe('Locks')
  })
})

// Every preset's tree is walked in the browser (test/e2e/tree-nodes.e2e.test.ts); here one with
// locks, devices and coroutines, since jsdom is slow.
describe('the scenario tree of a preset with locks, devices and coroutines', () => {
  it('opens every row by click and by arrow keys', { timeout: 60_000 }, () => {
    const preset = PRESETS.find((p) => p.id === 'blocking-call-in-coroutine')
    if (!preset) throw new Error('preset missing')
    const { store } = open(structuredClone(preset.scenario) as Draft)
    const titles = visitEveryRow()
    expect(titles.every((t) => t !== '')).toBe(true)
    act(() => store.getState().select({ kind: 'scenario' }))
    arrowThroughEveryRow()
  })
})

// The issue-12 presets: per-core queues with balancing, and caches with thread affinity and
// working sets, so the scheduler's queue fields and the thread's placement fields are opened.
describe('the scenario trees of the per-core and cache presets', () => {
  for (const id of ['per-core-balancing', 'cache-affinity']) {
    it(`${id}: opens every row by click`, { timeout: 60_000 }, () => {
      const preset = PRESETS.find((p) => p.id === id)
      if (!preset) throw new Error('preset missing')
      open(structuredClone(preset.scenario) as Draft)
      const titles = visitEveryRow()
      expect(titles.every((t) => t !== '')).toBe(true)
      fireEvent.click(screen.getByRole('treeitem', { name: /^Scheduler/ }))
      expect((screen.getByLabelText('Run queues') as HTMLSelectElement).value).toBe('per-core')
      expect(screen.getByTestId('balance-fields')).toBeTruthy()
    })
  }
})

// The issue-13 presets: the scheduler row shows the policy's fields and, for the periodic task
// set, its utilization bound (EDF vs RM: U = 0.950 above RM's 0.828, within EDF's 1).
describe('the scenario trees of the issue-13 presets', () => {
  for (const id of ['nice-levels-cfs', 'eevdf-short-slice', 'lottery-vs-stride', 'edf-vs-rm-95']) {
    it(`${id}: opens every row by click`, { timeout: 60_000 }, () => {
      const preset = PRESETS.find((p) => p.id === id)
      if (!preset) throw new Error('preset missing')
      open(structuredClone(preset.scenario) as Draft)
      const titles = visitEveryRow()
      expect(titles.every((t) => t !== '')).toBe(true)
      fireEvent.click(screen.getByRole('treeitem', { name: /^Scheduler/ }))
      const bound = screen.queryByTestId('task-set-bound')
      if (id === 'edf-vs-rm-95') {
        expect(bound?.textContent).toContain('0.950')
        expect(screen.getByTestId('task-set-rm').textContent).toMatch(/0\.828.*not guaranteed/)
        expect(screen.getByTestId('task-set-edf').textContent).toMatch(/schedulable by the bound/)
      } else expect(bound).toBeNull()
    })
  }
})
