// The Metrics tab's bars follow the rows its table shows. A new user picked "Per coroutine" on
// the "Thread per request vs event loop" preset and got a coroutine table under a chart that
// still showed the seventeen threads. Recharts draws no category ticks in jsdom at the tab's
// measured size, so the categories are read from the chart's SVG export, which redraws the same
// chart at a fixed size; the title and the legend are read on screen.
import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { findPreset } from '../../../renderer/presets/presets'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import { captureExports, exportVia } from './capture-exports'
import { simulate, validateScenario } from '../../../sim-core'

const saved = captureExports()

function eventLoop() {
  const preset = findPreset('thread-per-request-vs-event-loop')
  if (!preset) throw new Error('preset missing')
  const v = validateScenario(preset.scenario)
  if (!v.ok) throw new Error('preset invalid')
  const result = simulate(v.scenario)
  render(<ResultsPane scenario={v.scenario} result={result} stale={false} />)
  fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }))
  return result
}

/** The Metrics chart as the Export menu's SVG: its file name and its category names. */
async function exportedChart(): Promise<{ name: string; categories: string[]; series: number }> {
  const file = await exportVia(saved, 'SVG')
  const doc = new DOMParser().parseFromString(String(file.data), 'image/svg+xml')
  const ticks = [...doc.querySelectorAll('.recharts-xAxis-tick-labels text title')]
  return {
    name: file.name,
    categories: ticks.map((t) => t.textContent ?? ''),
    series: doc.querySelectorAll('.recharts-bar').length
  }
}

const legendOf = (figure: HTMLElement): string[] =>
  [...figure.querySelectorAll('.recharts-legend-item-text')].map((e) => e.textContent ?? '')

describe('the Metrics chart follows the table’s rows', () => {
  it('charts the coroutines, by name, when Per coroutine is picked', async () => {
    const result = eventLoop()
    const threadsFigure = screen.getByRole('figure', { name: 'Per-thread times' })
    expect(legendOf(threadsFigure)).toEqual(['Turnaround', 'Waiting', 'Response'])
    const threads = await exportedChart()
    expect(threads.name).toMatch(/_thread-metrics\.svg$/)
    expect(threads.categories).toEqual(result.threads.map((t) => t.id))

    fireEvent.click(screen.getByRole('radio', { name: 'Per coroutine' }))
    expect(screen.queryByRole('figure', { name: 'Per-thread times' })).toBeNull()
    const figure = screen.getByRole('figure', { name: 'Per-coroutine times' })
    expect(legendOf(figure)).toEqual(['Turnaround', 'Waiting', 'Response', 'Stalled'])
    expect(figure.textContent).toContain('stalled = ready or running while the host thread')
    const coroutines = await exportedChart()
    expect(coroutines.name).toMatch(/_coroutine-metrics\.svg$/)
    expect(result.coroutines).toHaveLength(16)
    expect(coroutines.categories).toEqual(result.coroutines.map((c) => c.id))
    expect(coroutines.categories).not.toContain('event-loop/loop')
    expect(coroutines.series).toBe(4)
    // The table under it is the coroutines', led by their name and turnaround.
    const heads = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(heads.slice(0, 2)).toEqual(['Coroutine', 'Turnaround (ms)'])

    fireEvent.click(screen.getByRole('radio', { name: 'Per thread' }))
    expect(screen.getByRole('figure', { name: 'Per-thread times' })).toBeTruthy()
  })

  it('charts the processes’ own figures when Per process is picked', async () => {
    const result = eventLoop()
    fireEvent.click(screen.getByRole('radio', { name: 'Per process' }))
    expect(screen.getByRole('figure', { name: 'Per-process times' })).toBeTruthy()
    const chart = await exportedChart()
    expect(chart.categories).toEqual(result.processes.map((p) => p.id))
    expect(chart.series).toBe(3)
  })

  it('keeps the choice across tabs, and names each header in full with its unit', () => {
    eventLoop()
    fireEvent.click(screen.getByRole('radio', { name: 'Per coroutine' }))
    fireEvent.click(screen.getByRole('tab', { name: 'Timeline' }))
    fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }))
    expect(screen.getByRole('radio', { name: 'Per coroutine' })).toHaveProperty('checked', true)
    const table = screen.getByRole('table')
    const turnaround = within(table).getByRole('columnheader', { name: 'Turnaround (ms)' })
    expect(turnaround.getAttribute('scope')).toBe('col')
    expect(within(table).getByRole('button', { name: 'Stalled (ms)' })).toBeTruthy()
  })
})
