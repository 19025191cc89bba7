// The cluster builder of issue 17 in Chromium against the built renderer (`npx electron-vite
// build` first): a two-node cluster with a service and a request stream built from a blank
// scenario through the UI only (valid, so Run is enabled), and every tree node of
// docs/examples/cluster-shop.json opened by click and by arrow key with no page or console
// error. Screenshots of the Services page go to test-results/ for a look.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appInBrowser } from './browser'

const app = appInBrowser()
const SHOTS = join(process.cwd(), 'test-results')
const SHOP = join(process.cwd(), 'docs/examples/cluster-shop.json')

async function openApp(): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await app.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    colorScheme: 'light'
  })
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(app.url)
  await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor({ timeout: 15_000 })
  return { page, errors, close: () => context.close() }
}

const treeItem = (page: Page, name: RegExp) =>
  page.getByRole('tree').getByRole('treeitem', { name }).first()

describe('the cluster builder in Chromium', () => {
  it('builds a two-node cluster with a service and requests from a blank scenario', async () => {
    const { page, errors, close } = await openApp()
    await page.getByRole('button', { name: 'New scenario' }).first().click()
    await page.getByRole('button', { name: 'Run' }).waitFor()

    await treeItem(page, /^Machine/).click()
    await page.getByRole('button', { name: 'Add node' }).click()
    await expect.poll(() => page.locator('#inspector-title').textContent()).toBe('Node node-1')
    await page.getByLabel('Node cores').fill('2')
    await treeItem(page, /^Nodes/).click()
    await page.getByRole('button', { name: 'Add node' }).click()
    await expect.poll(() => page.locator('#inspector-title').textContent()).toBe('Node node-2')
    // The keyboard: the new node's row is selected; Up goes to node-1.
    await treeItem(page, /^node-2/).focus()
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => page.locator('#inspector-title').textContent()).toBe('Node node-1')

    await treeItem(page, /^Network/).click()
    await page.getByLabel('Default latency').fill('2')
    await treeItem(page, /^Services/).click()
    await page.getByRole('button', { name: 'Add service' }).click()
    await page.getByLabel('Service 1 name').fill('orders')
    await page.getByLabel('Service 1 name').press('Enter')
    await page.getByRole('checkbox', { name: 'node-2' }).check()
    await page.getByLabel('Service 1 balancer').selectOption('least-outstanding')
    await page.getByLabel('Ops (text)').fill('cpu 4')
    await page.screenshot({ path: join(SHOTS, 'cluster-services.png') })

    await treeItem(page, /^Requests/).click()
    await page.getByRole('button', { name: 'Add requests' }).click()
    await expect(page.getByLabel('Requests 1 to').inputValue()).resolves.toBe('orders')
    await page.getByLabel('Requests 1 count').fill('20')

    // Valid: no problems, and the tree counts what was built.
    await expect
      .poll(() => page.getByRole('heading', { name: /^Problems/ }).textContent())
      .toBe('Problems (0)')
    await expect(treeItem(page, /^Nodes/).textContent()).resolves.toContain('2')
    await expect(treeItem(page, /^Services/).textContent()).resolves.toContain('1')
    await expect(treeItem(page, /^Requests/).textContent()).resolves.toContain('1')
    expect(await page.getByRole('button', { name: 'Run' }).getAttribute('aria-disabled')).toBeNull()
    expect(errors).toEqual([])
    await close()
  })

  it('opens every tree node of docs/examples/cluster-shop.json', async () => {
    mkdirSync(SHOTS, { recursive: true })
    const { page, errors, close } = await openApp()
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open scenario' }).first().click()
    ])
    await chooser.setFiles(SHOP)
    await page.getByRole('button', { name: 'Run' }).waitFor()
    const rows = page.getByRole('tree').getByRole('treeitem')
    const heading = page.locator('#inspector-title')
    const count = await rows.count()
    // scenario, machine, scheduler, Nodes + 3, Network, Services, Requests, Faults, Processes,
    // cron, backup, Devices, Channels, Locks.
    expect(count).toBe(17)
    const seen: string[] = []
    for (let i = 0; i < count; i++) {
      await rows.nth(i).click()
      await expect.poll(() => rows.nth(i).getAttribute('aria-selected')).toBe('true')
      seen.push((await heading.textContent()) ?? '')
      expect(errors, `row ${i}`).toEqual([])
    }
    expect(seen).toEqual(
      expect.arrayContaining([
        'Nodes',
        'Node web-1',
        'Node web-2',
        'Node db',
        'Network',
        'Services',
        'Requests',
        'Faults'
      ])
    )
    await rows.first().click()
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('ArrowDown')
      await expect.poll(() => rows.nth(i).getAttribute('aria-selected')).toBe('true')
      await heading.waitFor({ state: 'visible' })
    }
    await treeItem(page, /^db/).click()
    await page.screenshot({ path: join(SHOTS, 'cluster-node-db.png') })
    await treeItem(page, /^Network/).click()
    await page.screenshot({ path: join(SHOTS, 'cluster-network.png') })
    await treeItem(page, /^Faults/).click()
    await page.screenshot({ path: join(SHOTS, 'cluster-faults.png') })
    expect(errors).toEqual([])
    await close()
  })
})
