// Issue 15's done-when, in Chromium against the built renderer (`npx electron-vite build`
// first): exporting the utilization chart from the desktop app goes through the bridge to main's
// native save dialog (mocked here), and the file main writes is byte-identical to what a browser
// downloads for the same chart. The desktop page gets a stand-in `window.schedlab` (the preload
// cannot run outside Electron) that captures the bytes sent over IPC; they are handed to main's
// own export:save handler, whose dialog answers with a path in a temporary folder. Both pages run
// under the desktop app's Content-Security-Policy header, so PNG export (a blob: image drawn to a
// canvas) and the simulator worker are shown to work under it.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../main/app-protocol'
import { fileHandlers } from '../../main/ipc/file-handlers'
import { appInBrowser } from './browser'

const app = appInBrowser()
const PRESET_TITLE = 'Thread per request vs event loop'
const CHART = 'Utilization over time'
const STEM = 'thread-per-request-vs-event-loop_rr-q5_utilization'

interface Captured {
  name: string
  /** Bytes for a Uint8Array, the text for a string. */
  bytes?: number[]
  text?: string
}

async function openResults(
  desktop: boolean
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await app.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    colorScheme: 'light',
    acceptDownloads: !desktop
  })
  // The desktop app's CSP header on every response (the page's meta tag applies as well).
  await context.route('**/*', async (route) => {
    const response = await route.fetch()
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY }
    })
  })
  if (desktop) {
    await context.addInitScript(() => {
      const saved: Captured[] = []
      const w = window as unknown as { schedlab: unknown; __saved: Captured[] }
      w.__saved = saved
      const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value })
      w.schedlab = {
        openScenario: () => ok(null),
        saveScenario: () => ok(null),
        saveExport: (name: string, data: string | Uint8Array) => {
          saved.push(
            typeof data === 'string' ? { name, text: data } : { name, bytes: Array.from(data) }
          )
          return ok(name)
        },
        setLanguage: () => ok(null),
        onMenuCommand: () => () => undefined
      }
    })
  }
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(app.url)
  await page.getByRole('button', { name: PRESET_TITLE }).click()
  await page.getByTestId('timeline-canvas').waitFor({ timeout: 20_000 })
  await page.getByRole('tab', { name: 'Utilization' }).click()
  await page.getByRole('figure', { name: CHART }).locator('.recharts-area').first().waitFor()
  return { context, page, errors }
}

async function chooseExport(page: Page, item: string): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'Toolbar' })
    .getByRole('button', { name: 'Export' })
    .click()
  const menu = page.getByRole('menu', { name: 'Export' })
  await menu.getByRole('menuitemradio', { name: CHART }).click()
  await menu.getByRole('menuitem', { name: item, exact: true }).click()
}

async function browserDownload(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), chooseExport(page, item)])
  // The menu closes a moment after the download; an Export click before that would close it.
  await page.getByRole('menu', { name: 'Export' }).waitFor({ state: 'detached' })
  return { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) }
}

describe('exporting the utilization chart from the desktop app', () => {
  it('asks with a native save dialog and writes the same bytes the browser downloads', async () => {
    const browser = await openResults(false)
    const png = await browserDownload(browser.page, 'PNG')
    const svg = await browserDownload(browser.page, 'SVG')
    expect(png.name).toBe(`${STEM}.png`)
    expect(svg.name).toBe(`${STEM}.svg`)
    expect(browser.errors).toEqual([])
    await browser.context.close()

    const desktop = await openResults(true)
    const saved = () =>
      desktop.page.evaluate(() => (window as unknown as { __saved: Captured[] }).__saved)
    // The menu stays open (its items disabled) until an export is written; the browser half
    // waits for the download, this half for the bytes to reach main.
    await chooseExport(desktop.page, 'PNG')
    await expect.poll(async () => (await saved()).length).toBe(1)
    await desktop.page.getByRole('menu', { name: 'Export' }).waitFor({ state: 'detached' })
    await chooseExport(desktop.page, 'SVG')
    await expect.poll(async () => (await saved()).length).toBe(2)
    const [sentPng, sentSvg] = await saved()
    // The page sends the PNG as bytes and the SVG as text, named as the browser names them.
    expect(sentPng.name).toBe(png.name)
    expect(sentPng.bytes).toBeDefined()
    expect(sentSvg).toMatchObject({ name: svg.name, text: svg.bytes.toString('utf8') })
    expect(desktop.errors).toEqual([])
    await desktop.context.close()

    // Main's export:save, as the preload's IPC call reaches it, with the dialog mocked.
    const folder = mkdtempSync(join(tmpdir(), 'desktop-export-'))
    const showSaveDialog = vi.fn(async (options: { defaultPath?: string }) => ({
      canceled: false,
      filePath: join(folder, options.defaultPath ?? 'x')
    }))
    const handlers = fileHandlers({
      dialog: { showSaveDialog, showOpenDialog: vi.fn() } as never,
      windowOf: () => null
    })
    const event = { sender: { id: 1 } } as never
    const pngResult = await handlers['export:save'].handle(
      event,
      sentPng.name,
      new Uint8Array(sentPng.bytes ?? [])
    )
    const svgResult = await handlers['export:save'].handle(event, sentSvg.name, sentSvg.text ?? '')
    expect(pngResult).toEqual({ ok: true, value: png.name })
    expect(svgResult).toEqual({ ok: true, value: svg.name })
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: png.name,
      filters: [{ name: 'PNG image', extensions: ['png'] }]
    })
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: svg.name,
      filters: [{ name: 'SVG image', extensions: ['svg'] }]
    })
    expect(readFileSync(join(folder, png.name)).equals(png.bytes)).toBe(true)
    expect(readFileSync(join(folder, svg.name)).equals(svg.bytes)).toBe(true)
    // An export keeps no .bak and leaves no temporary file.
    expect(readdirSync(folder).sort()).toEqual([png.name, svg.name].sort())
  }, 180_000)
})
