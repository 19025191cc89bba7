// Every node of the scenario tree, in Chromium against the built renderer (`npx electron-vite
// build` first): a blank scenario and every preset, each row clicked and then every row reached
// with the arrow keys. The page must keep rendering (tree and inspector heading visible) with no
// page error and no console error. A selector returning a fresh `[]` used to blank the page on
// "Locks 0" and "Devices 0" (React #185).
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../renderer/presets/presets'
import { appInBrowser } from './browser'

const app = appInBrowser()

async function openApp(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await app.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    colorScheme: 'light'
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(app.url)
  await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor({ timeout: 15_000 })
  return { context, page, errors }
}

/** Clicks every row, then arrows down from the first to the last; returns the headings seen. */
async function visitTree(page: Page, errors: string[]): Promise<string[]> {
  const tree = page.getByRole('tree', { name: 'Scenario tree' })
  const rows = tree.getByRole('treeitem')
  const heading = page.locator('#inspector-title')
  const count = await rows.count()
  expect(count).toBeGreaterThanOrEqual(6)
  const seen: string[] = []
  for (let i = 0; i < count; i++) {
    await rows.nth(i).click()
    await expect.poll(() => rows.nth(i).getAttribute('aria-selected')).toBe('true')
    await heading.waitFor({ state: 'visible', timeout: 5_000 })
    seen.push((await heading.textContent()) ?? '')
    expect(errors, `after clicking row ${i} (${seen.at(-1)})`).toEqual([])
  }
  await rows.first().click()
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => rows.nth(i).getAttribute('aria-selected')).toBe('true')
    await heading.waitFor({ state: 'visible', timeout: 5_000 })
    expect(errors, `after arrowing onto row ${i}`).toEqual([])
  }
  await expect(tree.isVisible()).resolves.toBe(true)
  return seen
}

describe('every tree node opens, in Chromium', () => {
  it('of a blank scenario, Locks 0 and Devices 0 included', async () => {
    const { context, page, errors } = await openApp()
    await page.getByRole('button', { name: 'New scenario' }).first().click()
    const seen = await visitTree(page, errors)
    expect(seen).toEqual(
      expect.arrayContaining(['Scenario', 'Machine', 'Scheduler', 'Locks', 'Devices'])
    )
    // The Locks page works, not just renders: a lock can be declared there.
    await page.getByRole('treeitem', { name: /^Locks/ }).click()
    await page.getByRole('button', { name: 'Add lock' }).click()
    await page.getByLabel('Lock 1 name').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it.each(PRESETS.map((p) => [p.id, p.title.en] as const))(
    'of the preset %s',
    async (_, title) => {
      const { context, page, errors } = await openApp()
      await page.getByRole('button', { name: title }).click()
      await page.getByRole('tree', { name: 'Scenario tree' }).waitFor()
      const seen = await visitTree(page, errors)
      expect(seen.every((s) => s !== '')).toBe(true)
      await context.close()
    },
    120_000
  )
})
