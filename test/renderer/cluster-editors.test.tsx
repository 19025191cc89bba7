// The cluster builder of issue 17 as a user meets it: a cluster built from a blank scenario
// (nodes, network, services, requests, faults), renames that carry every reference along in one
// undo step, the process's node picker, Delete on a node row, problems placed on cluster items,
// and docs/examples/cluster-shop.json through open → edit → save with every cluster field kept.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { validateScenario } from '../../sim-core/index'
import { shapeDraft } from '../../renderer/src/files/draft-shape'
import { blankScenario } from '../../renderer/src/scenario/blank'
import { hasDraftShape, type Draft } from '../../renderer/src/scenario/draft'
import { renderApp } from './app-helpers'

const SHOP_TEXT = readFileSync(join(process.cwd(), 'docs/examples/cluster-shop.json'), 'utf8')
const shop = (): Draft => JSON.parse(SHOP_TEXT) as Draft

function open(draft: Draft = blankScenario('New scenario')) {
  return renderApp({ document: { draft, source: 'new', fileName: null }, screen: 'workbench' })
}
const button = (name: string) => screen.getByRole('button', { name })
const treeItem = (name: RegExp) => screen.getByRole('treeitem', { name })
const treeLabels = () =>
  screen.getAllByRole('treeitem').map((r) => r.querySelector('.tree-label')?.textContent)
const title = () => document.getElementById('inspector-title')?.textContent
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const rename = (label: string, value: string) => {
  fireEvent.change(input(label), { target: { value } })
  fireEvent.blur(input(label))
}

describe('building a cluster from a blank scenario', () => {
  it('adds two nodes, a service on both, a request stream and a fault; the result validates', () => {
    const { store } = open()
    // A blank scenario is one machine: no cluster rows (the tree is as before).
    expect(treeLabels()).not.toContain('Nodes')
    fireEvent.click(treeItem(/^Machine/))
    fireEvent.click(button('Add node'))
    expect(title()).toBe('Node node-1')
    expect(store.getState().draft.nodes).toEqual([{ name: 'node-1', machine: { cores: 1 } }])
    expect(treeLabels()).toEqual(
      expect.arrayContaining(['Nodes', 'node-1', 'Network', 'Services', 'Requests', 'Faults'])
    )
    fireEvent.change(input('Node cores'), { target: { value: '2' } })
    fireEvent.click(treeItem(/^Nodes/))
    fireEvent.click(button('Add node'))
    expect(title()).toBe('Node node-2')

    fireEvent.click(treeItem(/^Services/))
    fireEvent.click(button('Add service'))
    // The new service runs on the first node; the second is one tick away.
    fireEvent.click(screen.getByRole('checkbox', { name: 'node-2' }))
    fireEvent.change(input('Service 1 balancer'), { target: { value: 'least-outstanding' } })
    fireEvent.change(input('Service 1 handler threads'), { target: { value: '2' } })
    fireEvent.change(screen.getByRole('textbox', { name: 'Ops (text)' }), {
      target: { value: 'cpu 3\nio 5' }
    })
    fireEvent.click(treeItem(/^Requests/))
    fireEvent.click(button('Add requests'))
    fireEvent.change(input('Requests 1 arrivals'), { target: { value: 'poisson' } })
    fireEvent.click(treeItem(/^Faults/))
    fireEvent.click(button('Add fault'))
    fireEvent.change(input('Fault 1 node'), { target: { value: 'node-2' } })
    fireEvent.click(treeItem(/^Network/))
    fireEvent.change(input('Default latency'), { target: { value: '2' } })
    fireEvent.click(button('Add link'))
    fireEvent.change(input('Link 1 latency'), { target: { value: '1' } })

    const d = store.getState().draft
    expect(d.nodes).toEqual([
      { name: 'node-1', machine: { cores: 2 } },
      { name: 'node-2', machine: { cores: 1 } }
    ])
    expect(d.services).toEqual([
      {
        name: 'service-1',
        replicas: ['node-1', 'node-2'],
        balancer: 'least-outstanding',
        handler: { threads: 2, ops: [{ cpu: 3 }, { io: 5 }] }
      }
    ])
    expect(d.requests).toEqual([
      { to: 'service-1', kind: 'poisson', rate: 0.5, count: 10, start: 0 }
    ])
    expect(d.faults).toEqual([{ node: 'node-2', down: [100, 200] }])
    expect(d.network).toEqual({ latency: 2, links: [{ from: 'node-1', to: 'node-2', latency: 1 }] })
    expect(validateScenario(d).ok).toBe(true)
    expect(screen.getByText('No problems: the scenario is valid.')).toBeTruthy()
  })

  it('gives a process a node once the scenario has nodes, and Delete on a node row removes it', () => {
    const { store } = open()
    fireEvent.click(treeItem(/^process-1/))
    expect(screen.queryByLabelText('Node')).toBeNull()
    fireEvent.click(treeItem(/^Machine/))
    fireEvent.click(button('Add node'))
    fireEvent.click(treeItem(/^Nodes/))
    fireEvent.click(button('Add node'))
    fireEvent.click(treeItem(/^process-1/))
    fireEvent.change(input('Node'), { target: { value: 'node-2' } })
    expect(store.getState().draft.processes[0].node).toBe('node-2')
    // Back to the default: the field leaves the file.
    fireEvent.change(input('Node'), { target: { value: '' } })
    expect('node' in store.getState().draft.processes[0]).toBe(false)

    fireEvent.click(treeItem(/^node-2/))
    fireEvent.keyDown(treeItem(/^node-2/), { key: 'Delete' })
    expect(store.getState().draft.nodes?.map((n) => n.name)).toEqual(['node-1'])
    expect(title()).toBe('Node node-1')
    act(() => store.undo())
    expect(store.getState().draft.nodes?.map((n) => n.name)).toEqual(['node-1', 'node-2'])
  })
})

