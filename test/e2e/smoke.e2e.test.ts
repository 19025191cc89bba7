import { expect, it } from 'vitest'
import { appInBrowser } from './browser'

const app = appInBrowser()

it('opens the built renderer in Chromium and shows the app title', async () => {
  const page = await app.browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(app.url)
  await expect(page.title()).resolves.toContain('SchedLab')
  await page.getByRole('heading', { name: 'SchedLab' }).waitFor({ timeout: 10_000 })
  expect(errors).toEqual([])
})
