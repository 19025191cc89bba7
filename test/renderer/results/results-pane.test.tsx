// The results pane as a user meets it: tabs, summary cards, the sortable table, the timeline's
// cursor, stale and running states, compare, and every export going through saveFile.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import { captureExports, exportVia, type SavedExport } from './capture-exports'
import { summaryFields } from '../../../renderer/src/features/charts/summary-fields'
import { buildLaneIndex, deadlineMisses } from '../../../renderer/src/features/timeline/lane-index'
import { demoResult, periodicResult } from './fixtures'

const saved = captureExports()

function setup(props: Partial<Parameters<typeof ResultsPane>[0]> = {}) {
  const { scenario, result } = demoResult()
  const utils = render(<ResultsPane scenario={scenario} result={result} stale={false} {...props} />)
  return { scenario, result, ...utils }
}

const exportAs = (item: string): Promise<SavedExport> => exportVia(saved, item)

describe('ResultsPane', () => {
  it('has the four tabs, and each shows its panel', () => {
    setup()
    const names = screen.getAllByRole('tab').map((t) => t.textContent)
    expect(names).toEqual(['Timeline', 'Utilization', 'Metrics', 'Compare'])
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveProperty('ariaSelected', 'true')
    expect(screen.getByTestId('timeline-canvas')).toBeTruthy()
    fireEvent.click(screen.getByRole('tab', { name: 'Utilization' }))
    expect(screen.getByRole('figure', { name: 'Utilization over time' })).toBeTruthy()
    expect(screen.getByRole('figure', { name: 'Run-queue length over time' })).toBeTruthy()
    fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }))
    expect(screen.getByRole('table')).toBeTruthy()
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    expect(screen.getByRole('button', { name: 'Run comparison' })).toBeTruthy()
  })

  it('moves between tabs with the arrow keys', () => {
    setup()
    const first = screen.getByRole('tab', { name: 'Timeline' })
    fireEvent.keyDown(first, { key: 'ArrowRight' })
    expect(screen.getByRole('tab', { name: 'Utilization' }).getAttribute('aria-selected')).toBe(
      'true'
    )
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Utilization' }), { key: 'End' })
    expect(screen.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe('true')
  })

  it('shows summary cards with the result’s numbers', () => {
    const { result, container } = setup()
    const cards = container.querySelector('dl[aria-label="Summary"]') as HTMLElement
    const expected: Record<string, number> = {
      makespan: result.makespan,
      ...(result.summary as unknown as Record<string, number>)
    }
    for (const f of summaryFields(result)) {
      const card = cards.querySelector(`[data-field="${f.key}"]`)
      expect(card, f.key).toBeTruthy()
      const dd = card?.querySelector('dd')
      expect(Number(dd?.getAttribute('data-value'))).toBe(expected[f.key])
      expect(card?.querySelector('dt')?.textContent).toBe(f.label)
    }
    const text = (k: string) => cards.querySelector(`[data-field="${k}"] dd`)?.textContent
    expect(text('makespan')).toBe(`${result.makespan} ms`)
    expect(text('contextSwitches')).toBe(String(result.summary.contextSwitches))
    expect(text('utilization')).toBe(
      `${(Math.round(result.summary.utilization * 1000) / 10).toString()} %`
    )
  })

  it('sorts the per-thread table by a column, both ways', () => {
    const { result } = setup()
    fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }))
    const table = screen.getByRole('table')
    const ids = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('td')?.textContent)
    expect(ids()).toEqual(result.threads.map((t) => t.id))
    const header = within(table).getByRole('button', { name: /^Waiting/ })
    fireEvent.click(header)
    const asc = [...result.threads].sort(
      (a, b) => a.waiting - b.waiting || result.threads.indexOf(a) - result.threads.indexOf(b)
    )
    expect(ids()).toEqual(asc.map((t) => t.id))
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending')
    fireEvent.click(header)
    const desc = [...result.threads].sort(
      (a, b) => b.waiting - a.waiting || result.threads.indexOf(a) - result.threads.indexOf(b)
    )
    expect(ids()).toEqual(desc.map((t) => t.id))
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending')
    fireEvent.click(screen.getByRole('radio', { name: 'Per process' }))
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(
      result.processes.length + 1
    )
  })

  it('steps the timeline cursor from event to event and reads out the machine', () => {
    const { result } = setup()
    const readout = screen.getByTestId('cursor-readout')
    expect(readout.textContent).toContain('t = 0 ms')
    expect(readout.textContent).toContain('core 0: web/worker-1')
    fireEvent.click(screen.getByRole('button', { name: 'Step' }))
    expect(readout.textContent).not.toContain('t = 0 ms')
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy()
    // Stepping far enough reaches the end of the run.
    for (let i = 0; i < 200; i++) fireEvent.click(screen.getByRole('button', { name: 'Step' }))
    expect(readout.textContent).toContain(`t = ${result.makespan} ms`)
  })

  it('plays at a chosen speed', async () => {
    setup()
    const speed = screen.getByLabelText('Speed') as HTMLSelectElement
    expect(speed.value).toBe('1')
    expect(Array.from(speed.options).map((o) => o.value)).toEqual([
      '0.25',
      '0.5',
      '1',
      '2',
      '4',
      '8'
    ])
    const readout = screen.getByTestId('cursor-readout')
    const cursorTime = () => Number(/t = ([\d.]+)/.exec(readout.textContent ?? '')?.[1])
    fireEvent.change(speed, { target: { value: '8' } })
    fireEvent.click(screen.getByRole('button', { name: 'Play' }))
    // At 8x the cursor crosses the visible span in about a second: it is well on its way soon
    // (10 s of patience for a loaded machine, where timers fire late).
    await waitFor(() => expect(cursorTime()).toBeGreaterThan(0), { timeout: 10_000 })
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }))
  })

  it('marks stale results and shows a running run with a working Cancel', () => {
    const onCancel = vi.fn()
    setup({ stale: true, running: { progress: 0.42, onCancel } })
    expect(screen.getByText(/results are out of date/i)).toBeTruthy()
    expect(screen.getByText('stale')).toBeTruthy()
    const bar = screen.getByRole('progressbar', { name: 'Simulation progress' })
    expect(bar.getAttribute('value')).toBe('42')
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledOnce()
  })

  it('shows an empty state before the first run', () => {
    const { scenario } = demoResult()
    render(<ResultsPane scenario={scenario} result={null} stale={false} />)
    expect(screen.getByText(/Run the scenario/)).toBeTruthy()
    expect(screen.getAllByRole('tab')).toHaveLength(4)
  })
})