describe('renames in a cluster', () => {
  it('renames a node in its replicas, links, faults and processes, in one undo step', () => {
    const { store } = open(shop())
    fireEvent.click(treeItem(/^web-1/))
    rename('Name', 'web-a')
    const d = store.getState().draft
    expect(d.nodes?.[0].name).toBe('web-a')
    expect(d.services?.[0].replicas).toEqual(['web-a', 'web-2'])
    expect(d.network?.links).toEqual([{ from: 'web-a', to: 'db', latency: 1 }])
    fireEvent.click(treeItem(/^db/))
    rename('Name', 'database')
    const e = store.getState().draft
    expect(e.processes[0].node).toBe('database')
    expect(e.network?.links).toEqual([{ from: 'web-a', to: 'database', latency: 1 }])
    act(() => store.undo())
    expect(store.getState().draft.processes[0].node).toBe('db')
    expect(store.getState().draft.network?.links?.[0]).toEqual({
      from: 'web-a',
      to: 'db',
      latency: 1
    })
    fireEvent.click(treeItem(/^web-2/))
    rename('Name', 'web-b')
    expect(store.getState().draft.faults).toEqual([{ node: 'web-b', down: [100, 200] }])
    expect(validateScenario(store.getState().draft).ok).toBe(true)
  })

  it('renames a service in its request streams and every call op, in one undo step', () => {
    const d = shop()
    d.processes[0].threads[0].ops = [
      { cpu: 2 },
      { call: 'orders' },
      { repeat: 2, ops: [{ call: 'orders' }] }
    ]
    const { store } = open(d)
    fireEvent.click(treeItem(/^Services/))
    rename('Service 1 name', 'checkout')
    const ops = () => store.getState().draft.processes[0].threads[0].ops
    expect(store.getState().draft.requests?.[0].to).toBe('checkout')
    expect(ops()).toEqual([
      { cpu: 2 },
      { call: 'checkout' },
      { repeat: 2, ops: [{ call: 'checkout' }] }
    ])
    act(() => store.undo())
    expect(store.getState().draft.services?.[0].name).toBe('orders')
    expect(store.getState().draft.requests?.[0].to).toBe('orders')
    expect(ops()?.[1]).toEqual({ call: 'orders' })
  })

  it('a rename onto another node’s or service’s name moves no references; renaming back restores', () => {
    const d = shop()
    d.requests = [...(d.requests ?? []), { to: 'orders', rate: 1, count: 1 }]
    d.services = [
      ...(d.services ?? []),
      { name: 'stock', replicas: ['db'], handler: { ops: [{ cpu: 1 }] } }
    ]
    d.requests.push({ to: 'stock', rate: 1, count: 1 })
    const { store } = open(d)
    // A user fixing names one at a time passes through a duplicate: web-1 → web-2 → web-1.
    fireEvent.click(treeItem(/^web-1/))
    rename('Name', 'web-2')
    expect(store.getState().draft.services?.[0].replicas).toEqual(['web-1', 'web-2'])
    expect(validateScenario(store.getState().draft).ok).toBe(false)
    rename('Name', 'web-1')
    const e = store.getState().draft
    expect(e.services?.[0].replicas).toEqual(['web-1', 'web-2'])
    expect(e.network?.links).toEqual([{ from: 'web-1', to: 'db', latency: 1 }])
    expect(e.faults).toEqual([{ node: 'web-2', down: [100, 200] }])
    // The same for a service: stock → orders → stock keeps each stream on its own service.
    fireEvent.click(treeItem(/^Services/))
    rename('Service 2 name', 'orders')
    rename('Service 2 name', 'stock')
    expect(store.getState().draft.requests?.map((r) => r.to)).toEqual(['orders', 'orders', 'stock'])
    expect(validateScenario(store.getState().draft).ok).toBe(true)
  })

  it('accepts `call orders` in a thread’s ops text', () => {
    const { store } = open(shop())
    fireEvent.click(treeItem(/^backup/))
    fireEvent.change(screen.getByRole('textbox', { name: 'Ops (text)' }), {
      target: { value: 'cpu 1\ncall orders' }
    })
    expect(store.getState().draft.processes[0].threads[0].ops).toEqual([
      { cpu: 1 },
      { call: 'orders' }
    ])
    expect(validateScenario(store.getState().draft).ok).toBe(true)
  })
})

