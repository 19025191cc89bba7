// Compare on a cluster: replica counts and balancers of the first service are variants too, and
// the table gains the request-latency rows.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario, type Scenario } from '../../../sim-core'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'

/** Arrivals every 2 ticks (20 of them) to one service whose handler needs 4 ticks, 2 each way, on 4 one-core nodes. */
function shop(): Scenario {
  const nodes = [0, 1, 2, 3].map((i) => ({ name: `n${i}`, machine: { cores: 1 } }))
  const r = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'shop',
    machine: { cores: 1 },
    scheduler: { policy: 'fcfs' },
    processes: [{ name: 'client', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
    nodes,
    network: { latency: 2 },
    services: [{ name: 'orders', replicas: ['n0'], handler: { threads: 1, ops: [{ cpu: 4 }] } }],
    requests: [{ to: 'orders', kind: 'uniform', rate: 0.5, count: 20 }]
  })
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.scenario
}

describe('Compare on a cluster', () => {
  it('runs each replica count and balancer, with the request latency per variant', async () => {
    const scenario = shop()
    render(<ResultsPane scenario={scenario} result={simulate(scenario)} stale={false} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    // Starts at the service's own replica count and balancer.
    const replicas = screen.getByRole('textbox', { name: 'Replicas of orders' }) as HTMLInputElement
    expect(replicas.value).toBe('1')
    expect(
      (screen.getByRole('checkbox', { name: 'round-robin' }) as HTMLInputElement).checked
    ).toBe(true)
    fireEvent.change(replicas, { target: { value: '1, 2, 4' } })
    expect(screen.getByText('3 runs')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Run comparison' }))
    })
    const table = await screen.findByRole('table', {}, { timeout: 15_000 })
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent)
    expect(heads.join('|')).toContain('1 replica · round-robin')
    expect(heads.join('|')).toContain('4 replicas · round-robin')
    const row = (key: string) => {
      const tr = table.querySelector(`tr[data-row="${key}"]`)
      if (!tr) throw new Error(`no row ${key}`)
      return [...within(tr as HTMLElement).getAllByRole('cell')].map((c) => c.textContent)
    }
    // 1 replica: request i waits 2i + 8 (the queue grows), p99 = the last, 2 x 19 + 8 = 46.
    // 2 replicas: each gets one per 4 ticks and serves it in 4; 4 replicas: one per 8. Nobody
    // waits: 2 + 4 + 2 = 8.
    expect(row('reqP99').map((c) => c?.match(/^\d+/)?.[0])).toEqual(['46', '8', '8'])
    expect(row('reqFailed').map((c) => c?.match(/^\d+/)?.[0])).toEqual(['0', '0', '0'])
    // The handler threads loop over requests, so thread averages say nothing here: the table
    // leaves them out, as the summary cards do, and keeps the run-wide figures.
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-row'))
    for (const key of ['throughput', 'avgTurnaround', 'avgWaiting', 'avgResponse', 'fairness'])
      expect(rows).not.toContain(key)
    for (const key of ['makespan', 'utilization', 'contextSwitches', 'reqMean'])
      expect(rows).toContain(key)
  })
})
