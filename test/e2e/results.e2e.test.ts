// The results pane in Chromium, through the harness page (renderer/harness.html): run in the
// worker, read the timeline (cursor, tooltip), compare policies, export PNG/SVG/CSV and check
// the files; then a 10,000-thread run with progress, Cancel, and measured frame times.
// SCHEDLAB_SCREENSHOTS=1 also writes docs/images/{timeline,utilization,compare}.png.
import { mkdir, readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  simulate,
  SegmentKind,
  validateScenario,
  type ScenarioInput,
  type SimResult
} from '../../sim-core'
import { DEMO_SCENARIO } from '../../renderer/src/harness/demo-scenario'
import { launchChromium, serveRenderer } from './browser'

let browser: Browser
let site: Awaited<ReturnType<typeof serveRenderer>>
const SHOTS = process.env.SCHEDLAB_SCREENSHOTS === '1'

beforeAll(async () => {
  site = await serveRenderer()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

function expected(input: ScenarioInput): SimResult {
  const r = validateScenario(input)
  if (!r.ok) throw new Error('invalid fixture')
  return simulate(r.scenario)
}

interface CanvasLayout {
  plotLeft: number
  plotWidth: number
  axisHeight: number
  rows: { kind: string; id: number; y: number; h: number }[]
}

async function openHarness(scale = 1): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: scale,
    acceptDownloads: true
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(`${site.url}harness.html?scenario=demo`)
  return { page, errors }
}

async function canvasGeometry(page: Page) {
  const canvas = page.getByTestId('timeline-canvas')
  const box = await canvas.boundingBox()
  if (!box) throw new Error('no canvas box')
  const layout = JSON.parse((await canvas.getAttribute('data-layout')) ?? '{}') as CanvasLayout
  const t0 = Number(await canvas.getAttribute('data-t0'))
  const t1 = Number(await canvas.getAttribute('data-t1'))
  const xOf = (t: number) => box.x + layout.plotLeft + ((t - t0) / (t1 - t0)) * layout.plotWidth
  return { box, layout, t0, t1, xOf }
}

async function download(
  page: Page,
  item: string,
  chart?: string
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click()
  if (chart) await page.getByRole('menuitemradio', { name: chart }).click()
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item, exact: true }).click()
  ])
  const path = await dl.path()
  return { name: dl.suggestedFilename(), bytes: await readFile(path) }
}

/** Decodes an image in the page (a real decode, not a header peek); returns its pixel size. */
async function decodeInBrowser(
  page: Page,
  bytes: Buffer,
  mime: string
): Promise<{ w: number; h: number }> {
  return page.evaluate(
    async ({ b64, mime }) => {
      const img = new Image()
      img.src = `data:${mime};base64,${b64}`
      await img.decode()
      return { w: img.naturalWidth, h: img.naturalHeight }
    },
    { b64: bytes.toString('base64'), mime }
  )
}

