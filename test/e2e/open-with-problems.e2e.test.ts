// Saving never strands work (issue 11), in Chromium against the built renderer (`npx
// electron-vite build` first): a scenario saved while it has problems opens again as it was,
// its problems listed and Run disabled; a file that is not a scenario is refused with the
// reason, and the open scenario stays.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { appInBrowser } from './browser'

const app = appInBrowser()
const downloads = mkdtempSync(join(tmpdir(), 'schedlab-problems-'))

async function openFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer }
) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open scenario' }).first().click()
  ])
  await chooser.setFiles(file)
}

describe('a scenario with problems in Chromium', () => {
  it('saves as it is, opens again as it is, and only a non-scenario is refused', async () => {
    const context = await app.browser.newContext({
      locale: 'en-US',
      acceptDownloads: true,
      viewport: { width: 1440, height: 900 }
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(app.url)
    await page.getByRole('button', { name: 'New scenario' }).click()
    await page.getByRole('button', { name: 'Run' }).waitFor()

    // Half built: the thread locks a lock nobody has declared yet.
    const tree = page.getByRole('tree')
    await tree.getByRole('treeitem', { name: /^main/ }).first().click()
    await page.getByLabel('Ops (text)').fill('cpu 2, lock db, cpu 3, unlock db')
    const problems = page.getByRole('heading', { name: /^Problems \(\d+\)$/ })
    // `lock db` and `unlock db` each name an undeclared lock.
    await expect(problems.textContent()).resolves.toBe('Problems (2)')
    const listed = 'Problems (2)'

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save scenario' }).click()
    ])
    const saved = join(downloads, 'half-built.json')
    await download.saveAs(saved)
    const text = readFileSync(saved, 'utf8')

    // A fresh page: open the file from disk.
    await page.reload()
    await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor()
    await openFile(page, saved)
    await page.getByRole('button', { name: 'Run' }).waitFor()
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0)
    await expect(problems.textContent()).resolves.toBe(listed)
    const run = page.getByRole('button', { name: 'Run' })
    await expect(run.getAttribute('aria-disabled')).resolves.toBe('true')
    await page.getByText(/fix (it|them) to run the scenario/).waitFor()
    await page
      .getByText(/^Opened half-built\.json\. It has \d+ problems? \(see Problems\)/)
      .waitFor()
    await tree.getByRole('treeitem', { name: /^main/ }).first().click()
    await expect(page.getByLabel('Ops (text)').inputValue()).resolves.toBe(
      'cpu 2, lock db, cpu 3, unlock db'
    )
    const dir = join(process.cwd(), 'test-results')
    mkdirSync(dir, { recursive: true })
    await page.screenshot({ path: join(dir, 'reopened-problem-file.png') })

    // Saved again without an edit: the same bytes.
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save scenario' }).click()
    ])
    const second = join(downloads, 'again.json')
    await again.saveAs(second)
    expect(readFileSync(second, 'utf8')).toBe(text)

    // Not a scenario: refused with the reason, the open document stays.
    await openFile(page, {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('remember to buy milk')
    })
    const dialog = page.getByRole('alertdialog', { name: 'Could not open notes.json' })
    await dialog.waitFor()
    await expect(dialog.innerText()).resolves.toMatch(
      /It is not a SchedLab scenario, so it was not opened[\s\S]*not valid JSON/
    )
    await page.screenshot({ path: join(dir, 'refused-not-a-scenario.png') })
    await dialog.getByRole('button', { name: 'Close' }).last().click()
    await dialog.waitFor({ state: 'detached' })
    await tree.getByRole('treeitem', { name: /^main/ }).first().click()
    await expect(page.getByLabel('Ops (text)').inputValue()).resolves.toBe(
      'cpu 2, lock db, cpu 3, unlock db'
    )

    expect(errors).toEqual([])
    await context.close()
  })
})
