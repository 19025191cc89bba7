// Autosave per document and tab, in Chromium against the built renderer (`npx electron-vite
// build` first): two tabs of one browser each build a scenario; neither overwrites the other's
// draft (issue 11: New scenario in a second tab replaced the first tab's unsaved work); after
// both close, the start page lists both and opens either.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { appInBrowser } from './browser'

const app = appInBrowser()

async function openTab(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage()
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(app.url)
  await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor({ timeout: 15_000 })
  return page
}

/** New scenario, renamed, with a core count of its own: work that exists only in this tab. */
async function buildIn(page: Page, name: string, cores: string) {
  await page.getByRole('button', { name: 'New scenario' }).click()
  await page.getByRole('button', { name: 'Run' }).waitFor()
  await page.getByRole('tree').getByRole('treeitem').first().click()
  await page.getByLabel('Name', { exact: true }).fill(name)
  await page.getByLabel('Cores').fill(cores)
  await expect(page.title()).resolves.toBe(`${name} * — SchedLab`)
}

const storedNames = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('schedlab.draft.v2.'))
      .map(
        (k) =>
          (JSON.parse(localStorage.getItem(k) ?? '{}') as { draft: { name: string } }).draft.name
      )
      .sort()
  )

describe('autosave in two tabs', () => {
  it('keeps each tab’s work, and the start page offers both back', async () => {
    const context = await app.browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 820 }
    })
    const errors: string[] = []
    const a = await openTab(context, errors)
    const b = await openTab(context, errors)

    await buildIn(a, 'Tab A work', '3')
    // Tab A's draft is stored (autosave waits for a pause in the edits).
    await expect.poll(() => storedNames(a), { timeout: 10_000 }).toEqual(['Tab A work'])
    await buildIn(b, 'Tab B work', '5')
    await expect
      .poll(() => storedNames(b), { timeout: 10_000 })
      .toEqual(['Tab A work', 'Tab B work'])

    // Closing the tabs keeps both drafts.
    await a.close({ runBeforeUnload: false })
    await b.close({ runBeforeUnload: false })
    const c = await openTab(context, errors)
    const list = c.getByRole('list', { name: 'Autosaved drafts' })
    await list.waitFor()
    const items = await list.getByRole('listitem').allInnerTexts()
    expect(items).toHaveLength(2)
    expect(items[0]).toMatch(/^Tab B work\s+Unsaved changes, autosaved /)
    expect(items[1]).toMatch(/^Tab A work\s+Unsaved changes, autosaved /)
    const dir = join(process.cwd(), 'test-results')
    mkdirSync(dir, { recursive: true })
    await c.screenshot({ path: join(dir, 'start-autosaved-drafts.png') })

    // Tab A's work, exactly as it was left.
    await c.getByRole('button', { name: 'Open the draft “Tab A work”' }).click()
    await c.getByRole('button', { name: 'Run' }).waitFor()
    await expect(c.title()).resolves.toBe('Tab A work * — SchedLab')
    await expect(c.getByLabel('Cores').inputValue()).resolves.toBe('3')
    // It took the draft over: still two drafts, not three.
    await expect
      .poll(() => storedNames(c), { timeout: 10_000 })
      .toEqual(['Tab A work', 'Tab B work'])

    expect(errors).toEqual([])
    await context.close()
  })
})
