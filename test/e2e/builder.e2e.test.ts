// The scenario builder as a new user meets it, in Chromium against the built renderer
// (`npx electron-vite build` first): pick a preset, change the machine and the policy, add a
// process with two threads, type ops as text, undo, save (a download), reload, open the saved
// file and find the same scenario; then open three files that are not scenarios and see why,
// with the open scenario untouched.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { appInBrowser } from './browser'

const app = appInBrowser()
const downloads = mkdtempSync(join(tmpdir(), 'schedlab-builder-'))

async function newPage(
  colorScheme: 'light' | 'dark' = 'light'
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await app.browser.newContext({
    locale: 'en-US',
    colorScheme,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 }
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

async function save(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save scenario' }).click()
  ])
  const path = join(downloads, name)
  await download.saveAs(path)
  expect(download.suggestedFilename()).toMatch(/\.json$/)
  return readFileSync(path, 'utf8')
}

async function openFile(
  page: Page,
  button: string,
  file: string | { name: string; mimeType: string; buffer: Buffer }
) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).first().click()
  ])
  await chooser.setFiles(file)
}

const ops = (page: Page) => page.getByLabel('Ops (text)')

describe('scenario builder in Chromium', () => {
  it('builds, saves, reopens, and refuses malformed files without losing the scenario', async () => {
    const { context, page, errors } = await newPage()

    // A preset loads and runs at once.
    await page
      .getByRole('button', { name: "A game's interactive thread next to batch work" })
      .click()
    await page.getByRole('button', { name: 'Run' }).waitFor()
    await expect(page.title()).resolves.toBe(
      "A game's interactive thread next to batch work — SchedLab"
    )
    await page.getByRole('region', { name: 'About this preset' }).waitFor()

    // Cores 8, round robin with quantum 3.
    await page.getByLabel('Cores').fill('8')
    await page.getByLabel('Policy').selectOption('rr')
    await page.getByLabel('Quantum').fill('3')
    await expect(page.title()).resolves.toMatch(/ \* — SchedLab$/)

    // A process with two threads, through the UI.
    await page.getByRole('button', { name: 'Add process' }).click()
    await page.getByRole('heading', { name: 'Process process-1' }).waitFor()
    await page.getByRole('button', { name: 'Add thread' }).click()
    await page.getByRole('heading', { name: 'Thread thread-1' }).waitFor()
    const tree = page.getByRole('tree')
    await tree.getByRole('treeitem', { name: 'process-1' }).waitFor()

    // Ops typed as text on the first thread; the rows follow.
    await tree.getByRole('treeitem', { name: /^main/ }).last().click()
    await page.getByRole('heading', { name: 'Thread main' }).waitFor()
    await ops(page).fill('')
    await ops(page).pressSequentially('cpu 4, sleep 6, repeat 2 { cpu 1, io 3 }')
    await expect(page.getByLabel('Op 3 type').inputValue()).resolves.toBe('repeat')
    await expect(page.getByLabel('Op 3.2 value').inputValue()).resolves.toBe('3')

    // Ops typed on the second thread, then undone with Ctrl+Z: only that edit goes.
    await tree.getByRole('treeitem', { name: 'thread-1' }).click()
    await page.getByRole('heading', { name: 'Thread thread-1' }).waitFor()
    await expect(ops(page).inputValue()).resolves.toBe('cpu 5, io 10, cpu 3')
    await ops(page).fill('cpu 9')
    await expect(page.getByLabel('Op 1 value').inputValue()).resolves.toBe('9')
    await ops(page).press('Control+z')
    await expect(ops(page).inputValue()).resolves.toBe('cpu 5, io 10, cpu 3')
    await expect(page.getByRole('heading', { name: 'Problems (0)' }).isVisible()).resolves.toBe(
      true
    )

    // Save: a download.
    const saved = await save(page, 'first.json')
    const doc = JSON.parse(saved)
    expect(doc.machine.cores).toBe(8)
    expect(doc.scheduler).toEqual({ policy: 'rr', quantum: 3 })
    const proc = doc.processes.find((p: { name: string }) => p.name === 'process-1')
    expect(proc.threads.map((t: { name: string }) => t.name)).toEqual(['main', 'thread-1'])
    expect(proc.threads[0].ops).toEqual([
      { cpu: 4 },
      { sleep: 6 },
      { repeat: 2, ops: [{ cpu: 1 }, { io: 3 }] }
    ])
    expect(proc.threads[1].ops).toEqual([{ cpu: 5 }, { io: 10 }, { cpu: 3 }])
    await expect(page.title()).resolves.toBe(
      "A game's interactive thread next to batch work — SchedLab"
    )

    // Reload: the start page (offering the autosave back); open the saved file instead.
    await page.reload()
    await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor()
    await page.getByRole('list', { name: 'Autosaved drafts' }).waitFor()
    await openFile(page, 'Open scenario', join(downloads, 'first.json'))
    await page.getByRole('button', { name: 'Run' }).waitFor()
    await expect(page.getByLabel('Cores').inputValue()).resolves.toBe('8')
    await expect(page.getByLabel('Policy').inputValue()).resolves.toBe('rr')
    await expect(page.getByLabel('Quantum').inputValue()).resolves.toBe('3')
    await tree.getByRole('treeitem', { name: 'thread-1' }).click()
    await expect(ops(page).inputValue()).resolves.toBe('cpu 5, io 10, cpu 3')
    await tree.getByRole('treeitem', { name: /^main/ }).last().click()
    await expect(ops(page).inputValue()).resolves.toBe('cpu 4, sleep 6, repeat 2 { cpu 1, io 3 }')
    // The same scenario, byte for byte.
    expect(await save(page, 'second.json')).toBe(saved)

    // Three files that are not scenarios: each says why, and the scenario stays as it was.
    const malformed: { name: string; text: string; lines: string[] }[] = [
      {
        name: 'not-json.json',
        text: '{ "format": "schedlab/scenario", "version": 1, ',
        lines: ['not valid JSON']
      },
      {
        // A scenario with problems opens (open-with-problems.e2e.test.ts); another format does not.
        name: 'other-format.json',
        text: JSON.stringify({ format: 'other/thing', version: 1, name: 'x' }),
        lines: ['format: expected "schedlab/scenario", got "other/thing": not a SchedLab scenario']
      },
      {
        name: 'a-list.json',
        text: JSON.stringify([{ format: 'schedlab/scenario' }]),
        lines: ['expected a scenario object']
      }
    ]
    for (const bad of malformed) {
      await openFile(page, 'Open scenario', {
        name: bad.name,
        mimeType: 'application/json',
        buffer: Buffer.from(bad.text)
      })
      const dialog = page.getByRole('alertdialog', { name: `Could not open ${bad.name}` })
      await dialog.waitFor()
      const listed = await dialog.getByRole('listitem').allInnerTexts()
      for (const line of bad.lines) {
        expect(
          listed.some((l) => l.includes(line)),
          `${bad.name}: ${line}`
        ).toBe(true)
      }
      await dialog.getByRole('button', { name: 'Close' }).last().click()
      await dialog.waitFor({ state: 'detached' })
      await expect(page.getByLabel('Cores').inputValue()).resolves.toBe('8')
      await expect(page.title()).resolves.toBe(
        "A game's interactive thread next to batch work — SchedLab"
      )
    }
    expect(await save(page, 'third.json')).toBe(saved)

    expect(errors).toEqual([])
    await context.close()
  })

  it('captures the builder in light and dark themes', async () => {
    // Written to docs/images when SCHEDLAB_DOC_SCREENSHOTS=1, otherwise to test-results/.
    const dir = process.env.SCHEDLAB_DOC_SCREENSHOTS === '1' ? 'docs/images' : 'test-results'
    mkdirSync(join(process.cwd(), dir), { recursive: true })
    for (const scheme of ['light', 'dark'] as const) {
      const { context, page, errors } = await newPage(scheme)
      await page.getByRole('button', { name: 'Lock contention' }).click()
      await page.getByRole('button', { name: 'Run' }).waitFor()
      await page.getByRole('tree').getByRole('treeitem', { name: 'worker-2' }).click()
      await page.getByRole('heading', { name: 'Thread worker-2' }).waitFor()
      await page.waitForTimeout(300)
      await page.screenshot({ path: join(process.cwd(), dir, `builder-${scheme}.png`) })
      expect(errors).toEqual([])
      await context.close()
    }
  })
})
