// Issue 14 in Chromium, against the built renderer (`npx electron-vite build` first): a channel
// scenario built from the UI only (a channel added and renamed, an event loop with a producer
// and a consumer coroutine typed in the ops text), run, with the hand-off arrow painted on the
// timeline; then the bounded-buffer preset's occupancy chart and the Go preset's thread-count
// chart. Screenshots go to the system temp folder for a person to look at. (Every tree node of
// every preset, the new ones included, is clicked in tree-nodes.e2e.test.ts.)
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { HANDOFF_COLOR } from '../../renderer/src/features/timeline/handoff-marks'
import { appInBrowser } from './browser'

const app = appInBrowser()
const out = mkdtempSync(join(tmpdir(), 'schedlab-concurrency-'))
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(out, `${name}.png`), fullPage: false })

async function openApp(): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await app.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    colorScheme: 'light'
  })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(app.url)
  await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor({ timeout: 15_000 })
  return { page, errors, close: () => context.close() }
}

/** Canvas pixels of the hand-off colour (exact, as drawn: the arrows are opaque). */
function handoffPixels(page: Page): Promise<number> {
  const hex = HANDOFF_COLOR.slice(1)
  const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return page.getByTestId('timeline-canvas').evaluate((c: HTMLCanvasElement, want) => {
    const g = c.getContext('2d')
    if (!g) return -1
    const d = g.getImageData(0, 0, c.width, c.height).data
    let n = 0
    for (let i = 0; i < d.length; i += 4) {
      if (
        Math.abs(d[i] - want[0]) + Math.abs(d[i + 1] - want[1]) + Math.abs(d[i + 2] - want[2]) <
        12
      )
        n++
    }
    return n
  }, rgb)
}

/** Loads a preset from the start page's gallery, or (in the workbench) from the Presets dialog. */
async function loadPreset(page: Page, title: string, fromStart: boolean) {
  if (!fromStart) await page.getByRole('button', { name: 'Presets' }).first().click()
  await page
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .first()
    .click()
  await page.locator('[data-field="makespan"] dd').waitFor()
}

describe('channels in the app, in Chromium', () => {
  it('builds a producer and a consumer coroutine on a channel from the UI, runs it, draws the hand-offs', async () => {
    const { page, errors, close } = await openApp()
    await page.getByRole('button', { name: 'New scenario' }).first().click()
    const tree = page.getByRole('tree', { name: 'Scenario tree' })
    const row = (name: string | RegExp) => tree.getByRole('treeitem', { name })
    const heading = (name: string) => page.locator('#inspector-title', { hasText: name })
    const ops = page.getByRole('textbox', { name: 'Ops (text)' })

    await row(/^Channels/).click()
    await page.getByRole('button', { name: 'Add channel' }).click()
    const name = page.getByLabel('Channel 1 name')
    await name.fill('orders')
    await name.press('Enter')
    // At the desktop window's 900 px minimum (the inspector at its narrowest) the capacity label
    // stays on one line, level with the name's, so the two boxes line up.
    await page.setViewportSize({ width: 900, height: 700 })
    const labelBox = (text: string) =>
      page.locator('label.field-label', { hasText: text }).evaluate((l) => {
        const r = l.getBoundingClientRect()
        return { top: r.top, height: r.height, line: parseFloat(getComputedStyle(l).lineHeight) }
      })
    const capacity = await labelBox('Channel 1 capacity')
    const nameLabel = await labelBox('Channel 1 name')
    expect(capacity.height).toBeLessThan(capacity.line * 1.5)
    expect(capacity.top).toBe(nameLabel.top)
    // ...and the name keeps the wider box: its label is not cut or overlapped.
    const widths = await page
      .locator('.list-row')
      .first()
      .evaluate((row) => {
        const [nameField, capacityField] = [...row.querySelectorAll('.field')]
        const nameLabelEl = nameField.querySelector('label')
        return {
          name: nameField.getBoundingClientRect().width,
          capacity: capacityField.getBoundingClientRect().width,
          nameLabelFits: nameLabelEl ? nameLabelEl.scrollWidth <= nameLabelEl.clientWidth : false
        }
      })
    expect(widths.name).toBeGreaterThan(widths.capacity)
    expect(widths.nameLabelFits).toBe(true)
    await shot(page, '0-channel-row-900')
    await page.setViewportSize({ width: 1440, height: 900 })

    await row(/^main/).click()
    await page.getByLabel('Runtime').selectOption('event-loop')
    await page.getByText('The thread’s ops moved into coroutine co-1.').waitFor()
    await page.getByRole('button', { name: 'Add coroutine' }).click()
    await heading('Coroutine co-2').waitFor()
    await ops.fill('recv orders, cpu 1, recv orders timeout 50, cpu 1')
    await row('co-1').click()
    await heading('Coroutine co-1').waitFor()
    await ops.fill('cpu 2, send orders, cpu 2, send orders')
    await page.getByRole('heading', { name: 'Problems (0)' }).waitFor()
    await shot(page, '1-built')

    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await page.locator('[data-field="makespan"] dd').waitFor()
    await expect(page.locator('[data-legend="handoff"]').isVisible()).resolves.toBe(true)
    await expect.poll(() => handoffPixels(page)).toBeGreaterThan(10)
    await page.getByRole('checkbox', { name: /^Thread lanes/ }).check()
    await expect.poll(() => handoffPixels(page)).toBeGreaterThan(10)
    await shot(page, '2-handoff-arrows')

    // The Channels table: two sends and two receives on orders.
    await page.getByRole('tab', { name: 'Metrics' }).click()
    await page.getByRole('radio', { name: 'Channels' }).check()
    const table = page.getByRole('table', { name: /^Channels/ })
    await expect(table.getByRole('row', { name: /^orders/ }).textContent()).resolves.toMatch(
      /orders\s*0\s*2\s*2/
    )
    await shot(page, '3-channels-table')
    expect(errors).toEqual([])
    await close()
  }, 120_000)

  it('charts the bounded buffer’s occupancy and the Go runtime’s thread count', async () => {
    const { page, errors, close } = await openApp()
    await loadPreset(page, 'Bounded buffer: producers and consumers', true)
    await page.getByRole('tab', { name: 'Utilization' }).click()
    const occupancy = page.getByTestId('channel-occupancy-chart')
    await occupancy.scrollIntoViewIfNeeded()
    await expect(occupancy.getAttribute('data-series')).resolves.toBe('1')
    await expect(occupancy.locator('.recharts-line-curve').count()).resolves.toBe(1)
    await shot(page, '4-occupancy')

    await loadPreset(page, 'Go: a blocking system call with and without hand-off', false)
    await page.getByRole('tab', { name: 'Utilization' }).click()
    const threads = page.getByTestId('thread-count-chart')
    await threads.scrollIntoViewIfNeeded()
    await expect(threads.locator('.recharts-line-curve').count()).resolves.toBeGreaterThan(0)
    await shot(page, '5-thread-count')
    expect(errors).toEqual([])
    await close()
  }, 120_000)
})