describe('results pane in Chromium', () => {
  it('runs, shows the timeline and charts, scrubs, hovers, compares and exports', async () => {
    const { page, errors } = await openHarness()
    const result = expected(DEMO_SCENARIO)
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await page.getByTestId('timeline-canvas').waitFor()
    await expect.poll(() => page.getByTestId('run-stats').textContent()).toMatch(/^worker: /)
    expect(await page.locator('[data-field="makespan"] dd').getAttribute('data-value')).toBe(
      String(result.makespan)
    )

    // The canvas is drawn: the pixel in the middle of core 0's first segment has its colour.
    const g = await canvasGeometry(page)
    const core0 = g.layout.rows.find((r) => r.kind === 'core' && r.id === 0)
    if (!core0) throw new Error('no core 0 lane')
    const painted = await page.getByTestId('timeline-canvas').evaluate(
      (c: HTMLCanvasElement, p) => {
        const d = c
          .getContext('2d')
          ?.getImageData(p.x * devicePixelRatio, p.y * devicePixelRatio, 1, 1).data
        return d ? [d[0], d[1], d[2]] : null
      },
      { x: g.layout.plotLeft + 3, y: core0.y + core0.h / 2 }
    )
    expect(painted).not.toEqual([255, 255, 255])

    // Scrub: drag the cursor handle from t=0 along the axis; the readout follows.
    const target = 17
    const handleY = g.box.y + g.layout.axisHeight - 4
    await page.mouse.move(g.xOf(0), handleY)
    await page.mouse.down()
    await page.mouse.move(g.xOf(target / 2), handleY, { steps: 4 })
    await page.mouse.move(g.xOf(target), handleY, { steps: 4 })
    await page.mouse.up()
    const readout = page.getByTestId('cursor-readout')
    const text = (await readout.textContent()) ?? ''
    const t = Number(/t = ([\d.,]+) ms/.exec(text)?.[1]?.replace(/,/g, ''))
    expect(Math.abs(t - target)).toBeLessThan(0.3)
    const tr = result.trace
    for (let c = 0; c < result.cores.length; c++) {
      let want = 'idle'
      for (let i = 0; i < tr.segments; i++) {
        if (
          tr.segCpu[i] === c &&
          tr.segStart[i] <= t &&
          t < tr.segEnd[i] &&
          tr.segKind[i] === SegmentKind.run
        )
          want = result.threads[tr.segTask[i]].id
      }
      if (want !== 'idle') expect(text).toContain(`core ${c}: ${want}`)
    }

    // Hover the longest run segment on core 0 and read its tooltip.
    let best = -1
    for (let i = 0; i < tr.segments; i++) {
      if (tr.segCpu[i] !== 0 || tr.segKind[i] !== SegmentKind.run) continue
      if (best < 0 || tr.segEnd[i] - tr.segStart[i] > tr.segEnd[best] - tr.segStart[best]) best = i
    }
    await page.mouse.move(
      g.xOf((tr.segStart[best] + tr.segEnd[best]) / 2),
      g.box.y + core0.y + core0.h / 2 + 2
    )
    const tip = page.getByRole('tooltip')
    await tip.waitFor()
    const tipText = (await tip.textContent()) ?? ''
    const thread = result.threads[tr.segTask[best]]
    expect(tipText).toContain(thread.id)
    expect(tipText).toContain(`Process${thread.process}`)
    expect(tipText).toContain(`Start${tr.segStart[best]} ms`)
    expect(tipText).toContain(`End${tr.segEnd[best]} ms`)
    expect(tipText).toContain(`Duration${tr.segEnd[best] - tr.segStart[best]} ms`)
    expect(tipText).toMatch(
      /Stopped because(its time slice \(quantum\) expired|preempted by another thread|blocked on I\/O|went to sleep|finished|yielded the CPU)/
    )
    await page.mouse.move(0, 0)

    // Utilization chart is there, with its three areas.
    await page.getByRole('tab', { name: 'Utilization' }).click()
    const util = page.getByRole('figure', { name: 'Utilization over time' })
    await util.locator('.recharts-area').first().waitFor()
    expect(await util.locator('.recharts-area').count()).toBe(3)

    // Export the utilization chart as PNG (2×) and SVG, the metrics as CSV.
    const png = await download(page, 'PNG', 'Utilization over time')
    expect(png.name).toBe('web-server_rr-q3_utilization.png')
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG')
    const svgFile = await download(page, 'SVG', 'Utilization over time')
    expect(svgFile.name).toBe('web-server_rr-q3_utilization.svg')
    const svgText = svgFile.bytes.toString('utf8')
    // Parsed as XML by the browser's own parser (what an SVG viewer does).
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.tagName,
        w: Number(doc.documentElement.getAttribute('width')),
        h: Number(doc.documentElement.getAttribute('height')),
        areas: doc.querySelectorAll('.recharts-area').length
      }
    }, svgText)
    expect(parsed).toMatchObject({ errors: 0, root: 'svg', areas: 3 })
    const { w, h } = parsed
    for (const name of ['Busy', 'Idle', 'Utilization over time', 'utilization (%)', 'time (ms)'])
      expect(svgText).toContain(name)
    expect(await decodeInBrowser(page, png.bytes, 'image/png')).toEqual({ w: 2 * w, h: 2 * h })
    expect(await decodeInBrowser(page, svgFile.bytes, 'image/svg+xml')).toEqual({ w, h })

    const csv = await download(page, 'CSV')
    expect(csv.name).toBe('web-server_rr-q3_metrics.csv')
    const [head, ...rows] = csv.bytes
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','))
    expect(head).toEqual(Object.keys(result.threads[0]))
    expect(rows).toHaveLength(result.threads.length)
    rows.forEach((r, i) => {
      const row = result.threads[i] as unknown as Record<string, unknown>
      head.forEach((f, j) => expect(r[j]).toBe(row[f] === null ? '' : String(row[f])))
    })

    // Compare fcfs, rr and srtf.
    await page.getByRole('tab', { name: 'Compare' }).click()
    await page.getByRole('checkbox', { name: 'fcfs', exact: true }).check()
    await page.getByRole('checkbox', { name: 'srtf', exact: true }).check()
    expect(await page.getByRole('checkbox', { name: 'rr', exact: true }).isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Run comparison' }).click()
    const table = page.locator('.sl-compare-table')
    await table.waitFor()
    await expect
      .poll(() => table.locator('thead th').allTextContents())
      .toEqual(['Figure', 'fcfs', 'srtf', 'rr q=3'])
    const makespans = await table.locator('tr[data-row="makespan"] td').allTextContents()
    const perPolicy = ['fcfs', 'srtf', 'rr'].map(
      (p) =>
        expected({
          ...DEMO_SCENARIO,
          scheduler: p === 'rr' ? DEMO_SCENARIO.scheduler : { policy: p }
        } as ScenarioInput).makespan
    )
    expect(makespans.map((m) => Number(/[\d.]+/.exec(m)?.[0]))).toEqual(perPolicy)
    expect(await table.locator('[data-best]').count()).toBeGreaterThan(0)
    await page
      .getByRole('figure', { name: 'Compare: utilization' })
      .locator('.recharts-line')
      .first()
      .waitFor()
    expect(errors).toEqual([])
  })

  it.runIf(SHOTS)('writes the documentation screenshots', async () => {
    const { page, errors } = await openHarness(2)
    await mkdir('docs/images', { recursive: true })
    // Recharts animates for 1.5 s after a chart appears; screenshots wait it out, pointer away.
    const settle = async () => {
      await page.mouse.move(0, 0)
      await page.waitForTimeout(2000)
    }
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await page.getByTestId('timeline-canvas').waitFor()
    for (let i = 0; i < 14; i++) await page.getByRole('button', { name: 'Step' }).click()
    await settle()
    await page.locator('.sl-timeline').screenshot({ path: 'docs/images/timeline.png' })

    await page.getByRole('tab', { name: 'Utilization' }).click()
    await settle()
    await page
      .getByRole('figure', { name: 'Utilization over time' })
      .screenshot({ path: 'docs/images/utilization.png' })

    await page.getByRole('tab', { name: 'Compare' }).click()
    for (const p of ['fcfs', 'sjf', 'srtf'])
      await page.getByRole('checkbox', { name: p, exact: true }).check()
    await page.getByRole('button', { name: 'Run comparison' }).click()
    await page.locator('.sl-compare-table').waitFor()
    await settle()
    await page.locator('#sl-panel-compare').screenshot({ path: 'docs/images/compare.png' })
    expect(errors).toEqual([])
  })

  it('runs 10,000 threads on 16 cores with progress and Cancel, then zooms and pans smoothly', async () => {
    const { page, errors } = await openHarness()
    // 10,000 threads, each `repeat` × (cpu, I/O): 24 repeats give about 1.1 million segments.
    const bigScenario = (repeat: number) => ({
      format: 'schedlab/scenario',
      version: 1,
      name: '10k threads',
      timeUnit: 'us',
      machine: { cores: 16, costs: { threadSwitch: 1, processSwitch: 2, migration: 1 } },
      scheduler: { policy: 'rr', quantum: 4 },
      processes: Array.from({ length: 100 }, (_, p) => ({
        name: `p${p}`,
        arrival: p * 5,
        threads: Array.from({ length: 100 }, (_, t) => ({
          name: `t${t}`,
          ops: [{ repeat, ops: [{ cpu: 3 + ((p + t) % 5) }, { io: 10 + (t % 7) }] }]
        }))
      }))
    })
    const load = async (repeat: number) => {
      await page.getByLabel('Scenario JSON').fill(JSON.stringify(bigScenario(repeat)))
      await page.getByRole('button', { name: 'Load JSON' }).click()
    }
    await page.getByText('Scenario JSON').click()

    // First run, ten times longer so that Cancel surely lands mid-run: the progress bar
    // shows, Cancel stops it.
    await load(240)
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    const bar = page.getByRole('progressbar', { name: 'Simulation progress' })
    await bar.waitFor()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => page.getByTestId('run-stats').textContent()).toBe('cancelled')
    expect(await bar.count()).toBe(0)

    // The 1.1-million-segment run, to the end.
    await load(24)
    const started = Date.now()
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await bar.waitFor()
    await expect
      .poll(() => page.getByTestId('run-stats').textContent(), { timeout: 150_000 })
      .toMatch(/^worker: /)
    const wall = Date.now() - started
    const stats = (await page.getByTestId('run-stats').textContent()) ?? ''
    const segments = Number(/(\d+) segments/.exec(stats)?.[1])
    expect(segments).toBeGreaterThan(1_000_000)
    console.log(`10k threads × 16 cores: ${stats}; wall ${wall} ms (click to drawn stats)`)

    const canvas = page.getByTestId('timeline-canvas')
    await canvas.waitFor()
    const g = await canvasGeometry(page)
    const cx = g.box.x + g.layout.plotLeft + g.layout.plotWidth / 2
    const cy = g.box.y + g.box.height / 2

    // Record every animation frame while zooming and panning, and each draw's own cost.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __draws: number[]; __stop: boolean }
      w.__frames = []
      w.__draws = []
      w.__stop = false
      const c = document.querySelector('[data-testid="timeline-canvas"]') as HTMLCanvasElement
      new MutationObserver(() => w.__draws.push(Number(c.dataset.drawMs))).observe(c, {
        attributeFilter: ['data-draw-ms']
      })
      const tick = (t: number) => {
        w.__frames.push(t)
        if (!w.__stop) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    await page.mouse.move(cx, cy)
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -240)
    await canvas.focus()
    for (const key of ['d', 'd', 'a', 'ArrowRight', 'w', 's', 'd']) await page.keyboard.press(key)
    await page.mouse.move(cx, cy)
    await page.mouse.down()
    await page.mouse.move(cx - 200, cy, { steps: 10 })
    await page.mouse.up()
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 240)
    await page.keyboard.press('0')
    const { frames, draws } = await page.evaluate(
      () =>
        new Promise<{ frames: number[]; draws: number[] }>((resolve) =>
          requestAnimationFrame(() => {
            const w = window as unknown as {
              __frames: number[]
              __draws: number[]
              __stop: boolean
            }
            w.__stop = true
            resolve({ frames: w.__frames, draws: w.__draws })
          })
        )
    )
    const gaps = frames.slice(1).map((t, i) => t - frames[i])
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
    const max = (xs: number[]) => Math.max(...xs)
    console.log(
      `timeline frames: ${gaps.length} intervals, avg ${avg(gaps).toFixed(1)} ms, max ${max(gaps).toFixed(1)} ms; ` +
        `draws: ${draws.length}, avg ${avg(draws).toFixed(2)} ms, max ${max(draws).toFixed(2)} ms, ` +
        `rects in last draw ${await canvas.getAttribute('data-rects')}`
    )
    expect(draws.length).toBeGreaterThan(10)
    expect(avg(draws)).toBeLessThan(100)
    expect(avg(gaps)).toBeLessThan(100)
    expect(errors).toEqual([])
  }, 240_000)
})
