// The thread inspector as a user meets it: runtime changes that leave nothing unfixable,
// hints that only advertise what is accepted, Add with a count, and accessible names.
import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { validateScenario } from '../../sim-core/index'
import { parseOps } from '../../renderer/src/features/editor/ops-text'
import { en } from '../../renderer/src/i18n/en'
import { zh } from '../../renderer/src/i18n/zh'
import { blankScenario } from '../../renderer/src/scenario/blank'
import type { Draft } from '../../renderer/src/scenario/draft'
import { renderApp } from './app-helpers'

function open(draft: Draft = blankScenario('New scenario')) {
  return renderApp({ document: { draft, source: 'new', fileName: null }, screen: 'workbench' })
}
const button = (name: string) => screen.getByRole('button', { name })
const treeItem = (name: RegExp) => screen.getByRole('treeitem', { name })
const statusBar = () => within(screen.getByRole('contentinfo'))

describe('the runtime of a thread', () => {
  it(
    'moves the ops into a coroutine on Event loop, and back on None, with no problem left',
    {
      timeout: 30_000
    },
    () => {
      const { store } = open()
      fireEvent.click(treeItem(/^main/))
      fireEvent.change(screen.getByLabelText('Runtime'), { target: { value: 'event-loop' } })
      const th = () => store.getState().draft.processes[0].threads[0]
      expect(th().coroutines).toEqual([{ name: 'co-1', ops: [{ cpu: 5 }, { io: 10 }, { cpu: 3 }] }])
      expect(store.getState().notice?.text).toBe('The thread’s ops moved into coroutine co-1.')
      expect(statusBar().getByText('Valid')).toBeTruthy()

      fireEvent.change(screen.getByLabelText('Runtime'), { target: { value: '' } })
      expect(th()).toEqual({ name: 'main', ops: [{ cpu: 5 }, { io: 10 }, { cpu: 3 }] })
      expect(statusBar().getByText('Valid')).toBeTruthy()
      // One undo step each way.
      act(() => store.undo())
      expect(th().runtime).toEqual({ kind: 'event-loop' })
    }
  )

  it('shows a host’s ops (from a file) with a way to fix them, in user words', () => {
    const d = blankScenario('x')
    d.processes[0].threads[0] = {
      name: 'main',
      runtime: { kind: 'event-loop' },
      ops: [{ cpu: 1 }],
      coroutines: [{ name: 'co-1', ops: [{ cpu: 2 }] }]
    }
    const { store } = open(d)
    fireEvent.click(treeItem(/^main/))
    expect(
      screen.getByText('A host thread runs only its coroutines, so these ops would never run.')
    ).toBeTruthy()
    expect(screen.getByLabelText('Ops (text)')).toBeTruthy()
    fireEvent.click(button('Move the ops into a new coroutine'))
    expect(store.getState().draft.processes[0].threads[0].coroutines?.map((c) => c.name)).toEqual([
      'co-2',
      'co-1'
    ])
    expect(validateScenario(store.getState().draft).ok).toBe(true)
  })

  it('turns coroutines without a host (from a file) into threads, and says so in user words', () => {
    const d = blankScenario('x')
    d.processes[0].threads[0] = {
      name: 'main',
      ops: [],
      coroutines: [
        { name: 'a', ops: [{ cpu: 1 }, { await: 2 }] },
        { name: 'b', ops: [{ cpu: 3 }] }
      ]
    }
    const { store } = open(d)
    fireEvent.click(treeItem(/^main/))
    const problems = screen.getByRole('list', { name: 'Select a problem to go to its field.' })
    expect(problems.textContent).toContain(
      'coroutines run only on a host thread: give this thread a runtime (event loop or M:N)'
    )
    expect(problems.textContent).not.toContain('{"kind"')
    fireEvent.click(button('Turn the coroutines into threads'))
    expect(store.getState().draft.processes[0].threads).toEqual([
      { name: 'main', ops: [{ cpu: 1 }, { io: 2 }] },
      { name: 'b', ops: [{ cpu: 3 }] }
    ])
    expect(statusBar().getByText('Valid')).toBeTruthy()
  })

  it('is not offered to a periodic thread, and Add coroutine says why', () => {
    open()
    fireEvent.click(treeItem(/^main/))
    fireEvent.click(screen.getByLabelText('Periodic'))
    const add = button('Add coroutine') as HTMLButtonElement
    expect(add.disabled).toBe(true)
    expect(add.getAttribute('aria-describedby')).toBeTruthy()
    expect(document.getElementById(add.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'A periodic thread cannot host coroutines: turn Periodic off first'
    )
    const eventLoop = screen.getByRole('option', { name: /^Event loop/ }) as HTMLOptionElement
    expect(eventLoop.disabled).toBe(true)
  })
})

describe('adding many at once', () => {
  it('adds 8 coroutines numbered on from the last, in one undo step', { timeout: 30_000 }, () => {
    const { store } = open()
    fireEvent.click(treeItem(/^main/))
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Coroutines to add' }), {
      target: { value: '8' }
    })
    fireEvent.click(button('Add 8 coroutines'))
    const names = () =>
      store.getState().draft.processes[0].threads[0].coroutines?.map((c) => c.name)
    expect(names()).toEqual(['co-1', 'co-2', 'co-3', 'co-4', 'co-5', 'co-6', 'co-7', 'co-8'])
    expect(statusBar().getByText('Valid')).toBeTruthy()
    act(() => store.undo())
    expect(names()).toBeUndefined()
  })

  it('adds threads numbered on from the last', () => {
    const { store } = open()
    fireEvent.click(treeItem(/^process-1/))
    act(() => store.getState().setField(['processes', 0, 'threads', 0, 'name'], 'worker-1'))
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Threads to add' }), {
      target: { value: '3' }
    })
    fireEvent.click(button('Add 3 threads'))
    expect(store.getState().draft.processes[0].threads.map((t) => t.name)).toEqual([
      'worker-1',
      'worker-2',
      'worker-3',
      'worker-4'
    ])
  })
})

describe('hints and names', () => {
  it('give every ops example in words the parser accepts there', () => {
    const example = (hint: string) => hint.replace(/^(e\.g\.|例如)\s*/, '')
    for (const dict of [en, zh]) {
      expect(parseOps(example(dict['ops.textHint']), 'thread').ok).toBe(true)
      expect(parseOps(example(dict['ops.textHintCoroutine']), 'coroutine').ok).toBe(true)
    }
  })

  it('say nice is the CFS/EEVDF weight and tickets the lottery/stride share', () => {
    open()
    fireEvent.click(treeItem(/^process-1/))
    expect(screen.getByText('-20 to 19; the weight under CFS and EEVDF')).toBeTruthy()
    // lottery and stride exist too once their branch is merged, so the tickets hint says what they do.
    expect(
      screen.getByText(
        "1 to 1,000,000; under lottery and stride a thread's CPU share is its tickets over the ready threads' total"
      )
    ).toBeTruthy()
  })

  it('names every Add control and the ops text field', () => {
    open()
    expect(button('Add process')).toBeTruthy()
    fireEvent.click(treeItem(/^process-1/))
    expect(button('Add thread')).toBeTruthy()
    fireEvent.click(treeItem(/^main/))
    expect(button('Add coroutine')).toBeTruthy()
    expect(screen.getByRole('textbox', { name: 'Ops (text)' })).toBeTruthy()
    fireEvent.click(treeItem(/^Locks/))
    expect(button('Add lock')).toBeTruthy()
    fireEvent.click(treeItem(/^Devices/))
    expect(button('Add device')).toBeTruthy()
  })
})
