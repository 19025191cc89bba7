// The CLI's utilization chart and the app's Utilization tab bucket the same run alike (one rule
// in sim-core: UTILIZATION_BUCKETS buckets over the makespan), whatever the chart's width.
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { utilizationSvg } from '../../../cli/chart/utilization-svg'
import { simulate } from '../../../sim-core'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import { scenarioOf } from './fixtures'

// One thread of 1,000 ticks on one core: 100 buckets of 10 ticks each.
const scenario = scenarioOf({
  format: 'schedlab/scenario',
  version: 1,
  name: 'long',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [{ name: 'p', threads: [{ name: 't', ops: [{ cpu: 1000 }] }] }]
})
const result = simulate(scenario)

/** Buckets drawn by the CLI: its busy band has two points per bucket along the top and bottom. */
function cliBuckets(width: number): number {
  const svg = utilizationSvg(result, { width, height: 540 })
  const d = /<path d="([^"]+)"[^>]*class="series-busy"/.exec(svg)?.[1] ?? ''
  return d.split(/[ML]/).filter((p) => p.trim() !== '').length / 4
}

describe('utilization buckets', () => {
  it('the CLI chart has 100 buckets at any width', () => {
    expect(cliBuckets(960)).toBe(100)
    expect(cliBuckets(600)).toBe(100)
  })

  it('the app opens its Utilization tab with the same 10-tick buckets', () => {
    render(<ResultsPane scenario={scenario} result={result} stale={false} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Utilization' }))
    expect(screen.getByText(/Share of each 10-tick bucket/)).toBeTruthy()
    expect(result.makespan / cliBuckets(960)).toBe(10)
  })
})
