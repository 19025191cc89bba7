// The workbench toolbar keeps one row from a 1024×768 window up, in both languages, with a run's
// results in place (so the Export menu is in the toolbar too, its widest state); in a narrow
// window the actions moved into More stay reachable from the keyboard.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appInBrowser } from './browser'

const app = appInBrowser()

/**
 * One row is the toolbar's min-height: 28 px controls, 8 px padding above and below, the border
 * (app.css, `.toolbar`). When it wrapped, it measured 69 px.
 */
const ONE_ROW_PX = 46

interface ToolbarBox {
  height: number
  scrollWidth: number
  clientWidth: number
  /** The shown children: their top, bottom, left and right edges, relative to the toolbar. */
  items: { name: string; top: number; bottom: number; left: number; right: number }[]
}

function measure(page: Page): Promise<ToolbarBox> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('.toolbar')
    if (!bar) throw new Error('no toolbar')
    const box = bar.getBoundingClientRect()
    const items = [...bar.children]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      // The spacer and an empty Export slot have no height: they sit on no row.
      .filter(({ r }) => r.width > 0 && r.height > 0)
      .map(({ el, r }) => ({
        name: el.getAttribute('aria-label') ?? el.className,
        top: r.top - box.top,
        bottom: r.bottom - box.top,
        left: r.left - box.left,
        right: r.right - box.left
      }))
    return {
      height: bar.offsetHeight,
      scrollWidth: bar.scrollWidth,
      clientWidth: bar.clientWidth,
      items
    }
  })
}

async function openWorkbench(width: number, height: number, locale: string, preset?: string) {
  const context = await app.browser.newContext({ locale, viewport: { width, height } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(app.url)
  await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor({ timeout: 15_000 })
  // The first preset card (or the one whose id is given): it loads and runs, and its results
  // put Export in the toolbar.
  await (
    preset
      ? page.locator(`.preset-grid button[aria-labelledby="preset-${preset}-title"]`).first()
      : page.locator('.preset-grid button').first()
  ).click()
  await page.locator('.toolbar .sl-export button').waitFor({ timeout: 15_000 })
  return { context, page, errors }
}

describe('the workbench toolbar', () => {
  // The online shop is a cluster: the toolbar shows its nodes and their cores, two fields where
  // one machine has one.
  const sizes: [number, number, string, string?][] = [
    [1024, 768, 'en-US'],
    [1024, 768, 'zh-CN'],
    [1280, 800, 'en-US'],
    [1920, 1080, 'en-US'],
    [1024, 768, 'en-US', 'online-shop-order-spike'],
    [1024, 768, 'zh-CN', 'online-shop-order-spike']
  ]
  for (const [width, height, locale, preset] of sizes) {
    it(`fits on one row at ${width}×${height} (${locale}${preset ? `, ${preset}` : ''})`, async () => {
      const { context, page, errors } = await openWorkbench(width, height, locale, preset)
      if (preset) await expect(page.locator('#toolbar-nodes').inputValue()).resolves.toBe('7')
      const bar = await measure(page)
      expect(bar.items.length).toBeGreaterThanOrEqual(8)
      // One row: every shown item overlaps every other vertically…
      const lowestTop = Math.max(...bar.items.map((i) => i.top))
      const highestBottom = Math.min(...bar.items.map((i) => i.bottom))
      expect(lowestTop, JSON.stringify(bar.items)).toBeLessThan(highestBottom)
      // …the bar is one row high…
      expect(bar.height).toBeLessThanOrEqual(ONE_ROW_PX)
      // …and nothing is pushed past its right edge or squeezed out of sight.
      expect(bar.scrollWidth).toBeLessThanOrEqual(bar.clientWidth)
      for (const item of bar.items) {
        expect(item.right, item.name).toBeLessThanOrEqual(bar.clientWidth)
        expect(item.right - item.left, item.name).toBeGreaterThanOrEqual(28)
      }
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('keeps the moved actions reachable from the keyboard at 1024×768', async () => {
    const { context, page, errors } = await openWorkbench(1024, 768, 'en-US')
    const toolbar = page.getByRole('toolbar', { name: 'Toolbar' })
    for (const name of ['New scenario', 'Save as', 'Presets', 'Generate']) {
      await expect(toolbar.getByRole('button', { name, exact: true }).count()).resolves.toBe(0)
    }
    // Icon-only buttons keep their names and tooltips.
    await expect(
      toolbar.getByRole('button', { name: 'Open scenario' }).getAttribute('title')
    ).resolves.toMatch(/^Open scenario \(Ctrl\+O\)$/)
    await toolbar.getByRole('button', { name: 'View' }).waitFor()

    await toolbar.getByRole('button', { name: 'Save scenario' }).focus()
    await page.keyboard.press('ArrowRight')
    const more = toolbar.getByRole('button', { name: 'More actions' })
    await expect(more.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await page.keyboard.press('Enter')
    const panel = page.getByRole('group', { name: 'More actions' })
    await panel.waitFor()
    await expect(
      panel
        .getByRole('button', { name: 'New scenario' })
        .evaluate((el) => el === document.activeElement)
    ).resolves.toBe(true)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(
      panel.getByRole('button', { name: 'Presets' }).evaluate((el) => el === document.activeElement)
    ).resolves.toBe(true)
    await page.keyboard.press('Enter')
    await page.getByRole('dialog').first().waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').first().waitFor({ state: 'detached' })

    // Escape closes More and gives focus back to its button.
    await more.click()
    await panel.waitFor()
    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })
    await expect(more.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})
