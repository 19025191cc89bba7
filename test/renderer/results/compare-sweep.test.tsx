// The Compare tab's sweep view: a figure against the core count, one line per policy, from the
// runs the comparison made; the figure is chosen in the view and the export draws the same.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../../sim-core'
import { COMPARE_ROWS } from '../../../renderer/src/features/compare/compare-rows'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import {
  hasSweep,
  sweepMetric,
  sweepSeries
} from '../../../renderer/src/features/compare/sweep-data'
import {
  variantScenario,
  type CompareVariant
} from '../../../renderer/src/features/compare/variants'
import { captureExports } from './capture-exports'
import { demoResult } from './fixtures'

const saved = captureExports()

function variant(policy: 'fcfs' | 'rr', cores: number): CompareVariant {
  const { scenario } = demoResult()
  const built = variantScenario(scenario, { policy, cores })
  if (!built.ok) throw new Error(built.error)
  return {
    policy,
    cores,
    key: `${policy}@${cores}`,
    label: policy,
    result: simulate(built.scenario)
  }
}

describe('sweep data', () => {
  it('puts one row per core count, ascending, with each policy’s figure', () => {
    const vs = [variant('rr', 2), variant('rr', 1), variant('fcfs', 1), variant('fcfs', 2)]
    const makespan = sweepMetric('makespan')
    const s = sweepSeries(vs, makespan)
    expect(s.policies).toEqual(['rr', 'fcfs'])
    expect(s.coreCounts).toEqual([1, 2])
    // Each point is exactly the makespan of the run with that policy and core count.
    expect(s.rows).toEqual([
      { cores: 1, p0: vs[1].result?.makespan, p1: vs[2].result?.makespan },
      { cores: 2, p0: vs[0].result?.makespan, p1: vs[3].result?.makespan }
    ])
    expect(sweepMetric('no-such-figure').key).toBe('makespan')
    expect(hasSweep([vs[0], vs[3]])).toBe(false) // one core count: no line to draw
    expect(hasSweep(vs)).toBe(true)
  })
})

describe('Compare: sweep view', () => {
  it('draws a line per policy against the core counts, for the figure chosen, and exports it', async () => {
    const { scenario, result } = demoResult()
    render(<ResultsPane scenario={scenario} result={result} stale={false} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'fcfs' }))
    fireEvent.change(screen.getByRole('textbox', { name: 'Core counts' }), {
      target: { value: '1, 2, 4' }
    })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Run comparison' }))
    })
    const figure = await screen.findByRole(
      'figure',
      { name: 'Compare: a figure against core count' },
      { timeout: 20_000 }
    )
    const select = within(figure).getByRole('combobox', { name: 'Figure' }) as HTMLSelectElement
    expect(select.value).toBe('makespan')
    expect([...select.options].map((o) => o.value)).toEqual(COMPARE_ROWS.map((r) => r.key))
    fireEvent.change(select, { target: { value: 'avgTurnaround' } })
    expect(
      (
        within(
          screen.getByRole('figure', { name: 'Compare: a figure against core count' })
        ).getByRole('combobox', { name: 'Figure' }) as HTMLSelectElement
      ).value
    ).toBe('avgTurnaround')

    fireEvent.click(screen.getByRole('button', { name: 'Export' }))
    fireEvent.click(
      screen.getByRole('menuitemradio', { name: 'Compare: a figure against core count' })
    )
    const before = saved.length
    fireEvent.click(screen.getByRole('menuitem', { name: 'SVG' }))
    await waitFor(() => expect(saved.length).toBe(before + 1), { timeout: 5000 })
    const file = saved[saved.length - 1]
    expect(file.name).toBe('web-server_compare-sweep_compare-sweep.svg')
    const svg = String(file.data)
    // The export draws the figure the view shows, with both policies' lines.
    expect(svg).toContain('Web server · Avg turnaround')
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelectorAll('.recharts-line').length).toBe(2)
  }, 60_000) // six runs of the demo scenario in jsdom, on a shared machine
})