describe('problems in a cluster', () => {
  const problemList = () =>
    screen.getByRole('list', { name: 'Select a problem to go to its field.' })

  it('names the node at fault and selects it when clicked', () => {
    const d = shop()
    const [web1, web2, db] = d.nodes ?? []
    d.nodes = [web1, { ...web2, machine: { cores: 0 } }, db]
    open(d)
    fireEvent.click(within(problemList()).getByText(/^node web-2 · machine\.cores/))
    expect(title()).toBe('Node web-2')
    // The tree's row carries the badge of the item at fault.
    expect(treeItem(/^web-2/).querySelector('.badge-error')).not.toBeNull()
    expect(treeItem(/^web-1/).querySelector('.badge-error')).toBeNull()
  })

  it('names the service of an unknown replica and opens Services when clicked', () => {
    const d = shop()
    const [orders] = d.services ?? []
    d.services = [{ ...orders, replicas: ['web-1', 'nowhere'] }]
    open(d)
    fireEvent.click(within(problemList()).getByText(/^service orders · replicas\[1\]/))
    expect(title()).toBe('Services')
  })

  it('shows a fault window that ends before it starts on the Faults page, and goes there', () => {
    const d = shop()
    d.faults = [{ node: 'web-2', down: [200, 100] }]
    open(d)
    fireEvent.click(within(problemList()).getByText(/^fault 1 · down: expected \[from, to\]/))
    expect(title()).toBe('Faults')
    const shown = document.querySelector('[data-path="faults[0].down"]')
    expect(shown?.textContent).toBe('expected [from, to] with from < to')
  })

  it('shows a replica on a deleted node as a checked box with its problem; unchecking clears it', () => {
    const { store } = open(shop())
    fireEvent.click(treeItem(/^web-2/))
    fireEvent.click(button('Delete node'))
    // The replica (and the fault) stay on the name, reported where they are.
    expect(store.getState().draft.services?.[0].replicas).toEqual(['web-1', 'web-2'])
    fireEvent.click(within(problemList()).getByText(/^service orders · replicas\[1\]/))
    expect(title()).toBe('Services')
    const replicas = screen.getByRole('group', { name: 'Service 1 replicas' })
    const box = within(replicas).getByRole('checkbox', { name: 'web-2' }) as HTMLInputElement
    expect(box.checked).toBe(true)
    expect(within(replicas).getByText(/unknown node "web-2"/)).toBeTruthy()
    fireEvent.click(box)
    expect(store.getState().draft.services?.[0].replicas).toEqual(['web-1'])
    expect(within(replicas).queryByRole('checkbox', { name: 'web-2' })).toBeNull()
    expect(within(problemList()).queryByText(/replicas\[1\]/)).toBeNull()
  })
})

