// A scenario designed from scratch with the UI only, as a new user would (ISSUE 11): a `db`
// lock, a process `web` on 2 cores with 4 worker threads sharing the lock, and an event-loop
// thread with 8 coroutines. Run under rr and fcfs, the utilization chart exported as SVG, the
// file saved (a download), and the app's makespan and average turnaround checked against
// `schedlab run` on the saved file. Screenshots go to the system temp folder for a person to
// look at. Needs `npx electron-vite build` first.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../cli/main'
import { captureCli } from '../helpers/capture-cli'
import { appInBrowser } from './browser'

const app = appInBrowser()
const out = mkdtempSync(join(tmpdir(), 'schedlab-scratch-'))
const WORKER_OPS = 'cpu 2, lock db, cpu 3, unlock db, io 20'
const COROUTINE_OPS = 'cpu 1, await 10, cpu 1'

afterEach(() => vi.restoreAllMocks())

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(out, `${name}.png`), fullPage: false })

async function exportFile(page: Page, item: string, chart?: string) {
  const toolbar = page.getByRole('toolbar', { name: 'Toolbar' })
  await toolbar.getByRole('button', { name: 'Export' }).click()
  const menu = page.getByRole('menu', { name: 'Export' })
  if (chart) await menu.getByRole('menuitemradio', { name: chart }).click()
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('menuitem', { name: item, exact: true }).click()
  ])
  // The menu closes a moment after the download; an Export click before that would close it.
  await menu.waitFor({ state: 'detached' })
  return { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) }
}

/** What `schedlab run FILE --policy P` reports, run in this process. */
async function cliFigures(file: string, policy: string) {
  const r = await captureCli(main, ['run', file, '--policy', policy])
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  const json = JSON.parse(r.stdout) as { makespan: number; summary: { avgTurnaround: number } }
  return { makespan: json.makespan, avgTurnaround: json.summary.avgTurnaround }
}

const appFigure = (page: Page, key: string) =>
  page
    .locator(`[data-field="${key}"] dd`)
    .getAttribute('data-value', { timeout: 2_000 })
    .then(Number)
    .catch(() => NaN)

