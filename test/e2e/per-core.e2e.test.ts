// Issue 12's "done when", in Chromium against the built app (`npx electron-vite build` first): a
// user opens the "Per-core queues: balancing and migration" preset (it runs at once), and sees
// per-core queue lengths, migrations and warm/cold time in the timeline, the charts and the
// tables. Everything is read from the DOM (data attributes, ARIA, text), not from pixels, and
// compared with sim-core's own run of the same file.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario, type SimResult } from '../../sim-core'
import { appInBrowser } from './browser'

const app = appInBrowser()
const TITLE = 'Per-core queues: balancing and migration'
const FILE = 'renderer/presets/per-core-balancing.json'

async function expected(): Promise<SimResult> {
  const r = validateScenario(JSON.parse(await readFile(FILE, 'utf8')))
  if (!r.ok) throw new Error(`invalid preset: ${r.problems.map((p) => p.message).join('; ')}`)
  return simulate(r.scenario)
}

interface CanvasLayout {
  plotLeft: number
  plotWidth: number
  rows: { kind: string; id: number; y: number; h: number }[]
}

/** The first migration of the run: a dispatch whose thread last ran on another core. */
function firstMigration(result: SimResult): { time: number; core: number; from: number } {
  const tr = result.trace
  for (let i = 0; i < tr.decisions; i++)
    if (tr.decFrom[i] >= 0 && tr.decFrom[i] !== tr.decCpu[i])
      return { time: tr.decTime[i], core: tr.decCpu[i], from: tr.decFrom[i] }
  throw new Error('the preset has no migration')
}

async function openPreset(): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await app.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    colorScheme: 'light'
  })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(app.url)
  await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor()
  await page.getByRole('button', { name: TITLE }).click()
  await page.getByTestId('timeline-canvas').waitFor({ timeout: 20_000 })
  return { page, errors, close: () => context.close() }
}

describe('per-core queues, migrations and warm time, in the app', () => {
  it('shows them in the timeline, the run-queue chart and the tables', async () => {
    const result = await expected()
    const { page, errors, close } = await openPreset()
    const cores = result.cores.length
    const migrations = result.summary.migrations
    expect(cores).toBe(4)
    expect(migrations).toBeGreaterThan(0)
    const warm = result.threads.reduce((a, t) => a + t.warm, 0)
    expect(warm).toBeGreaterThan(0)

    // Timeline: migration markers and warm hatching, counted in the legend and the summary.
    const summary = page.getByTestId('timeline-summary')
    await expect.poll(() => summary.getAttribute('data-migrations')).toBe(String(migrations))
    expect(Number(await summary.getAttribute('data-warm-segments'))).toBeGreaterThan(0)
    expect(Number(await summary.getAttribute('data-warm'))).toBe(warm)
    const legend = page.getByRole('list', { name: 'Timeline legend' })
    await expect(legend.locator('[data-legend="warm"]').isVisible()).resolves.toBe(true)
    expect(await legend.locator('[data-legend="migration"]').textContent()).toBe(
      `Arrived from another core (migration) (${migrations})`
    )

    // Hovering the first migration's marker explains it.
    const m = firstMigration(result)
    const canvas = page.getByTestId('timeline-canvas')
    const box = await canvas.boundingBox()
    if (!box) throw new Error('no canvas box')
    const layout = JSON.parse((await canvas.getAttribute('data-layout')) ?? '{}') as CanvasLayout
    const row = layout.rows.find((r) => r.kind === 'core' && r.id === m.core)
    if (!row) throw new Error(`no lane for core ${m.core}`)
    const x = Math.round(layout.plotLeft + (m.time / result.makespan) * layout.plotWidth)
    await page.mouse.move(box.x + x + 2, box.y + row.y + 3)
    const card = page.getByTestId('migration-tooltip')
    await card.waitFor()
    expect(await card.textContent()).toContain(`Migrated from core ${m.from}`)

    // The cursor readout lists each core's queue.
    const queues = page.getByTestId('readout-queue')
    await expect.poll(() => queues.count()).toBe(cores)

    // Utilization tab: one run-queue series per core, in the chart and its legend.
    await page.getByRole('tab', { name: 'Utilization' }).click()
    const chart = page.getByTestId('run-queue-chart')
    await chart.getByRole('figure', { name: 'Run-queue length per core' }).waitFor()
    expect(await chart.getAttribute('data-series')).toBe(String(cores))
    await expect.poll(() => chart.locator('.recharts-line').count()).toBe(cores)
    expect(await chart.locator('.recharts-legend-item-text').allTextContents()).toEqual(
      Array.from({ length: cores }, (_, i) => `Core ${i} queue`)
    )

    // Metrics: migrations and warm time per core, as sim-core counts them.
    await page.getByRole('tab', { name: 'Metrics' }).click()
    await page.getByRole('radio', { name: 'Per core' }).click()
    const table = page.getByRole('table')
    const heads = await table.getByRole('columnheader').allTextContents()
    const col = (name: string) => heads.findIndex((h) => h.startsWith(name))
    const rows = table.locator('tbody tr')
    await expect.poll(() => rows.count()).toBe(cores)
    let shownMigrations = 0
    let shownWarm = 0
    for (let c = 0; c < cores; c++) {
      const cells = await rows.nth(c).locator('td').allTextContents()
      shownMigrations += Number(cells[col('Migrations')])
      shownWarm += Number(cells[col('Warm')].replace(/,/g, ''))
    }
    expect(shownMigrations).toBe(result.cores.reduce((a, c) => a + c.migrations, 0))
    expect(shownMigrations).toBeGreaterThan(0)
    expect(shownWarm).toBe(result.cores.reduce((a, c) => a + c.warm, 0))
    expect(shownWarm).toBeGreaterThan(0)

    expect(errors).toEqual([])
    await close()
  })
})