describe('a cluster file through open → edit → save', () => {
  it('keeps every cluster field of docs/examples/cluster-shop.json', async () => {
    const { store, files } = renderApp()
    files.nextOpen = { kind: 'opened', file: { name: 'cluster-shop.json', text: SHOP_TEXT } }
    fireEvent.click(screen.getByRole('button', { name: 'Open scenario…' }))
    await screen.findByRole('button', { name: 'Run' })
    expect(screen.queryByRole('alertdialog')).toBeNull()
    // Every cluster row, every node.
    expect(treeLabels()).toEqual(
      expect.arrayContaining([
        'Nodes',
        'web-1',
        'web-2',
        'db',
        'Network',
        'Services',
        'Requests',
        'Faults'
      ])
    )
    fireEvent.click(treeItem(/^db/))
    fireEvent.change(input('Node cores'), { target: { value: '8' } })
    fireEvent.keyDown(window, { key: 's', ctrlKey: true })
    await waitFor(() => expect(files.saved).toHaveLength(1))
    const saved = JSON.parse(files.saved[0].text) as Record<string, unknown>
    expect(validateScenario(saved).ok).toBe(true)
    const expected = shop() as unknown as Record<string, unknown>
    ;(expected.nodes as { machine: { cores: number } }[])[2].machine.cores = 8
    // Everything else as the file had it: nodes (with db's own scheduler), network, services,
    // requests, faults and the process's node.
    expect(saved).toEqual(expected)
    expect(store.getState().draft.nodes?.[2].scheduler).toEqual({ policy: 'rr', quantum: 2 })
  })

  it('repairs a cluster list of the wrong kind instead of crashing the editor', () => {
    const odd = { ...shop(), nodes: 5, services: [{ name: 'x', replicas: 'a', handler: 3 }] }
    const { draft, repairs } = shapeDraft(odd as unknown as Record<string, unknown>)
    expect(repairs.map((r) => r.path)).toEqual([
      'nodes',
      'services[0].replicas',
      'services[0].handler'
    ])
    expect('nodes' in draft).toBe(false)
    expect(hasDraftShape(draft)).toBe(true)
    expect(hasDraftShape(odd)).toBe(false)
    // A well-formed cluster file is its own draft: nothing copied, nothing dropped.
    const good = shop()
    expect(shapeDraft(good as unknown as Record<string, unknown>).draft).toBe(good)
  })
})

describe('the Machine page of a cluster', () => {
  it('says each node runs on its own machine instead of pointing at the read-only toolbar', () => {
    open()
    fireEvent.click(treeItem(/^Machine/))
    // One machine: its core count is the toolbar's.
    expect(screen.getByText('1 core — change the number in the toolbar.')).toBeTruthy()
    fireEvent.click(button('Add node'))
    fireEvent.click(treeItem(/^Machine/))
    expect(screen.queryByText(/change the number in the toolbar/)).toBeNull()
    expect(screen.getByText(/each node runs on its own machine/)).toBeTruthy()
  })
})
