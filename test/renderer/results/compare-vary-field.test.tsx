// Compare builds its variants with sim-core's set-path code (the code behind `schedlab compare
// --set`): replicas and balancer are path assignments, and "Vary a field" takes any PATH=V1,V2.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BALANCERS, simulate, validateScenario, type Scenario } from '../../../sim-core'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import {
  BALANCER_CHOICES,
  variantAssignments,
  variantScenario
} from '../../../renderer/src/features/compare/variants'

/** Arrivals every 2 ticks (20 of them) to one service whose handler needs 4 ticks, 2 each way, on 2 one-core nodes. */
function shop(): Scenario {
  const r = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'shop',
    machine: { cores: 1 },
    scheduler: { policy: 'fcfs' },
    processes: [{ name: 'client', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
    nodes: [
      { name: 'n0', machine: { cores: 1 } },
      { name: 'n1', machine: { cores: 1 } }
    ],
    network: { latency: 2 },
    services: [{ name: 'orders', replicas: ['n0'], handler: { threads: 1, ops: [{ cpu: 4 }] } }],
    requests: [{ to: 'orders', kind: 'uniform', rate: 0.5, count: 20 }]
  })
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.scenario
}

describe('Compare variants through set-path', () => {
  it('turns a replica count and balancer into the paths compare --set takes', () => {
    // 3 replicas on 2 nodes: the nodes in order, round again past the last.
    expect(
      variantAssignments(shop(), {
        policy: 'fcfs',
        cores: 2,
        replicas: 3,
        balancer: 'two-choices'
      })
    ).toEqual([
      { parts: ['machine', 'cores'], value: 2 },
      { parts: ['services', 0, 'replicas'], value: ['n0', 'n1', 'n0'] },
      { parts: ['services', 0, 'balancer'], value: 'two-choices' }
    ])
    const built = variantScenario(shop(), { policy: 'rr', cores: 2, replicas: 2 })
    if (!built.ok) throw new Error(built.error)
    expect(built.scenario.services?.[0].replicas).toEqual(['n0', 'n1'])
    expect(built.scenario.scheduler.policy).toBe('rr')
    expect(built.scenario.machine.cores).toBe(2)
  })

  it('reports a value that breaks the scenario naming the path that set it', () => {
    const built = variantScenario(shop(), {
      policy: 'fcfs',
      cores: 1,
      field: { parts: ['services', 0, 'replicas'], value: ['n9'] }
    })
    expect(built.ok).toBe(false)
    if (built.ok) return
    expect(built.error).toContain('services[0].replicas')
    expect(built.error).toContain('set by services[0].replicas = ["n9"]')
  })

  it("offers sim-core's balancers, not a copy of them", () => {
    expect(BALANCER_CHOICES).toBe(BALANCERS)
  })
})

describe('Compare: vary a field', () => {
  it('runs one variant per value of PATH=V1,V2 and labels it with the path', async () => {
    const scenario = shop()
    render(<ResultsPane scenario={scenario} result={simulate(scenario)} stale={false} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    const vary = screen.getByRole('textbox', { name: 'Vary a field' })
    fireEvent.change(vary, { target: { value: 'network.latency=2,6' } })
    expect(screen.getByText('2 runs')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Run comparison' }))
    })
    const table = await screen.findByRole('table', {}, { timeout: 15_000 })
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent).join('|')
    expect(heads).toContain('network.latency=2')
    expect(heads).toContain('network.latency=6')
    const tr = table.querySelector('tr[data-row="reqP99"]')
    if (!tr) throw new Error('no reqP99 row')
    const p99 = within(tr as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent?.match(/^\d+/)?.[0])
    // One replica, one core, fcfs: request i (sent at 2i) reaches it at 2i + L, starts when the
    // ones before it are done, finishes at L + 4(i + 1) and is back at 2L + 4(i + 1). Its
    // latency is 2L + 4 + 2i; the last (i = 19): L = 2 gives 46, L = 6 gives 54.
    expect(p99).toEqual(['46', '54'])
  })

  it('explains a malformed entry or a path the panel already sets, and does not run', () => {
    const scenario = shop()
    render(<ResultsPane scenario={scenario} result={simulate(scenario)} stale={false} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    const vary = screen.getByRole('textbox', { name: 'Vary a field' })
    const run = screen.getByRole('button', { name: 'Run comparison' }) as HTMLButtonElement
    fireEvent.change(vary, { target: { value: 'network.latency' } })
    expect(screen.getByRole('alert').textContent).toContain('expected path=value1,value2')
    expect(run.disabled).toBe(true)
    fireEvent.change(vary, { target: { value: 'machine.cores=1,2' } })
    expect(screen.getByRole('alert').textContent).toContain(
      'machine.cores is chosen by "Core counts" above'
    )
    expect(run.disabled).toBe(true)
    fireEvent.change(vary, { target: { value: 'network.jitter.x=1' } })
    expect(screen.getByRole('alert').textContent).toContain('network.jitter does not exist')
    fireEvent.change(vary, { target: { value: '' } })
    expect(screen.queryByRole('alert')).toBeNull()
    expect(run.disabled).toBe(false)
  })

  it('takes the replica example its help gives (the first service’s replicas are the panel’s own)', () => {
    const base = shop()
    const orders = base.services?.[0]
    if (!orders) throw new Error('shop() has a service')
    const scenario: Scenario = { ...base, services: [orders, { ...orders, name: 'stock' }] }
    render(<ResultsPane scenario={scenario} result={simulate(scenario)} stale={false} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    const vary = screen.getByRole('textbox', { name: 'Vary a field' })
    const help = document.getElementById(vary.getAttribute('aria-describedby') ?? '')?.textContent
    const example = /services\[\d+\]\.replicas=\S+/.exec(help ?? '')?.[0]
    expect(example).toBe('services[1].replicas=[n0],[n0,n1]')
    fireEvent.change(vary, { target: { value: example } })
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('2 runs')).toBeTruthy()
  })

  it('offers no core counts on a cluster (its cores are per node) and varies a node’s by path', () => {
    const scenario = shop()
    render(<ResultsPane scenario={scenario} result={simulate(scenario)} stale={false} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    // The top-level machine does not run in a cluster: a core count there would change nothing.
    expect(screen.queryByRole('textbox', { name: 'Core counts' })).toBeNull()
    expect(screen.getByText(/A cluster’s cores are its nodes’/)).toBeTruthy()
    fireEvent.change(screen.getByRole('textbox', { name: 'Vary a field' }), {
      target: { value: 'nodes[0].machine.cores=1,2' }
    })
    expect(screen.getByText('2 runs')).toBeTruthy()
    const built = variantScenario(scenario, {
      policy: 'fcfs',
      cores: scenario.machine.cores,
      field: { parts: ['nodes', 0, 'machine', 'cores'], value: 2 }
    })
    if (!built.ok) throw new Error(built.error)
    expect(built.scenario.nodes?.map((n) => n.machine.cores)).toEqual([2, 1])
  })
})
