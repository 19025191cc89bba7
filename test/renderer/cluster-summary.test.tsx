// A cluster run's headline figures: nodes, all their cores, requests done and failed and their
// latency replace the single-machine cards (thread throughput, turnaround, fairness), and the
// toolbar shows the cluster's size, read-only, where a machine's core count would be.
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario, type Scenario } from '../../sim-core'
import { PRESETS } from '../../renderer/presets/presets'
import { summaryFields } from '../../renderer/src/features/charts/summary-fields'
import { ResultsPane } from '../../renderer/src/features/results/ResultsPane'
import type { Draft } from '../../renderer/src/scenario/draft'
import { renderApp } from './app-helpers'
import { sampleDraft } from './helpers'

/** Two nodes of 2 and 3 cores; 20 requests every 2 ticks to a 4-tick handler on both, 2 each way. */
const SHOP = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'shop',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [{ name: 'client', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
  nodes: [
    { name: 'n0', machine: { cores: 2 } },
    { name: 'n1', machine: { cores: 3 } }
  ],
  network: { latency: 2 },
  services: [
    { name: 'orders', replicas: ['n0', 'n1'], handler: { threads: 1, ops: [{ cpu: 4 }] } }
  ],
  requests: [{ to: 'orders', kind: 'uniform', rate: 0.5, count: 20 }]
}

function valid(input: unknown): Scenario {
  const r = validateScenario(input)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.scenario
}

const MACHINE_KEYS = [
  'makespan',
  'utilization',
  'throughput',
  'avgTurnaround',
  'avgWaiting',
  'avgResponse',
  'contextSwitches',
  'preemptions',
  'migrations',
  'deadlineMisses',
  'fairness'
]

describe('summary cards of a cluster run', () => {
  it('shows nodes, all cores, requests and their latency instead of the thread averages', () => {
    const fields = summaryFields(simulate(valid(SHOP)))
    const text = (key: string) => fields.find((f) => f.key === key)?.text
    const value = (key: string) => fields.find((f) => f.key === key)?.value
    expect(fields.map((f) => f.key)).toEqual([
      'makespan',
      'utilization',
      'nodes',
      'clusterCores',
      'requestsCompleted',
      'requestsFailed',
      'requestThroughput',
      'latencyMean',
      'latencyP50',
      'latencyP99',
      'contextSwitches',
      'preemptions',
      'migrations'
    ])
    // 2 nodes, 2 + 3 = 5 cores.
    expect(value('nodes')).toBe(2)
    expect(value('clusterCores')).toBe(5)
    expect(fields.find((f) => f.key === 'clusterCores')?.label).toBe('Cores (all nodes)')
    // Round-robin gives each replica one request per 4 ticks, served in 4: nobody queues, so
    // every latency is 2 + 4 + 2 = 8 and all 20 complete. The last, sent at 38, is back at 46.
    expect(text('requestsCompleted')).toBe('20 of 20')
    expect(value('requestsFailed')).toBe(0)
    expect(value('latencyMean')).toBe(8)
    expect(value('latencyP50')).toBe(8)
    expect(value('latencyP99')).toBe(8)
    expect(text('latencyP99')).toBe('8 ticks')
    expect(value('requestThroughput')).toBeCloseTo(20 / 46, 10)
    expect(value('makespan')).toBe(46)
  })

  it('keeps the single-machine cards, in their order, for a run without nodes', () => {
    const { nodes: _n, network: _w, services: _s, requests: _r, ...machine } = SHOP
    const keys = summaryFields(simulate(valid(machine))).map((f) => f.key)
    expect(keys).toEqual(MACHINE_KEYS)
  })

  it('marks failed requests as an alert card (the online shop loses 1 of 120 to the fault)', () => {
    const scenario = valid(PRESETS.find((p) => p.id === 'online-shop-order-spike')?.scenario)
    const { container } = render(
      <ResultsPane scenario={scenario} result={simulate(scenario)} stale={false} />
    )
    const cards = container.querySelector('dl[aria-label="Summary"]')
    if (!cards) throw new Error('no summary cards')
    const failed = cards.querySelector('[data-field="requestsFailed"]')
    expect(failed?.classList.contains('is-alert')).toBe(true)
    expect(failed?.querySelector('dd')?.textContent).toBe('1')
    const completed = cards.querySelector('[data-field="requestsCompleted"] dd')
    expect(completed?.textContent).toBe('119 of 120')
    expect(cards.querySelector('[data-field="avgTurnaround"]')).toBeNull()
  })
})

describe('toolbar of a cluster draft', () => {
  it('shows the nodes and their cores read-only instead of the machine core count', () => {
    renderApp({
      document: { draft: SHOP as unknown as Draft, source: 'file', fileName: 'shop.json' },
      screen: 'workbench'
    })
    const toolbar = screen.getByRole('toolbar', { name: 'Toolbar' })
    const nodes = within(toolbar).getByLabelText('Nodes') as HTMLInputElement
    const cores = within(toolbar).getByLabelText('Cores') as HTMLInputElement
    expect(nodes.value).toBe('2')
    expect(cores.value).toBe('5')
    expect(cores.readOnly).toBe(true)
    expect(within(toolbar).queryByRole('spinbutton', { name: 'Cores' })).toBeNull()
  })

  it('keeps the editable core count for one machine', () => {
    renderApp({
      document: { draft: sampleDraft(), source: 'file', fileName: 'sample.json' },
      screen: 'workbench'
    })
    const toolbar = screen.getByRole('toolbar', { name: 'Toolbar' })
    expect(within(toolbar).getByRole('spinbutton', { name: 'Cores' })).toBeTruthy()
    expect(within(toolbar).queryByLabelText('Nodes')).toBeNull()
  })
})