describe('Export', () => {
  it('offers PNG, SVG, CSV, JSON and Report', () => {
    setup()
    fireEvent.click(screen.getByRole('button', { name: 'Export' }))
    const menu = screen.getByRole('menu', { name: 'Export' })
    const names = within(menu)
      .getAllByRole('menuitem')
      .map((m) => m.textContent)
    for (const n of ['PNG', 'SVG', 'CSV', 'JSON', 'Report']) expect(names).toContain(n)
    fireEvent.keyDown(menu, { key: 'Escape' })
    expect(screen.queryByRole('menu')).toBeNull()
  })

  it('exports the metrics as CSV: a row per thread with the result’s numbers', async () => {
    const { result } = setup()
    const file = await exportAs('CSV')
    expect(file.name).toBe('web-server_rr-q3_metrics.csv')
    const [head, ...rows] = String(file.data)
      .trim()
      .split('\n')
      .map((l) => l.split(','))
    expect(head).toEqual(Object.keys(result.threads[0]))
    expect(rows).toHaveLength(result.threads.length)
    rows.forEach((r, i) => {
      const t = result.threads[i] as unknown as Record<string, unknown>
      head.forEach((f, j) => expect(r[j]).toBe(t[f] === null ? '' : String(t[f])))
    })
  })

  it('exports the utilization chart as standalone SVG that parses and holds the series', async () => {
    setup()
    fireEvent.click(screen.getByRole('tab', { name: 'Utilization' }))
    const file = await exportAs('SVG')
    expect(file.name).toBe('web-server_rr-q3_utilization.svg')
    const text = String(file.data)
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    const svg = doc.documentElement
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg')
    expect(svg.getAttribute('width')).toBe('960')
    expect(svg.getAttribute('height')).toBe('540')
    expect(svg.getAttribute('font-family')).toMatch(/sans-serif/)
    expect(text).toContain('Utilization over time')
    // The three series, drawn and in the legend.
    expect(doc.querySelectorAll('.recharts-area').length).toBe(3)
    for (const name of ['Busy', 'Overhead (switch, migration)', 'Idle'])
      expect(text).toContain(`>${name}<`)
    expect(text).not.toContain('var(')
  })

  it('exports the other chart of a tab when picked, and the timeline as SVG', async () => {
    setup()
    fireEvent.click(screen.getByRole('tab', { name: 'Utilization' }))
    fireEvent.click(screen.getByRole('button', { name: 'Export' }))
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Run-queue length over time' }))
    fireEvent.click(screen.getByRole('menuitem', { name: 'SVG' }))
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 5000 })
    expect(saved[0].name).toBe('web-server_rr-q3_ready-queue.svg')
    fireEvent.click(screen.getByRole('tab', { name: 'Timeline' }))
    const file = await exportAs('SVG')
    expect(file.name).toBe('web-server_rr-q3_timeline.svg')
    const doc = new DOMParser().parseFromString(String(file.data), 'image/svg+xml')
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(String(file.data)).toContain('Core 1')
    expect(String(file.data)).toContain('url(#sl-pat-2)')
  })

  it('exports JSON with the trace as arrays, and a report with charts inline', async () => {
    const { result } = setup()
    const json = await exportAs('JSON')
    expect(json.name).toBe('web-server_rr-q3_result.json')
    const parsed = JSON.parse(String(json.data)) as {
      makespan: number
      trace: { segStart: number[] }
    }
    expect(parsed.makespan).toBe(result.makespan)
    expect(parsed.trace.segStart).toHaveLength(result.trace.segments)
    const report = await exportAs('Report')
    expect(report.name).toBe('web-server_rr-q3_report.html')
    const html = String(report.data)
    expect(html).toContain('<h1>Web server</h1>')
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(4)
    for (const t of result.threads) expect(html).toContain(`<td class="t">${t.id}</td>`)
    const doc = new DOMParser().parseFromString(html, 'text/html')
    expect(doc.querySelectorAll('figure svg').length).toBeGreaterThanOrEqual(4)
  })
})

