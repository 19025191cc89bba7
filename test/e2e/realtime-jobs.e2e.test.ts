// Issue 13 in Chromium against the built app (`npx electron-vite build` first): a user opens the
// "EDF vs RM at 95% utilization" preset (it runs at once under rm), sees the task set's
// utilization bound next to the results, and the Jobs view of the Metrics table lists video's
// missed jobs, highlighted, as sim-core's own run of the same file does.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario } from '../../sim-core'
import { appInBrowser } from './browser'

const app = appInBrowser()
const TITLE = 'EDF vs RM at 95% utilization'
const FILE = 'renderer/presets/edf-vs-rm-95.json'
// Screenshots for a human look (gitignored); SHOTS_DIR moves them.
const SHOTS = process.env.SHOTS_DIR ?? join(process.cwd(), 'test-results', 'shots')

describe('EDF vs RM preset, in the app', () => {
  it('shows the utilization bound and the missed jobs in the Jobs view', async () => {
    const r = validateScenario(JSON.parse(await readFile(FILE, 'utf8')))
    if (!r.ok) throw new Error('invalid preset')
    const result = simulate(r.scenario)
    const missed = result.jobs.filter((j) => j.missed).length
    // 5 of video's jobs miss under rm (presets.test pins which).
    expect(missed).toBe(5)

    const context = await app.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      colorScheme: 'light'
    })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(app.url)
    await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor()
    await page.getByRole('button', { name: TITLE }).click()
    await page.getByTestId('timeline-canvas').waitFor({ timeout: 20_000 })

    // The bound above the results: U = 0.950, RM's 0.828 not met, EDF's 1 met.
    const bound = page.getByTestId('task-set-bound').first()
    await bound.waitFor()
    expect(await bound.textContent()).toContain('0.950')
    expect(await page.getByTestId('task-set-rm').first().textContent()).toMatch(
      /0\.828.*not guaranteed/
    )
    await mkdir(SHOTS, { recursive: true })
    await page.screenshot({ path: `${SHOTS}/edf-vs-rm-timeline.png` })

    await page.getByRole('tab', { name: 'Metrics' }).click()
    await page.getByRole('radio', { name: 'Jobs' }).check()
    const rows = page.locator('.sl-metrics-table tbody tr')
    await expect.poll(() => rows.count()).toBe(result.jobs.length)
    await expect
      .poll(() => page.locator('.sl-metrics-table tbody tr.is-missed').count())
      .toBe(missed)
    expect(await page.locator('.sl-metrics-table caption').first().textContent()).toContain(
      `${missed} missed`
    )
    await page.screenshot({ path: `${SHOTS}/edf-vs-rm-jobs.png` })

    // The scheduler's inspector shows the same bound next to the policy.
    await page.getByRole('treeitem', { name: /^Scheduler/ }).click()
    await expect.poll(() => page.getByTestId('task-set-bound').count()).toBe(2)
    await page.screenshot({ path: `${SHOTS}/edf-vs-rm-scheduler.png` })
    expect(errors).toEqual([])
    await context.close()
  }, 90_000)
})
