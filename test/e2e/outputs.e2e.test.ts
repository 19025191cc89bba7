// Outputs of a scenario with locks and coroutines, in Chromium at 1024 px against the built
// renderer (`npx electron-vite build` first): an io op's row keeps its buttons on its line, the
// Compare tab ticks the scenario's own policy (fcfs) and lists coroutine and lock rows, and the
// HTML report counts the coroutines, lists them and the lock, and never runs wider than the page
// (on screen at 1024 px, and printed on A4). SCHEDLAB_SHOTS=DIR also saves screenshots there.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { appInBrowser } from './browser'

const app = appInBrowser()
const dir = mkdtempSync(join(tmpdir(), 'schedlab-outputs-'))
const shots = process.env.SCHEDLAB_SHOTS

async function shot(page: Page, name: string, part?: Locator): Promise<void> {
  if (!shots) return
  const path = join(shots, `${name}.png`)
  await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }))
}

// The web server: 2 cores, 4 workers sharing `db`, an event loop with 8 coroutines.
const SCENARIO = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'Web server with a db lock',
  machine: { cores: 2 },
  scheduler: { policy: 'fcfs' },
  locks: [{ name: 'db' }],
  devices: [{ name: 'disk', channels: 1 }],
  processes: [
    {
      name: 'web',
      threads: [
        ...Array.from({ length: 4 }, (_, i) => ({
          name: `worker-${i + 1}`,
          ops: [
            { cpu: 2 },
            { lock: 'db' },
            { cpu: 3 },
            { unlock: 'db' },
            // The first worker's io names the device; the others' use none ("no device", the
            // widest choice) inside a repeat, whose rows are indented.
            i === 0 ? { io: 20, device: 'disk' } : { repeat: 2, ops: [{ io: 10 }, { cpu: 1 }] }
          ]
        })),
        {
          name: 'loop',
          runtime: { kind: 'event-loop' },
          coroutines: Array.from({ length: 8 }, (_, i) => ({
            name: `req-${i + 1}`,
            arrival: i,
            ops: [{ cpu: 1 }, { await: 10 }, { cpu: 1 }]
          }))
        }
      ]
    }
  ]
}

async function openScenario(page: Page): Promise<void> {
  const file = join(dir, 'web.json')
  writeFileSync(file, JSON.stringify(SCENARIO))
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open scenario' }).first().click()
  ])
  await chooser.setFiles(file)
  await page.getByRole('button', { name: 'Run' }).waitFor()
}

describe('outputs of a scenario with locks and coroutines, at 1024 px', () => {
  it('op rows, Compare and the HTML report fit and say what the run did', async () => {
    const context = await app.browser.newContext({
      locale: 'en-US',
      acceptDownloads: true,
      viewport: { width: 1024, height: 768 }
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(app.url)
    await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor({ timeout: 15_000 })
    await openScenario(page)

    // An io op's row: number, type, value, device and its three buttons on one line, inside the
    // inspector; with a device named and with none ("no device", the widest choice).
    for (const [thread, op] of [
      ['worker-1', 'Op 5 type'],
      ['worker-2', 'Op 5.1 type']
    ]) {
      await page.getByRole('tree').getByRole('treeitem', { name: thread }).click()
      await page.getByRole('heading', { name: `Thread ${thread}` }).waitFor()
      const line = page
        .locator('.op-row')
        .filter({ has: page.getByLabel(op, { exact: true }) })
        .last()
        .locator('.op-line')
        .first()
      // The row's controls (the hidden labels are positioned off the line on purpose).
      const parts = await line.evaluate((l) =>
        [...l.querySelectorAll('.op-number, select, input, .op-actions')].map((e) => {
          const r = e.getBoundingClientRect()
          return { middle: r.top + r.height / 2, right: r.right }
        })
      )
      const right = await page
        .locator('.inspector')
        .evaluate((e) => e.getBoundingClientRect().right)
      await shot(page, `io-row-1024-${thread}`)
      expect(parts.length).toBe(5)
      for (const p of parts) {
        expect(Math.abs(p.middle - parts[0].middle)).toBeLessThan(6)
        expect(p.right).toBeLessThanOrEqual(right)
      }
    }

    // Run, then Compare: the scenario's own policy is ticked, not rr.
    await page.getByRole('button', { name: 'Run' }).click()
    await page.getByRole('tab', { name: 'Compare' }).click()
    await expect(page.getByRole('checkbox', { name: 'fcfs' }).isChecked()).resolves.toBe(true)
    await expect(page.getByRole('checkbox', { name: 'rr' }).isChecked()).resolves.toBe(false)
    await page.getByRole('checkbox', { name: 'rr' }).check()
    await page.getByRole('button', { name: 'Run comparison' }).click()
    const table = page.getByRole('table', { name: /Summary by policy/ })
    await table.waitFor({ timeout: 30_000 })
    for (const key of ['coAvgTurnaround', 'coAvgStalled', 'lockContended', 'lockWait'])
      await table.locator(`tr[data-row="${key}"]`).waitFor()
    const chart = page.getByRole('figure', { name: 'Compare: summary figures' })
    await chart.locator('.recharts-bar-rectangle').first().waitFor()
    expect(await chart.locator('text', { hasText: /^figure$/ }).count()).toBe(0)
    await shot(page, 'compare-chart-1024', chart)
    await shot(page, 'compare-table-1024', table)

    // The report: download it and open it at 1024 px.
    const toolbar = page.getByRole('toolbar', { name: 'Toolbar' })
    await toolbar.getByRole('button', { name: 'Export' }).click()
    const menu = page.getByRole('menu', { name: 'Export' })
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('menuitem', { name: 'Report', exact: true }).click()
    ])
    const html = await readFile(await dl.path(), 'utf8')
    expect(html).toContain('<dd>1 process, 5 threads, 8 coroutines, 1 lock</dd>')
    expect(html).toContain('<dd>fcfs (First come, first served) — Ready order: fifo')
    const report = await context.newPage()
    await report.setContent(html)
    const fits = () =>
      report.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
        tables: [...document.querySelectorAll('.table-wrap')].map((w) => ({
          box: w.clientWidth,
          table: (w.querySelector('table') as HTMLElement).scrollWidth,
          right: w.getBoundingClientRect().right
        }))
      }))
    const screen = await fits()
    // Threads, coroutines, locks; the page itself never scrolls sideways.
    expect(screen.tables).toHaveLength(3)
    expect(screen.page).toBeLessThanOrEqual(screen.view)
    for (const t of screen.tables) expect(t.right).toBeLessThanOrEqual(screen.view)
    await shot(report, 'report-1024')
    await shot(report, 'report-head-1024', report.locator('dl.facts'))
    await shot(report, 'report-threads-1024', report.locator('.table-wrap').first())
    await shot(report, 'report-coroutines-1024', report.locator('.table-wrap').nth(1))

    // Printed on A4 (794 px wide at 96 dpi): every table fits its box, none scrolls.
    await report.setViewportSize({ width: 794, height: 1123 })
    await report.emulateMedia({ media: 'print' })
    const printed = await fits()
    for (const t of printed.tables) expect(t.table).toBeLessThanOrEqual(t.box + 1)
    if (shots)
      await report.pdf({ path: join(shots, 'report-a4.pdf'), format: 'A4', printBackground: true })
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
