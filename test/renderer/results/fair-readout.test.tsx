// The cursor readout shows cfs/eevdf threads' fair values and nothing of the kind for other
// policies. Two CPU-bound threads arrive at 0 on one core, so both are queued (and sampled) at 0.
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../../sim-core'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import { scenarioOf } from './fixtures'

function pane(policy: 'cfs' | 'eevdf' | 'fcfs') {
  const scenario = scenarioOf({
    format: 'schedlab/scenario',
    version: 1,
    name: 'two',
    machine: { cores: 1 },
    scheduler: { policy },
    processes: [
      { name: 'a', threads: [{ name: 't', ops: [{ cpu: 50 }] }] },
      { name: 'b', nice: 5, threads: [{ name: 't', ops: [{ cpu: 50 }] }] }
    ]
  })
  render(<ResultsPane scenario={scenario} result={simulate(scenario)} stale={false} />)
}

describe('fair values in the cursor readout', () => {
  it('lists each cfs thread’s vruntime at the cursor', () => {
    pane('cfs')
    const fair = screen.getByTestId('readout-fair')
    expect(fair.getAttribute('data-count')).toBe('2')
    expect(fair.textContent).toMatch(/^Fair state \(2\): a\/t vruntime [\d.]+; b\/t vruntime/)
  })

  it('lists lag and deadline under eevdf', () => {
    pane('eevdf')
    expect(screen.getByTestId('readout-fair').textContent).toMatch(
      /a\/t lag [+-]?[\d.]+, deadline [\d.]+/
    )
  })

  it('shows no fair row for a policy without fair samples', () => {
    pane('fcfs')
    expect(screen.queryByTestId('readout-fair')).toBeNull()
  })
})
