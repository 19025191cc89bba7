// The results pane inside the app: a preset's run shows the timeline and its decision log, the
// toolbar's Export (and Ctrl/Cmd+E) opens the pane's menu, edits mark the results stale with one
// banner, Run replaces them, and a run in progress shows one progress bar whose Cancel works.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { RunController, RunReporter } from '../../renderer/src/store/run-slice'
import { renderApp } from './app-helpers'

const byName = (name: string | RegExp) => screen.getByRole('button', { name })

async function openPreset(title: string) {
  fireEvent.click(byName(title))
  await screen.findByRole('tab', { name: 'Timeline' })
}

/** A controller the test drives: it records start/cancel and reports when told. */
function manualController() {
  let reporter: RunReporter | null = null
  const cancel = vi.fn<() => void>()
  const controller: RunController & { cancel: typeof cancel } = {
    start: (_scenario, report) => {
      reporter = report
    },
    cancel
  }
  return {
    controller,
    report: () => {
      if (!reporter) throw new Error('no run started')
      return reporter
    }
  }
}

describe('results in the app', () => {
  it('shows the run of a preset: tabs, timeline, readout and decision log', async () => {
    renderApp()
    await openPreset('Thread per request vs event loop')
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Timeline',
      'Utilization',
      'Metrics',
      'Compare'
    ])
    expect(screen.getByTestId('timeline-canvas')).toBeTruthy()
    expect(screen.getByTestId('cursor-readout').textContent).toContain(
      'core 0: thread-per-request/req-1'
    )
    expect(screen.getByTestId('decision-log').textContent).toContain(
      't=0 ms — core 0 was idle; rr picks thread-per-request/req-1, the head of the run queue.'
    )
    fireEvent.click(byName('Step'))
    expect(screen.getByTestId('cursor-readout').textContent).not.toContain('t = 0 ms')
    expect(screen.getByTestId('run-time').textContent).toMatch(/^simulated in \d/)
  })

  it('puts Export in the toolbar; Ctrl+E opens its menu', async () => {
    renderApp()
    const toolbar = () => screen.getByRole('toolbar', { name: 'Toolbar' })
    fireEvent.click(byName('New scenario'))
    // Before any run, Export is there but disabled.
    expect(within(toolbar()).getByRole('button', { name: 'Export' }).hasAttribute('disabled')).toBe(
      true
    )
    // A preset from the toolbar's Presets dialog loads and runs.
    fireEvent.click(byName('Presets'))
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Lock contention' })
    )
    await screen.findByRole('tab', { name: 'Timeline' })
    const exportButton = within(toolbar()).getByRole('button', { name: 'Export' })
    expect(screen.getAllByRole('button', { name: 'Export' })).toHaveLength(1)
    fireEvent.keyDown(window, { key: 'e', ctrlKey: true })
    const menu = await screen.findByRole('menu', { name: 'Export' })
    expect(exportButton.getAttribute('aria-expanded')).toBe('true')
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((m) => m.textContent)
    ).toEqual(['PNG', 'SVG', 'CSV', 'Trace segments', 'JSON', 'Report'])
    fireEvent.keyDown(menu, { key: 'Escape' })
    expect(screen.queryByRole('menu')).toBeNull()
  })

  it('marks results stale with one banner on an edit, and Run replaces them', async () => {
    const { store } = renderApp()
    await openPreset('Lock contention')
    const first = store.getState().result
    fireEvent.change(screen.getByLabelText('Cores'), { target: { value: '2' } })
    expect(screen.getAllByText(/results are out of date/i)).toHaveLength(1)
    expect(screen.getByText('stale')).toBeTruthy()
    fireEvent.click(byName('Run'))
    await waitFor(() => expect(store.getState().result).not.toBe(first))
    expect(screen.queryByText(/results are out of date/i)).toBeNull()
    expect(store.getState().result?.cores).toHaveLength(2)
  })

  it('shows one progress bar while running, and its Cancel stops the run', async () => {
    const m = manualController()
    const { store } = renderApp({ runController: m.controller })
    fireEvent.click(byName('Lock contention'))
    await screen.findByRole('button', { name: 'Cancel run' })
    // The first run has no result yet: the pane shows the progress against the draft.
    act(() => m.report().progress(0.25))
    const bars = screen.getAllByRole('progressbar')
    expect(bars).toHaveLength(1)
    expect(bars[0].getAttribute('aria-label')).toBe('Simulation progress')
    expect(bars[0].getAttribute('value')).toBe('25')
    expect(screen.getByText(/Running… 25 %/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(m.controller.cancel).toHaveBeenCalledOnce()
    expect(store.getState().runStatus).toBe('idle')
    expect(screen.queryByRole('progressbar')).toBeNull()
    // A report from the cancelled run changes nothing.
    act(() => m.report().progress(0.9))
    expect(screen.queryByRole('progressbar')).toBeNull()
  })

  it('shares the selected thread between the tree and the results', async () => {
    const { store } = renderApp()
    await openPreset('Lock contention')
    fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }))
    const row = () =>
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .find((r) => r.textContent?.startsWith('server/worker-3'))
    fireEvent.click(row() as HTMLElement)
    expect(store.getState().selection).toEqual({ kind: 'thread', p: 0, t: 2 })
    expect(screen.getByRole('heading', { name: 'Thread worker-3' })).toBeTruthy()
    fireEvent.click(within(screen.getByRole('tree')).getByRole('treeitem', { name: /worker-1/ }))
    const first = within(screen.getByRole('table'))
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('server/worker-1'))
    expect(first?.getAttribute('aria-selected')).toBe('true')
    expect(row()?.getAttribute('aria-selected')).toBe('false')
  })

  it('speaks Chinese in the results too', async () => {
    renderApp({ locale: 'zh-CN' })
    fireEvent.click(byName('每请求一线程 vs 事件循环'))
    await screen.findByRole('tab', { name: '时间线' })
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      '时间线',
      '利用率',
      '指标',
      '比较'
    ])
    expect(byName('导出')).toBeTruthy()
    expect(byName('单步')).toBeTruthy()
    expect(screen.getByTestId('decision-log').textContent).toContain(
      'rr 选择 thread-per-request/req-1，即运行队列的队首'
    )
    expect(screen.getByTestId('cursor-readout').textContent).toContain(
      '核 0：thread-per-request/req-1'
    )
    fireEvent.click(screen.getByRole('tab', { name: '利用率' }))
    expect(screen.getByRole('figure', { name: 'CPU 利用率随时间变化' })).toBeTruthy()
    fireEvent.click(screen.getByRole('tab', { name: '指标' }))
    expect(screen.getByRole('button', { name: /^周转时间/ })).toBeTruthy()
  })
})