describe('designing a scenario from scratch, in Chromium', () => {
  it('builds web (4 workers on a db lock, an event loop with 8 coroutines), runs, exports, saves', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      colorScheme: 'light',
      acceptDownloads: true
    })
    const page = await context.newPage()
    // A step that cannot happen fails with its locator instead of hanging until the test times out.
    page.setDefaultTimeout(20_000)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await page.goto(app.url)
    await page.getByRole('button', { name: 'New scenario' }).first().click()
    const tree = page.getByRole('tree', { name: 'Scenario tree' })
    const row = (name: string | RegExp) => tree.getByRole('treeitem', { name })
    const heading = (name: string) => page.locator('#inspector-title', { hasText: name })
    const ops = page.getByRole('textbox', { name: 'Ops (text)' })
    const nameField = page.getByLabel('Name', { exact: true })

    // The lock, from the tree's Locks row (which used to blank the page).
    await row(/^Locks/).click()
    await page.getByRole('button', { name: 'Add lock' }).click()
    await page.getByLabel('Lock 1 name').fill('db')

    // The process web, on 2 cores.
    await page.getByLabel('Cores').fill('2')
    await row(/^process-1/).click()
    await nameField.fill('web')
    await heading('Process web').waitFor()

    // Four workers: the blank thread renamed, two added at once, one duplicated.
    await row(/^main/).click()
    await nameField.fill('worker-1')
    await ops.fill(WORKER_OPS)
    await row(/^web/).click()
    await page.getByRole('spinbutton', { name: 'Threads to add' }).fill('2')
    await page.getByRole('button', { name: 'Add 2 threads' }).click()
    await heading('Thread worker-2').waitFor()
    for (const name of ['worker-2', 'worker-3']) {
      await row(name).click()
      await heading(`Thread ${name}`).waitFor()
      await ops.fill(WORKER_OPS)
    }
    await page.getByRole('button', { name: 'Duplicate' }).click()
    await heading('Thread worker-4').waitFor()
    await expect(ops.inputValue()).resolves.toBe(WORKER_OPS)
    await shot(page, '1-workers')

    // The event loop: one more thread, given the event-loop runtime (its ops move into co-1),
    // then seven coroutines more in one click.
    await row(/^web/).click()
    await page.getByRole('spinbutton', { name: 'Threads to add' }).fill('1')
    await page.getByRole('button', { name: 'Add thread' }).click()
    await heading('Thread worker-5').waitFor()
    await nameField.fill('loop')
    await page.getByLabel('Runtime').selectOption('event-loop')
    await page.getByText('The thread’s ops moved into coroutine co-1.').waitFor()
    await page.getByRole('spinbutton', { name: 'Coroutines to add' }).fill('7')
    await page.getByRole('button', { name: 'Add 7 coroutines' }).click()
    await heading('Coroutine co-2').waitFor()
    await row('co-1').click()
    await heading('Coroutine co-1').waitFor()
    await ops.fill(COROUTINE_OPS)
    for (let c = 2; c <= 8; c++) await row(`co-${c}`).waitFor()
    await page.getByRole('heading', { name: 'Problems (0)' }).waitFor()
    await shot(page, '2-event-loop')

    // Saved as it is (the browser's download), then the CLI's figures for it.
    await row(/^New scenario/).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save scenario' }).click()
    ])
    const file = join(out, 'web.json')
    await download.saveAs(file)
    const saved = JSON.parse(readFileSync(file, 'utf8'))
    expect(saved.locks).toEqual([{ name: 'db', kind: 'mutex', protocol: 'none' }])
    expect(saved.machine.cores).toBe(2)
    const web = saved.processes[0]
    expect(web.name).toBe('web')
    expect(web.threads.map((t: { name: string }) => t.name)).toEqual([
      'worker-1',
      'worker-2',
      'worker-3',
      'worker-4',
      'loop'
    ])
    for (const t of web.threads.slice(0, 4)) {
      expect(t.ops).toEqual([{ cpu: 2 }, { lock: 'db' }, { cpu: 3 }, { unlock: 'db' }, { io: 20 }])
    }
    expect(web.threads[4].runtime).toEqual({ kind: 'event-loop' })
    expect(web.threads[4].coroutines).toHaveLength(8)
    for (const co of web.threads[4].coroutines) {
      expect(co.ops).toEqual([{ cpu: 1 }, { await: 10 }, { cpu: 1 }])
    }

    // Each policy: Run in the app, and the summary shows what the CLI computes.
    for (const policy of ['rr', 'fcfs']) {
      const expected = await cliFigures(file, policy)
      expect(expected.makespan).toBeGreaterThan(0)
      await page.getByLabel('Policy').selectOption(policy)
      await page.getByRole('button', { name: 'Run', exact: true }).click()
      await expect
        .poll(() => appFigure(page, 'makespan'), { timeout: 20_000 })
        .toBe(expected.makespan)
      await expect.poll(() => appFigure(page, 'avgTurnaround')).toBe(expected.avgTurnaround)
      await shot(page, `3-run-${policy}`)
      if (policy === 'rr') {
        await page.getByRole('tab', { name: 'Utilization' }).click()
        await page.getByRole('figure', { name: 'Utilization over time' }).waitFor()
        const svg = await exportFile(page, 'SVG', 'Utilization over time')
        expect(svg.name).toMatch(/_utilization\.svg$/)
        const text = svg.bytes.toString('utf8')
        expect(text).toMatch(/^<\?xml|^<svg/)
        expect(text).toContain('Utilization over time')
        writeFileSync(join(out, svg.name), svg.bytes)
        await shot(page, '4-utilization')
      }
    }
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)
})