describe('Compare', () => {
  it('runs several policies and marks the best value per row', async () => {
    setup()
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    for (const p of ['fcfs', 'srtf']) fireEvent.click(screen.getByRole('checkbox', { name: p }))
    expect((screen.getByRole('checkbox', { name: 'rr' }) as HTMLInputElement).checked).toBe(true)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Run comparison' }))
    })
    const table = await screen.findByRole('table', {}, { timeout: 10_000 })
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(heads).toEqual(['Figure', 'fcfs', 'srtf', 'rr q=3'])
    const rows = within(table).getAllByRole('row')
    expect(rows.length).toBe(12)
    expect(table.querySelectorAll('[data-best]').length).toBeGreaterThan(0)
    expect(screen.getByRole('figure', { name: 'Compare: summary figures' })).toBeTruthy()
    const file = await exportAs('SVG')
    expect(file.name).toBe('web-server_compare_compare-metrics.svg')
    const doc = new DOMParser().parseFromString(String(file.data), 'image/svg+xml')
    expect(doc.querySelectorAll('.recharts-bar-rectangle').length).toBe(12)
  })
})

describe('Deadline misses', () => {
  it('are listed, marked and counted: legend, Jobs table, summary card and timeline SVG', async () => {
    const { scenario, result } = periodicResult()
    expect(result.summary.deadlineMisses).toBe(1)
    const misses = deadlineMisses(result)
    expect(misses).toEqual([
      {
        task: result.threads.findIndex((t) => t.id === 'slow/p'),
        job: expect.any(Number),
        deadline: 10
      }
    ])
    expect(buildLaneIndex(result).misses).toEqual(misses)
    const { container } = render(<ResultsPane scenario={scenario} result={result} stale={false} />)
    expect(container.querySelector('[data-field="deadlineMisses"]')?.className).toContain(
      'is-alert'
    )
    expect(screen.getByRole('list', { name: 'Timeline legend' }).textContent).toContain(
      'Deadline miss (1)'
    )
    const svg = await exportAs('SVG')
    expect(svg.name).toBe('periodic_priority_timeline.svg')
    expect(String(svg.data)).toContain('>Deadline miss<')
    // The triangle under the axis at t = 10, in the miss colour.
    expect(String(svg.data)).toMatch(
      /<path d="M[\d.]+,\d+ L[\d.]+,\d+ L[\d.]+,28 Z" fill="#E41A1C"\/>/
    )

    fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }))
    fireEvent.click(screen.getByRole('radio', { name: 'Jobs' }))
    const table = screen.getByRole('table')
    expect(within(table).getByText(/^Periodic jobs \(7, 1 missed/)).toBeTruthy()
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(result.jobs.length)
    const missed = rows.filter((r) => r.className.includes('is-missed'))
    expect(missed).toHaveLength(1)
    expect(missed[0].textContent).toContain('slow/p')
    expect(missed[0].lastElementChild?.textContent).toBe('missed')
  })
})

describe('Languages', () => {
  it('draws the pane in Chinese when asked', () => {
    const { scenario, result } = demoResult()
    render(<ResultsPane scenario={scenario} result={result} stale language="zh" />)
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      '时间线',
      '利用率',
      '指标',
      '比较'
    ])
    expect(screen.getByText('已过期')).toBeTruthy()
    expect(screen.getByRole('button', { name: '单步' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '播放' })).toBeTruthy()
    expect(screen.getByRole('list', { name: '时间线图例' }).textContent).toContain('上下文切换')
    fireEvent.click(screen.getByRole('button', { name: '导出' }))
    expect(
      within(screen.getByRole('menu', { name: '导出' }))
        .getAllByRole('menuitem')
        .map((m) => m.textContent)
    ).toEqual(['PNG 图片', 'SVG 矢量图', 'CSV 表格', '轨迹段（CSV）', 'JSON 数据', '报告'])
  })
})
