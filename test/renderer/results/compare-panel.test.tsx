// The Compare tab: it ticks the scenario's own policy (also after the scenario changed under it),
// shows coroutine and lock rows when the runs have them, and its chart has no "figure" title.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { concurrencySummary, simulate, type ScenarioInput } from '../../../sim-core'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import { captureExports } from './capture-exports'
import { demoResult, scenarioOf } from './fixtures'

const saved = captureExports()

const checked = (name: string): boolean =>
  (screen.getByRole('checkbox', { name }) as HTMLInputElement).checked

// Two workers share `db`; an event loop runs 4 coroutines; 2 cores.
const WEB: ScenarioInput = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'Web',
  machine: { cores: 2 },
  scheduler: { policy: 'fcfs' },
  locks: [{ name: 'db' }],
  processes: [
    {
      name: 'web',
      threads: [
        { name: 'w1', ops: [{ lock: 'db' }, { cpu: 3 }, { unlock: 'db' }] },
        { name: 'w2', ops: [{ lock: 'db' }, { cpu: 3 }, { unlock: 'db' }] },
        {
          name: 'loop',
          runtime: { kind: 'event-loop' },
          coroutines: Array.from({ length: 4 }, (_, i) => ({
            name: `c${i}`,
            ops: [{ cpu: 1 }, { await: 2 }, { cpu: 1 }]
          }))
        }
      ]
    }
  ]
}

describe('Compare tab', () => {
  it('ticks the policy of the scenario it shows, also after the scenario changed', () => {
    const rr = demoResult()
    const { rerender } = render(
      <ResultsPane scenario={rr.scenario} result={rr.result} stale={false} />
    )
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    expect(checked('rr')).toBe(true)
    // The same workload switched to fcfs and run again: the panel stays mounted.
    const fcfs = scenarioOf({ ...rr.scenario, scheduler: { policy: 'fcfs' } })
    rerender(<ResultsPane scenario={fcfs} result={simulate(fcfs)} stale={false} />)
    expect(checked('fcfs')).toBe(true)
    expect(checked('rr')).toBe(false)
  })

  it('adds coroutine and lock rows, with sim-core’s figures, and draws no "figure" title', async () => {
    const scenario = scenarioOf(WEB)
    render(<ResultsPane scenario={scenario} result={simulate(scenario)} stale={false} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'rr' }))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Run comparison' }))
    })
    const table = await screen.findByRole('table', {}, { timeout: 10_000 })
    const row = (key: string) => {
      const tr = table.querySelector(`tr[data-row="${key}"]`)
      if (!tr) throw new Error(`no row ${key}`)
      return [...within(tr as HTMLElement).getAllByRole('cell')].map((c) => c.textContent)
    }
    const fcfs = concurrencySummary(simulate(scenario))
    expect(fcfs.coroutines?.count).toBe(4)
    // Column 0 is fcfs (policies run in registry order).
    expect(row('coAvgTurnaround')[0]).toMatch(new RegExp(`^${fcfs.coroutines?.avgTurnaround}\\b`))
    expect(row('coAvgStalled')).toHaveLength(2)
    // Both workers take db once each, under any policy; the second waits.
    expect(row('lockAcquisitions')).toEqual(['2', '2'])
    expect(row('lockContended')[0]).toMatch(/^1/)
    expect(table.querySelector('tr[data-row="lockAcquisitions"] th')?.textContent).toBe(
      'Lock acquisitions'
    )
    fireEvent.click(screen.getByRole('button', { name: 'Export' }))
    fireEvent.click(screen.getByRole('menuitem', { name: 'SVG' }))
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 5000 })
    expect(saved[0].name).toMatch(/compare-metrics\.svg$/)
    const svg = String(saved[0].data)
    expect(svg).toContain('recharts-bar-rectangle')
    expect(svg).not.toMatch(/>figure</)
  })

  it('shows no coroutine or lock rows for runs without them', async () => {
    const { scenario, result } = demoResult()
    render(<ResultsPane scenario={scenario} result={result} stale={false} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Run comparison' }))
    })
    const table = await screen.findByRole('table', {}, { timeout: 10_000 })
    expect(table.querySelector('tr[data-row^="coAvg"]')).toBeNull()
    expect(table.querySelector('tr[data-row^="lock"]')).toBeNull()
  })
})
