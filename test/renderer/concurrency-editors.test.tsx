// The editors of issue 14 as a user meets them: channels in the tree (add, rename with the ops
// that use them, delete, all undoable), the GIL fields of a process, the hand-off fields of an
// M:N runtime, and send/recv/timeouts in the ops rows.
import { act, fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { blankScenario } from '../../renderer/src/scenario/blank'
import type { Draft } from '../../renderer/src/scenario/draft'
import { renderApp } from './app-helpers'

function open(draft: Draft = blankScenario('New scenario')) {
  return renderApp({ document: { draft, source: 'new', fileName: null }, screen: 'workbench' })
}
const button = (name: string) => screen.getByRole('button', { name })
const treeItem = (name: RegExp) => screen.getByRole('treeitem', { name })

/** Two coroutines of one event loop talking over `orders`. */
function pipeline(): Draft {
  const d = blankScenario('pipeline')
  const withChannels = d as Draft & { channels: { name: string; capacity: number }[] }
  withChannels.channels = [{ name: 'orders', capacity: 0 }]
  d.processes[0].threads[0] = {
    name: 'loop',
    runtime: { kind: 'event-loop' },
    coroutines: [
      { name: 'producer', ops: [{ cpu: 1 }, { send: 'orders' }] },
      { name: 'consumer', ops: [{ recv: 'orders', timeout: 5 }, { cpu: 1 }] }
    ]
  }
  return d
}

const channelsOf = (d: Draft) => (d as Draft & { channels?: unknown }).channels

describe('the Channels page', () => {
  it('adds a rendezvous channel to a blank scenario, and deletes it again (both undoable)', () => {
    const { store } = open()
    fireEvent.click(treeItem(/^Channels/))
    expect(screen.getByText('No channels.')).toBeTruthy()
    fireEvent.click(button('Add channel'))
    expect(channelsOf(store.getState().draft)).toEqual([{ name: 'channel-1', capacity: 0 }])
    expect((screen.getByLabelText('Channel 1 name') as HTMLInputElement).value).toBe('channel-1')
    // The tree row counts it.
    expect(treeItem(/^Channels/).textContent).toContain('1')
    fireEvent.click(button('Delete channel 1'))
    // An emptied list leaves the file, as devices and locks do.
    expect(channelsOf(store.getState().draft)).toBeUndefined()
    act(() => store.undo())
    expect(channelsOf(store.getState().draft)).toEqual([{ name: 'channel-1', capacity: 0 }])
  })

  it('renames a channel and every send and recv that names it, in one undo step', () => {
    const { store } = open(pipeline())
    fireEvent.click(treeItem(/^Channels/))
    const name = screen.getByLabelText('Channel 1 name')
    fireEvent.change(name, { target: { value: 'jobs' } })
    // Nothing is renamed while typing: "job" on the way to "jobs" would rename the ops too.
    expect(channelsOf(store.getState().draft)).toEqual([{ name: 'orders', capacity: 0 }])
    fireEvent.blur(name)
    const cos = () => store.getState().draft.processes[0].threads[0].coroutines ?? []
    expect(channelsOf(store.getState().draft)).toEqual([{ name: 'jobs', capacity: 0 }])
    expect(cos()[0].ops[1]).toEqual({ send: 'jobs' })
    expect(cos()[1].ops[0]).toEqual({ recv: 'jobs', timeout: 5 })
    act(() => store.undo())
    expect(channelsOf(store.getState().draft)).toEqual([{ name: 'orders', capacity: 0 }])
    expect(cos()[1].ops[0]).toEqual({ recv: 'orders', timeout: 5 })
    expect((screen.getByLabelText('Channel 1 name') as HTMLInputElement).value).toBe('orders')
  })

  it('sets a capacity: a bounded buffer', () => {
    const { store } = open(pipeline())
    fireEvent.click(treeItem(/^Channels/))
    fireEvent.change(screen.getByLabelText('Channel 1 capacity'), { target: { value: '2' } })
    expect(channelsOf(store.getState().draft)).toEqual([{ name: 'orders', capacity: 2 }])
  })
})

describe('the GIL and hand-off fields', () => {
  it('turns the GIL on for a process and shows its switch interval only then', () => {
    const { store } = open()
    fireEvent.click(treeItem(/^process-1/))
    expect(screen.queryByLabelText('GIL switch interval')).toBeNull()
    fireEvent.click(screen.getByLabelText('Interpreter lock (GIL)'))
    expect(store.getState().draft.processes[0]).toMatchObject({ gil: true })
    fireEvent.change(screen.getByLabelText('GIL switch interval'), { target: { value: '10' } })
    expect(store.getState().draft.processes[0]).toMatchObject({ gil: true, gilInterval: 10 })
  })

  it('offers hand-off and a thread limit on an M:N runtime only', () => {
    const { store } = open()
    fireEvent.click(treeItem(/^main/))
    expect(screen.queryByLabelText('Hand-off on blocking calls')).toBeNull()
    fireEvent.change(screen.getByLabelText('Runtime'), { target: { value: 'm:n' } })
    fireEvent.click(screen.getByLabelText('Hand-off on blocking calls'))
    fireEvent.change(screen.getByLabelText('Most threads'), { target: { value: '4' } })
    expect(store.getState().draft.processes[0].threads[0].runtime).toEqual({
      kind: 'm:n',
      workers: 2,
      handoff: true,
      maxThreads: 4
    })
  })
})

describe('send, recv and timeouts in the ops rows', () => {
  it('turns a cpu op into a recv on the first channel, then gives it a timeout', () => {
    const { store } = open(pipeline())
    fireEvent.click(treeItem(/^producer/))
    fireEvent.change(screen.getByLabelText('Op 1 type'), { target: { value: 'recv' } })
    const ops = () => store.getState().draft.processes[0].threads[0].coroutines?.[0].ops ?? []
    expect(ops()[0]).toEqual({ recv: 'orders' })
    fireEvent.change(screen.getByLabelText('Op 1 timeout (ticks; empty: none)'), {
      target: { value: '3' }
    })
    expect(ops()[0]).toEqual({ recv: 'orders', timeout: 3 })
    // recv → send keeps the channel and drops the timeout a send cannot have.
    fireEvent.change(screen.getByLabelText('Op 1 type'), { target: { value: 'send' } })
    expect(ops()[0]).toEqual({ send: 'orders' })
  })
})
