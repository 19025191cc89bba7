// Issue 13 in Chromium against the built app (`npx electron-vite build` first): a user opens the
// "Nice levels under CFS" preset (it runs at once), and the Utilization tab's CPU-share chart
// draws the three threads, each against its fair share by the nice weights of the run it shows
// (1024, 335, 110 for nice 0, 5, 10). Editing a nice value afterwards does not change the chart
// of that run; running again does (nice 19 weighs 15).
import { describe, expect, it } from 'vitest'
import { appInBrowser } from './browser'

const app = appInBrowser()

describe('CPU-share chart, in the app', () => {
  it("draws each thread's share against its fair share by the run's nice weights", async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      colorScheme: 'light'
    })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(app.url)
    await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Nice levels under CFS' }).click()
    await page.getByTestId('timeline-canvas').waitFor({ timeout: 20_000 })

    await page.getByRole('tab', { name: 'Utilization' }).click()
    const chart = page.getByTestId('cpu-share-chart')
    await chart.waitFor()
    expect(await chart.getAttribute('data-threads')).toBe('3')
    expect(await chart.getAttribute('data-weights')).toBe('1024 335 110')
    // Two lines per thread: what it got and its fair share (the legend names both).
    for (const name of ['nice0/main', 'nice5/main', 'nice10/main']) {
      await chart.getByText(name, { exact: true }).first().waitFor()
      await chart.getByText(`${name} (fair share)`, { exact: true }).first().waitFor()
    }

    // Edit nice0 to 19 without running: the chart still shows the run it belongs to.
    await page
      .getByRole('tree')
      .getByRole('treeitem', { name: /^nice0/ })
      .first()
      .click()
    await page.getByLabel('Nice', { exact: true }).fill('19')
    await page.getByRole('tab', { name: 'Utilization' }).click()
    await chart.waitFor()
    expect(await chart.getAttribute('data-weights')).toBe('1024 335 110')

    // Run again: now the fair shares follow nice 19 (weight 15).
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect
      .poll(() => chart.getAttribute('data-weights'), { timeout: 20_000 })
      .toBe('15 335 110')
    expect(errors).toEqual([])
    await context.close()
  }, 90_000)
})
