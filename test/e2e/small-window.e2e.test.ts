// The workbench in a small window, in Chromium against the built app (`npx electron-vite build`
// first). The tree (240 px), the results (at least 320 px) and the inspector (360 px) with two
// 5 px splitters need 930 px, but the desktop window may be 900 px wide (main/window-state.ts
// MIN_WIDTH) and a browser window anything: the inspector used to be cut off at the right edge,
// its fields out of reach. Now the side panes give way down to their splitters' minimums (180
// and 280 px, 790 px in all), and a window narrower than that scrolls the panes sideways.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appInBrowser } from './browser'

const app = appInBrowser()

async function openPreset(width: number, height: number): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width, height }, locale: 'en-US' })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Lock contention' }).click()
  await page.getByTestId('timeline-canvas').waitFor({ timeout: 20_000 })
  return page
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).boundingBox()
  if (!b) throw new Error(`${selector} is not on the page`)
  return b
}

describe('the workbench in a small window, in Chromium', () => {
  it.each([900, 800])('keeps all three panes inside a %i px wide window', async (width) => {
    const page = await openPreset(width, 700)
    const tree = await box(page, '.pane-tree')
    const results = await box(page, '.pane-results')
    const inspector = await box(page, '.pane-inspector')
    expect(tree.x).toBeGreaterThanOrEqual(0)
    expect(tree.width).toBeGreaterThanOrEqual(180)
    expect(results.width).toBeGreaterThanOrEqual(320)
    expect(inspector.width).toBeGreaterThanOrEqual(280)
    // One pixel of slack for rounding.
    expect(inspector.x + inspector.width).toBeLessThanOrEqual(width + 1)
    // The inspector's fields are usable: the name field is within the window.
    const name = await page.getByLabel('Name', { exact: true }).boundingBox()
    expect(name && name.x + name.width).toBeLessThanOrEqual(width + 1)
    await page.context().close()
  })

  it('scrolls the panes sideways in a window narrower than their minimums', async () => {
    const page = await openPreset(600, 700)
    const panes = page.locator('.panes')
    const sizes = await panes.evaluate((e) => ({
      scroll: e.scrollWidth,
      client: e.clientWidth,
      // A page with overflow hidden can still be scrolled by a script, not by the user.
      overflowX: getComputedStyle(e).overflowX
    }))
    expect(sizes.scroll).toBeGreaterThan(sizes.client)
    expect(['auto', 'scroll']).toContain(sizes.overflowX)
    await page.locator('.pane-inspector').scrollIntoViewIfNeeded()
    const inspector = await box(page, '.pane-inspector')
    expect(inspector.x + inspector.width).toBeLessThanOrEqual(600 + 1)
    await page.context().close()
  })
})
