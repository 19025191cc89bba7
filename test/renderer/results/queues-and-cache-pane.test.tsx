// The results pane of a run with per-core queues and caches (the hand-made trace of
// per-core-trace.ts, worked through in queues-and-cache.test.ts): the timeline's legend, summary
// and migration hover card, each core's queue at the cursor, the run-queue chart with one series
// per core, and the warm, cold and migration figures in the Metrics tables.
import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SimResult } from '../../../sim-core'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import { demoResult } from './fixtures'
import { PER_CORE } from './per-core-trace'
import { traceOf } from './trace-builder'

function setup() {
  const { scenario, result: base } = demoResult()
  const trace = traceOf(PER_CORE)
  const result: SimResult = {
    ...base,
    queues: 'per-core',
    makespan: 20,
    trace,
    // Rows as sim-core would give them for this trace (the tables show them as they are).
    threads: base.threads.map((t, i) => ({ ...t, warm: i === 0 || i === 3 ? 4 : 0, cold: 6 })),
    cores: base.cores.map((c) => ({ ...c, warm: 4, migrations: 1 }))
  }
  render(<ResultsPane scenario={scenario} result={result} stale={false} />)
  return { result }
}

describe('the results of a run with per-core queues and caches', () => {
  it('shows warm running and migrations in the timeline’s legend and its text summary', () => {
    setup()
    const legend = screen.getByRole('list', { name: 'Timeline legend' })
    const warm = legend.querySelector('[data-legend="warm"]')
    expect(warm?.textContent).toBe('Hatched: running warm (working set in the core’s cache)')
    expect(legend.querySelector('[data-legend="migration"]')?.textContent).toBe(
      'Arrived from another core (migration) (2)'
    )
    const summary = screen.getByTestId('timeline-summary')
    expect(summary.getAttribute('data-migrations')).toBe('2')
    expect(summary.getAttribute('data-warm-segments')).toBe('2')
    expect(summary.textContent).toBe(
      'Migrations marked on the core lanes: 2. Warm running (hatched): 8 ms of 29 ms of running.'
    )
  })

  it('explains a migration marker on hover', () => {
    setup()
    const canvas = screen.getByTestId('timeline-canvas')
    const layout = JSON.parse(canvas.getAttribute('data-layout') ?? '{}') as {
      plotLeft: number
      plotWidth: number
      rows: { kind: string; id: number; y: number }[]
    }
    const row = layout.rows.find((r) => r.kind === 'core' && r.id === 1)
    if (!row) throw new Error('no core 1 lane')
    // The marker of task 0's arrival on core 1 at t = 14 sits at the segment's start.
    const x = Math.round(layout.plotLeft + (14 / 20) * layout.plotWidth) + 2
    fireEvent.pointerMove(canvas, { pointerId: 1, clientX: x, clientY: row.y + 3 })
    const card = screen.getByTestId('migration-tooltip')
    expect(within(card).getByText('Migrated from core 0')).toBeTruthy()
    expect(card.textContent).toContain('web/worker-1')
    expect(card.textContent).toContain('0 → 1')
  })

  it('lists each core’s queue at the cursor', () => {
    setup()
    const queues = screen.getAllByTestId('readout-queue')
    expect(queues.map((q) => q.getAttribute('data-queue'))).toEqual(['0', '1'])
    // The cursor starts at 0: worker-3 waits in core 0's queue, crunch and flush in core 1's.
    expect(queues[0].textContent).toBe('Core 0 queue (1): web/worker-3')
    expect(queues[1].textContent).toBe('Core 1 queue (2): batch/crunch, logger/flush')
  })

  it('draws one run-queue series per core, titled per core', () => {
    setup()
    fireEvent.click(screen.getByRole('tab', { name: 'Utilization' }))
    const chart = screen.getByTestId('run-queue-chart')
    expect(chart.getAttribute('data-series')).toBe('2')
    const figure = within(chart).getByRole('figure', { name: 'Run-queue length per core' })
    const legend = [...figure.querySelectorAll('.recharts-legend-item-text')].map(
      (e) => e.textContent
    )
    expect(legend).toEqual(['Core 0 queue', 'Core 1 queue'])
  })

  it('shows warm and cold per thread, and warm and migrations per core', () => {
    setup()
    fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }))
    const table = () => screen.getByRole('table')
    const heads = () =>
      within(table())
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
    expect(heads()).toEqual(expect.arrayContaining(['Migrations', 'Warm (ms)', 'Cold (ms)']))
    fireEvent.click(screen.getByRole('radio', { name: 'Per core' }))
    expect(heads()).toEqual([
      'Core',
      'Busy (ms)',
      'Warm (ms)',
      'Overhead (ms)',
      'Idle (ms)',
      'Utilization',
      'Migrations'
    ])
    const rows = within(table()).getAllByRole('row').slice(1)
    expect(rows[0].textContent).toMatch(/^Core 0/)
    expect(rows).toHaveLength(2)
  })
})
