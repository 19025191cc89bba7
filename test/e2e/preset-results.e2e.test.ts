// Every results tab of every preset, in Chromium against the built app (`npx electron-vite
// build` first), with no page or console error, as a new user walks them: Timeline, Utilization,
// Metrics (each of its tables) and Compare. On the Utilization and Metrics tabs, every chart's
// legend must sit above its plot, not on it. The
// CPU-share chart names two lines per thread, so with three threads or more (the "Go: hand-off"
// preset has three) its legend wraps to a second row; it used to reserve one row (28 px) and the
// second row was drawn over the 100 % line, unreadable.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../renderer/presets/presets'
import { appInBrowser } from './browser'

const app = appInBrowser()

/** For each chart on the page: its title, its legend's bottom and its plot's top, in px. */
function legendsAndPlots(page: Page) {
  return page.$$eval('figure.sl-chart', (figures) =>
    figures.flatMap((f) => {
      // The list, not its wrapper: the wrapper keeps the height it was given while the list
      // overflows it.
      const legend = f.querySelector('.recharts-legend-wrapper .recharts-default-legend')
      const grid = f.querySelector('.recharts-cartesian-grid')
      if (!legend || !grid) return []
      return [
        {
          title: f.getAttribute('aria-label') ?? '',
          legendBottom: legend.getBoundingClientRect().bottom,
          plotTop: grid.getBoundingClientRect().top
        }
      ]
    })
  )
}

describe('every results tab of every preset, in Chromium', () => {
  it.each(PRESETS.map((p) => [p.id, p.title.en] as const))(
    'in the preset %s',
    async (_, title) => {
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
      await page.getByRole('button', { name: title }).click()
      await page.getByTestId('timeline-canvas').waitFor({ timeout: 20_000 })
      for (const tab of ['Utilization', 'Metrics']) {
        await page.getByRole('tab', { name: tab }).click()
        await page.locator('figure.sl-chart .recharts-legend-wrapper').first().waitFor()
        const charts = await legendsAndPlots(page)
        expect(charts.length, tab).toBeGreaterThan(0)
        for (const c of charts) {
          // One pixel of slack for rounding.
          expect(c.legendBottom, `${tab}: ${c.title}`).toBeLessThanOrEqual(c.plotTop + 1)
        }
      }
      // Each table of the Metrics tab (threads, processes, cores, and coroutines or channels
      // where the scenario has them).
      await page.getByRole('tab', { name: 'Metrics' }).click()
      const views = page.locator('.sl-segmented[role="radiogroup"]').getByRole('radio')
      const viewCount = await views.count()
      expect(viewCount).toBeGreaterThanOrEqual(3)
      for (let i = 0; i < viewCount; i++) {
        await views.nth(i).check()
        await page.locator('.pane-results table').first().waitFor()
      }
      await page.getByRole('tab', { name: 'Compare' }).click()
      await page.getByRole('button', { name: 'Run comparison' }).waitFor()
      await page.getByRole('tab', { name: 'Timeline' }).click()
      await page.getByTestId('timeline-canvas').waitFor()
      expect(errors).toEqual([])
      await context.close()
    },
    60_000
  )
})
