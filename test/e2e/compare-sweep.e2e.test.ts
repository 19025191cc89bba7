// The Compare tab's sweep view in Chromium against the built app: three policies on three core
// counts run in the simulation worker, and the view draws a line per policy with a point per
// core count, for the figure chosen. Writes test-results/compare-sweep.png to look at.
import { mkdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { appInBrowser } from './browser'

const app = appInBrowser()
const PRESET_TITLE = 'Thread per request vs event loop'

describe('Compare: sweep view', () => {
  it('draws a figure against core count, a line per policy', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      colorScheme: 'light'
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(app.url)
    await page.getByRole('button', { name: PRESET_TITLE }).click()
    await page.getByTestId('timeline-canvas').waitFor({ timeout: 20_000 })
    await page.getByRole('tab', { name: 'Compare' }).click()
    await page.getByRole('checkbox', { name: 'fcfs', exact: true }).check()
    await page.getByRole('checkbox', { name: 'rr', exact: true }).check()
    await page.getByRole('checkbox', { name: 'srtf', exact: true }).check()
    await page.getByRole('textbox', { name: 'Core counts' }).fill('1, 2, 4')
    await page.getByRole('button', { name: 'Run comparison' }).click()
    const figure = page.getByRole('figure', { name: 'Compare: a figure against core count' })
    await figure.waitFor({ timeout: 30_000 })
    await page.locator('.sl-compare-table').waitFor()
    // Every variant finished: the table has one column per run (3 policies × 3 core counts).
    await expect
      .poll(() => page.locator('.sl-compare-table thead th').count(), { timeout: 30_000 })
      .toBe(10)
    await figure.getByRole('combobox', { name: 'Figure' }).selectOption('avgTurnaround')
    await expect.poll(() => figure.locator('.recharts-line').count()).toBe(3)
    await expect.poll(() => figure.locator('.recharts-line-dot').count()).toBe(9)
    // The x axis has the three core counts as its ticks.
    // (The y ticks carry their unit, "20 ms", so the bare numbers are the core counts.)
    const ticks = await figure.locator('.recharts-cartesian-axis-tick-value').allTextContents()
    expect(ticks.filter((t) => /^\d+$/.test(t))).toEqual(['1', '2', '4'])
    await mkdir('test-results', { recursive: true })
    // Away from the plot, after the lines' animation, so the picture shows the finished chart.
    await page.mouse.move(0, 0)
    await page.waitForTimeout(2000)
    await figure.screenshot({ path: 'test-results/compare-sweep.png' })
    expect(errors).toEqual([])
    await context.close()
  })
})
