// A cluster run in the results pane: the Requests tab (latency charts, request and node tables),
// its exports (the charts as SVG, the requests as CSV) and the timeline grouped by node.
import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario, type Scenario } from '../../../sim-core'
import { PRESETS } from '../../../renderer/presets/presets'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import { captureExports, exportVia, type SavedExport } from './capture-exports'

const saved = captureExports()

function shop(): Scenario {
  const r = validateScenario(PRESETS.find((p) => p.id === 'online-shop-order-spike')?.scenario)
  if (!r.ok) throw new Error('preset invalid')
  return r.scenario
}

function setup(scenario = shop()) {
  const result = simulate(scenario)
  render(<ResultsPane scenario={scenario} result={result} stale={false} />)
  return result
}

const exportAs = (item: string): Promise<SavedExport> => exportVia(saved, item)

const coreRows = () =>
  (
    JSON.parse(screen.getByTestId('timeline-canvas').dataset.layout ?? '{}') as {
      rows: { kind: string }[]
    }
  ).rows.filter((r) => r.kind === 'core').length

describe('a cluster run in the results pane', () => {
  it('adds a Requests tab with both latency charts, the request summary and the nodes', () => {
    setup()
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Timeline',
      'Requests',
      'Utilization',
      'Metrics',
      'Compare'
    ])
    fireEvent.click(screen.getByRole('tab', { name: 'Requests' }))
    expect(screen.getByRole('figure', { name: 'Request latency distribution' })).toBeTruthy()
    expect(screen.getByRole('figure', { name: 'Request latency over time' })).toBeTruthy()
    // 119 of 120 orders completed (the one sent to four-4 as it went down failed); latencies up
    // to 166 ms fall in 30 bins of 6 ms (ceil(167 / 30) = 6, floor(166 / 6) + 1 = 28 bins).
    expect(screen.getByTestId('latency-over-time').dataset.points).toBe('119')
    expect(screen.getByTestId('latency-histogram').dataset.bins).toBe('28')
    const requests = screen.getByRole('table', { name: /Requests: overall and per service/ })
    const rows = within(requests)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent)
      )
    expect(rows.map((r) => r[0])).toEqual([
      '(all)',
      'orders-1-node',
      'orders-2-nodes',
      'orders-4-nodes'
    ])
    // count, completed, failed, throughput, mean, p50, p95, p99, max
    expect(rows[1].slice(1, 4)).toEqual(['40', '40', '0'])
    expect(rows[1][9]).toBe('166')
    expect(rows[3].slice(1, 4)).toEqual(['40', '39', '1'])
    const nodes = screen.getByRole('table', { name: 'Nodes' })
    expect(within(nodes).getAllByRole('row')).toHaveLength(1 + 7)
    expect(within(nodes).getByText('98.8 %')).toBeTruthy()
  })

  it('shows no Requests tab for a single-machine run', () => {
    const r = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'one',
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      processes: [{ name: 'p', threads: [{ name: 't', ops: [{ cpu: 2 }] }] }]
    })
    if (!r.ok) throw new Error('invalid')
    setup(r.scenario)
    expect(screen.queryByRole('tab', { name: 'Requests' })).toBeNull()
  })

  it('exports the requests as CSV, one row per request, and the histogram as SVG with its markers', async () => {
    const result = setup()
    fireEvent.click(screen.getByRole('tab', { name: 'Requests' }))
    const csv = await exportAs('CSV')
    expect(csv.name).toMatch(/_requests\.csv$/)
    const lines = String(csv.data).trim().split('\n')
    expect(lines[0]).toBe('request,service,node,arrival,queued,started,replied,done,failed,latency')
    expect(lines).toHaveLength(1 + (result.cluster?.requests.length ?? 0))
    // The failed order (the 20th of the third spike: 80 + 19 = 99): to four-4, created at 38, failed at 40, no latency.
    expect(lines).toContain('99,orders-4-nodes,four-4,38,,,,,40,')
    const svg = await exportAs('SVG')
    expect(svg.name).toMatch(/_latency-histogram\.svg$/)
    const doc = new DOMParser().parseFromString(String(svg.data), 'image/svg+xml')
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(String(svg.data)).toContain('p99 = 162')
  })

  it('names coinciding percentiles on one histogram marker', async () => {
    // Ten requests every 2 ticks to one handler needing 4 ticks, 2 ticks each way
    // (docs/clusters.md "One replica falls behind"): latencies 8, 10, ..., 26, so nearest-rank
    // p50 = the 5th = 16 and p95 = p99 = the 10th = 26: one marker "p95 = p99 26", not two
    // labels on one spot of which only the last could be read.
    const v = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'behind',
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      // A process is required; it runs on its own node, away from the handler's core.
      processes: [{ name: 'p', node: 'n1', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
      nodes: [
        { name: 'n0', machine: { cores: 1 } },
        { name: 'n1', machine: { cores: 1 } }
      ],
      network: { latency: 2 },
      services: [{ name: 'orders', replicas: ['n0'], handler: { threads: 1, ops: [{ cpu: 4 }] } }],
      requests: [{ to: 'orders', kind: 'uniform', rate: 0.5, count: 10 }]
    })
    if (!v.ok) throw new Error(JSON.stringify(v.problems))
    setup(v.scenario)
    fireEvent.click(screen.getByRole('tab', { name: 'Requests' }))
    const svg = String((await exportAs('SVG')).data)
    expect(svg).toContain('p50 16')
    expect(svg).toContain('p95 = p99 26')
    expect(svg).not.toContain('>p95 26<')
  })

  it('groups the timeline by node; a node folds its core lanes away and back', () => {
    setup()
    const groups = screen.getByTestId('timeline-node-groups')
    const toggles = within(groups).getAllByRole('button')
    expect(toggles.map((b) => b.textContent)).toEqual([
      '▾ one-1',
      '▾ two-1',
      '▾ two-2',
      '▾ four-1',
      '▾ four-2',
      '▾ four-3',
      '▾ four-4'
    ])
    expect(coreRows()).toBe(7)
    fireEvent.click(
      within(groups).getByRole('button', { name: 'Hide the core lanes of node one-1' })
    )
    expect(coreRows()).toBe(6)
    const folded = within(groups).getByRole('button', { name: 'Show the core lanes of node one-1' })
    expect(folded.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(folded)
    expect(coreRows()).toBe(7)
  })
})
