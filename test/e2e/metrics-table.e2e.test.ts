// The Metrics tab of "Thread per request vs event loop" in the real page at 1280×800 and
// 1024×768, as a new user found it: the per-coroutine table hid Turnaround past its right edge
// (the user had to scroll sideways for the figure that matters most), and picking "Per
// coroutine" left the seventeen threads' bars above the sixteen coroutines' rows.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appInBrowser } from './browser'

const app = appInBrowser()

const EVENT_LOOP = 'Thread per request vs event loop'
const SIZES: [number, number][] = [
  [1280, 800],
  [1024, 768]
]

async function openMetrics(width: number, height: number) {
  const context = await app.browser.newContext({ viewport: { width, height }, locale: 'en-US' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(app.url)
  await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor({ timeout: 15_000 })
  await page.locator('.preset-grid button', { hasText: EVENT_LOOP }).first().click()
  await page.getByTestId('timeline-canvas').waitFor({ timeout: 15_000 })
  await page.getByRole('tab', { name: 'Metrics' }).click()
  return { context, page, errors }
}

/**
 * Where a column header sits against what its table's scroll box shows without scrolling: the
 * box's right edge less its scroll bar, and no further than the results pane's own visible edge.
 */
async function headerInSight(page: Page, header: Locator) {
  await header.waitFor()
  const box = await header.boundingBox()
  if (!box) throw new Error('no header box')
  const view = await page.locator('.sl-metrics-table .sl-table-wrap').evaluate((wrap) => {
    const r = wrap.getBoundingClientRect()
    const pane = wrap.closest('.sl-results-body')
    const p = pane?.getBoundingClientRect()
    const paneRight = p && pane ? p.left + pane.clientWidth : innerWidth
    return {
      left: r.left,
      right: Math.min(r.left + wrap.clientWidth, paneRight),
      scrollLeft: wrap.scrollLeft,
      overflow: wrap.scrollWidth - wrap.clientWidth
    }
  })
  return { left: box.x, right: box.x + box.width, view }
}

describe('the Metrics tab’s tables', () => {
  for (const [width, height] of SIZES) {
    it(`show Turnaround without sideways scrolling (${width}×${height})`, async () => {
      const { context, page, errors } = await openMetrics(width, height)
      const table = page.locator('.sl-metrics-table table')
      const turnaround = table.getByRole('columnheader', { name: 'Turnaround (ms)' })
      const threads = await headerInSight(page, turnaround)
      expect(threads.view.scrollLeft).toBe(0)
      expect(threads.left).toBeGreaterThanOrEqual(threads.view.left)
      expect(threads.right).toBeLessThanOrEqual(threads.view.right)

      await page.getByRole('radio', { name: 'Per coroutine' }).click()
      await table.getByRole('cell', { name: 'event-loop/loop/req-16' }).waitFor()
      const coroutines = await headerInSight(page, turnaround)
      expect(coroutines.view.scrollLeft).toBe(0)
      expect(coroutines.left).toBeGreaterThanOrEqual(coroutines.view.left)
      expect(coroutines.right).toBeLessThanOrEqual(coroutines.view.right)
      // The rest is still there, a scroll away: ids and timestamps go last, not away.
      const host = table.getByRole('columnheader', { name: 'Host thread' })
      expect(await host.count()).toBe(1)
      expect(errors).toEqual([])
      await context.close()
    })
  }
})

describe('the Metrics chart', () => {
  for (const [width, height] of SIZES) {
    it(`draws the coroutines when their rows are picked, names inside the chart (${width}×${height})`, async () => {
      const { context, page, errors } = await openMetrics(width, height)
      await page.getByRole('figure', { name: 'Per-thread times' }).waitFor()
      await page.getByRole('radio', { name: 'Per coroutine' }).click()
      const figure = page.getByRole('figure', { name: 'Per-coroutine times' })
      const ticks = figure.locator('.recharts-xAxis-tick-labels text')
      await ticks.first().waitFor({ timeout: 10_000 })
      expect(await page.getByRole('figure', { name: 'Per-thread times' }).count()).toBe(0)
      const svg = await figure.locator('svg.recharts-surface').last().boundingBox()
      if (!svg) throw new Error('no chart')
      const names = await ticks.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect()
          return { name: el.querySelector('title')?.textContent ?? '', left: r.left }
        })
      )
      expect(names.map((n) => n.name)).toEqual(
        Array.from({ length: 16 }, (_, i) => `event-loop/loop/req-${i + 1}`)
      )
      for (const n of names) expect(n.left, n.name).toBeGreaterThanOrEqual(svg.x)
      expect(errors).toEqual([])
      await context.close()
    })
  }
})
