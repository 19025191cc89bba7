// Issue 17 in Chromium, against the built renderer (`npx electron-vite build` first): the
// "Online shop" preset runs as a cluster (through the worker), the timeline groups its core
// lanes by node and a node folds away, and the Requests tab draws the latency histogram with
// its percentile markers and the latency over time, and Compare across replica counts and
// balancers keeps each chart's legend off its plot. No console errors. Screenshots go to the
// system temp folder for a person to look at.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appInBrowser } from './browser'

const app = appInBrowser()
const out = mkdtempSync(join(tmpdir(), 'schedlab-cluster-'))

describe('a cluster preset, in the app', () => {
  it('runs the online shop on 7 nodes: node-grouped timeline and the latency charts', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      colorScheme: 'light'
    })
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await page.goto(app.url)
    await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor({ timeout: 15_000 })
    await page
      .getByRole('button', { name: 'Online shop: an order spike on 1, 2 and 4 nodes' })
      .click()
    const canvas = page.getByTestId('timeline-canvas')
    await canvas.waitFor({ timeout: 30_000 })

    // One caption and one core lane per node (seven one-core nodes).
    const groups = page.getByTestId('timeline-node-groups')
    await groups.waitFor()
    expect(await groups.getByRole('button').count()).toBe(7)
    const coreLanes = async () =>
      (
        JSON.parse((await canvas.getAttribute('data-layout')) ?? '{}') as {
          rows: { kind: string }[]
        }
      ).rows.filter((r) => r.kind === 'core').length
    expect(await coreLanes()).toBe(7)
    await page.screenshot({ path: join(out, 'cluster-timeline.png') })
    await groups.getByRole('button', { name: 'Hide the core lanes of node four-4' }).click()
    await expect.poll(coreLanes).toBe(6)
    await page.screenshot({ path: join(out, 'cluster-timeline-folded.png') })

    await page.getByRole('tab', { name: 'Requests' }).click()
    const histogram = page.getByTestId('latency-histogram')
    await histogram.waitFor()
    expect(Number(await histogram.getAttribute('data-bins'))).toBeGreaterThan(0)
    // The bars and the three markers are drawn as SVG by Recharts.
    await expect
      .poll(() => histogram.locator('.recharts-bar-rectangle').count())
      .toBeGreaterThan(10)
    await histogram.getByText('p99 162').waitFor()
    const overTime = page.getByTestId('latency-over-time')
    expect(await overTime.getAttribute('data-points')).toBe('119')
    await expect.poll(() => overTime.locator('.recharts-scatter-symbol').count()).toBe(119)
    await page.getByRole('table', { name: /Requests: overall and per service/ }).waitFor()
    await page.screenshot({ path: join(out, 'cluster-requests.png'), fullPage: true })

    // Compare across replica counts and balancers: six variants whose names ("fcfs · 2 replicas
    // · least-outstanding") wrap the legend of each compare chart to a second row at this
    // width. With a fixed one-row legend height that row was drawn over the plot's top.
    await page.getByRole('tab', { name: 'Compare' }).click()
    await page.getByLabel('Replicas of orders-1-node').fill('1, 2, 4')
    await page.getByRole('checkbox', { name: 'least-outstanding' }).check()
    await page.getByRole('button', { name: 'Run comparison' }).click()
    await expect
      .poll(() => page.locator('.sl-compare-table thead th').count(), { timeout: 30_000 })
      .toBe(7)
    const legends = await page.$$eval('.sl-compare figure.sl-chart', (figures) =>
      figures.map((f) => {
        const legend = f.querySelector('.recharts-legend-wrapper .recharts-default-legend')
        const grid = f.querySelector('.recharts-cartesian-grid')
        return {
          title: f.getAttribute('aria-label') ?? '',
          rows: new Set(
            [...(legend?.querySelectorAll('.recharts-legend-item') ?? [])].map(
              (i) => i.getBoundingClientRect().top
            )
          ).size,
          legendBottom: legend?.getBoundingClientRect().bottom ?? Infinity,
          plotTop: grid?.getBoundingClientRect().top ?? -Infinity
        }
      })
    )
    expect(legends.length).toBeGreaterThanOrEqual(2)
    for (const l of legends) {
      expect(l.rows, l.title).toBeGreaterThan(1)
      // One pixel of slack for rounding.
      expect(l.legendBottom, l.title).toBeLessThanOrEqual(l.plotTop + 1)
    }
    await page.screenshot({ path: join(out, 'cluster-compare.png'), fullPage: true })
    console.log(`cluster screenshots in ${out}`)

    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
