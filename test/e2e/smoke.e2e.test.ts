import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium, serveRenderer } from './browser'

let browser: Browser
let site: Awaited<ReturnType<typeof serveRenderer>>

beforeAll(async () => {
  site = await serveRenderer()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

it('opens the built renderer in Chromium and shows the app title', async () => {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(site.url)
  await expect(page.title()).resolves.toContain('SchedLab')
  await page.getByRole('heading', { name: 'SchedLab' }).waitFor({ timeout: 10_000 })
  expect(errors).toEqual([])
})
