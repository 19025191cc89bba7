// What a new user's first session in Chromium found out of place, measured in the real page at
// 1280×800 and 1024×768: the timeline's hover card in sight at the pane's edges, a usable
// timeline and a one-row timeline toolbar in a 1024×768 window, labels that keep to one line in
// Chinese, an op row with a field error or a device, the per-thread chart's names, and a cursor
// that clicks onto whole ticks.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appInBrowser } from './browser'

const app = appInBrowser()

const EVENT_LOOP = 'Thread per request vs event loop'
const SIZES: [number, number][] = [
  [1280, 800],
  [1024, 768]
]

/**
 * The least of the timeline a 1024×768 window must show without scrolling: the time axis (28
 * px), a core lane (30 px and its gaps) and the "Threads" caption (about 34 px) above ten
 * 17 px thread lanes, about 260 px. Before, the cards and a wrapped toolbar left about 150.
 */
const MIN_TIMELINE_PX = 260
/** One row of the timeline toolbar: 26 px controls; two rows measured 60. */
const ONE_ROW_PX = 34

async function openPreset(width: number, height: number, title: string, locale = 'en-US') {
  const context = await app.browser.newContext({ viewport: { width, height }, locale })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(app.url)
  await page.getByRole('heading', { name: 'SchedLab', level: 1 }).waitFor({ timeout: 15_000 })
  await page.locator('.preset-grid button', { hasText: title }).first().click()
  await page.getByTestId('timeline-canvas').waitFor({ timeout: 15_000 })
  return { context, page, errors }
}

interface Geometry {
  box: { x: number; y: number; width: number; height: number }
  layout: {
    plotLeft: number
    plotWidth: number
    axisHeight: number
    rows: { y: number; h: number }[]
  }
}

async function canvasGeometry(page: Page): Promise<Geometry> {
  const canvas = page.getByTestId('timeline-canvas')
  const box = await canvas.boundingBox()
  if (!box) throw new Error('no canvas')
  const layout = JSON.parse(
    (await canvas.getAttribute('data-layout')) ?? '{}'
  ) as Geometry['layout']
  return { box, layout }
}

/** The results pane's scrolling body, as seen on screen. */
async function visiblePane(page: Page) {
  return page.locator('.sl-results-body').evaluate((el) => {
    const r = el.getBoundingClientRect()
    return {
      left: r.left,
      top: r.top,
      right: r.left + el.clientWidth,
      bottom: Math.min(r.top + el.clientHeight, innerHeight)
    }
  })
}

/** The shown children of the timeline toolbar: one row when they all share a line. */
async function timelineToolbar(page: Page) {
  return page.locator('.sl-toolbar').evaluate((bar) => {
    const items = [...bar.children]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
    return {
      height: bar.getBoundingClientRect().height,
      overflow: bar.scrollWidth - bar.clientWidth,
      lowestTop: Math.max(...items.map((r) => r.top)),
      highestBottom: Math.min(...items.map((r) => r.bottom)),
      count: items.length
    }
  })
}

describe('the timeline hover card', () => {
  for (const [width, height] of SIZES) {
    it(`stays whole in the pane beside its right and bottom edges at ${width}×${height}`, async () => {
      const { context, page, errors } = await openPreset(width, height, EVENT_LOOP)
      const g = await canvasGeometry(page)
      const core = g.layout.rows[0]
      const pane = await visiblePane(page)
      const tip = page.getByRole('tooltip')
      // Right of the middle (where the card was cut off), then at the far right.
      for (const fraction of [0.7, 0.97]) {
        const x = g.box.x + g.layout.plotLeft + g.layout.plotWidth * fraction
        const y = g.box.y + core.y + core.h / 2
        await page.mouse.move(x, y)
        await tip.waitFor()
        const card = await tip.boundingBox()
        if (!card) throw new Error('no card box')
        const where = `${fraction}: ${JSON.stringify({ card, pane })}`
        expect(card.x, where).toBeGreaterThanOrEqual(pane.left)
        expect(card.x + card.width, where).toBeLessThanOrEqual(pane.right)
        expect(card.y, where).toBeGreaterThanOrEqual(pane.top)
        expect(card.y + card.height, where).toBeLessThanOrEqual(pane.bottom)
        // It does not cover what it explains: it sits beside the pointer, not under it.
        const covers =
          x > card.x && x < card.x + card.width && y > card.y && y < card.y + card.height
        expect(covers, where).toBe(false)
        await page.mouse.move(0, 0)
        await tip.waitFor({ state: 'detached' })
      }
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('flips above the pointer near the bottom of the pane', async () => {
    const { context, page, errors } = await openPreset(1024, 768, EVENT_LOOP)
    await page.getByRole('checkbox', { name: /Thread lanes/ }).check()
    const g = await canvasGeometry(page)
    const pane = await visiblePane(page)
    // The lowest thread lane still on screen.
    const lane = [...g.layout.rows].reverse().find((r) => g.box.y + r.y + r.h < pane.bottom - 4)
    if (!lane) throw new Error('no lane on screen')
    const y = g.box.y + lane.y + lane.h / 2
    const tip = page.getByRole('tooltip')
    // Walk along the lane to a segment (a thread lane has gaps where nothing is drawn).
    for (let f = 0.02; f < 1; f += 0.02) {
      await page.mouse.move(g.box.x + g.layout.plotLeft + g.layout.plotWidth * f, y)
      if ((await tip.count()) > 0) break
    }
    const card = await tip.boundingBox()
    if (!card) throw new Error('no card over the lowest lane')
    expect(card.y + card.height).toBeLessThanOrEqual(pane.bottom)
    expect(card.y + card.height).toBeLessThan(y)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the timeline in a 1024×768 window', () => {
  it(`shows at least ${MIN_TIMELINE_PX} px of timeline under a one-row toolbar`, async () => {
    const { context, page, errors } = await openPreset(1024, 768, EVENT_LOOP)
    await page.getByRole('checkbox', { name: /Thread lanes/ }).check()
    const canvas = await page.getByTestId('timeline-canvas').boundingBox()
    if (!canvas) throw new Error('no canvas')
    const pane = await visiblePane(page)
    // The lanes of this preset are taller than the window, so what shows is what fits.
    expect(canvas.height).toBeGreaterThan(MIN_TIMELINE_PX)
    expect(pane.bottom - canvas.y).toBeGreaterThanOrEqual(MIN_TIMELINE_PX)

    const bar = await timelineToolbar(page)
    expect(bar.count).toBeGreaterThanOrEqual(8)
    expect(bar.lowestTop, JSON.stringify(bar)).toBeLessThan(bar.highestBottom)
    expect(bar.height).toBeLessThanOrEqual(ONE_ROW_PX)
    expect(bar.overflow).toBeLessThanOrEqual(0)
    // Glyph-only buttons keep their words as names and tooltips.
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true })
    await expect(zoomIn.getAttribute('title')).resolves.toBe('Zoom in (W, wheel)')
    // Every summary figure is still there, label and value.
    const cards = await page
      .locator('.sl-card')
      .evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent ?? '', clipped: el.scrollWidth > el.clientWidth }))
      )
    expect(cards.length).toBeGreaterThanOrEqual(11)
    expect(cards.filter((c) => c.clipped)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  for (const locale of ['en-US', 'zh-CN']) {
    for (const [width, height] of [...SIZES, [1920, 1080] as [number, number]]) {
      it(`keeps the timeline toolbar on one row, its labels on one line (${locale}, ${width}×${height})`, async () => {
        const { context, page, errors } = await openPreset(width, height, '', locale)
        const bar = await timelineToolbar(page)
        expect(bar.lowestTop, JSON.stringify(bar)).toBeLessThan(bar.highestBottom)
        expect(bar.height).toBeLessThanOrEqual(ONE_ROW_PX)
        expect(bar.overflow).toBeLessThanOrEqual(0)
        // 速度 ("Speed") broke into two lines: every shown label is one line of text.
        const lines = await page.locator('.sl-toolbar label').evaluateAll((labels) =>
          labels.map((label) => {
            const texts = [...label.querySelectorAll('span')].filter(
              (s) => s.getClientRects().length > 0 && s.getBoundingClientRect().width > 1
            )
            return texts.map((s) => ({ text: s.textContent, lines: s.getClientRects().length }))
          })
        )
        for (const label of lines.flat()) expect(label.lines, label.text ?? '').toBe(1)
        expect(errors).toEqual([])
        await context.close()
      })
    }
  }
})

describe('an op row in the inspector', () => {
  async function legacyRead(width: number, height: number) {
    const opened = await openPreset(width, height, 'A blocking call inside a coroutine')
    await opened.page
      .getByRole('tree')
      .getByRole('treeitem', { name: /^legacy-read/ })
      .click()
    await opened.page.getByLabel('Op 2 device').waitFor()
    return opened
  }

  for (const [width, height] of SIZES) {
    it(`keeps a field error under the row, not over the op type (${width}×${height})`, async () => {
      const { context, page, errors } = await legacyRead(width, height)
      await page.getByLabel('Op 1 value').fill('-3')
      const row = page.locator('.op-row').first()
      await row.locator('.field-problems').waitFor()
      const type = await page.getByLabel('Op 1 type').boundingBox()
      const value = await page.getByLabel('Op 1 value').boundingBox()
      const problem = await row.locator('.field-problems').boundingBox()
      if (!type || !value || !problem) throw new Error('missing boxes')
      expect(value.x).toBeGreaterThanOrEqual(type.x + type.width)
      // Type and value stay side by side on one line, the message under both.
      expect(Math.abs(value.y + value.height / 2 - (type.y + type.height / 2))).toBeLessThan(2)
      expect(problem.y).toBeGreaterThanOrEqual(value.y + value.height)
      await expect(row.locator('.field-problems').textContent()).resolves.toContain('-3')
      expect(errors).toEqual([])
      await context.close()
    })

    it(`shows the device choice whole, on the row's line (${width}×${height})`, async () => {
      const { context, page, errors } = await legacyRead(width, height)
      const device = page.getByLabel('Op 2 device')
      const fit = await device.evaluate((select: HTMLSelectElement) => {
        const ctx = document.createElement('canvas').getContext('2d')
        if (!ctx) throw new Error('no 2d context')
        const style = getComputedStyle(select)
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
        const widest = Math.max(...[...select.options].map((o) => ctx.measureText(o.text).width))
        const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
        return { widest, room: select.clientWidth - padding }
      })
      // The room beside the drop-down arrow (about 20 px) holds the longest choice ("no device").
      expect(fit.room - 20, JSON.stringify(fit)).toBeGreaterThanOrEqual(fit.widest)
      const type = await page.getByLabel('Op 2 type').boundingBox()
      const box = await device.boundingBox()
      const del = await page.getByRole('button', { name: 'Delete op 2' }).boundingBox()
      if (!type || !box || !del) throw new Error('missing boxes')
      expect(Math.abs(box.y - type.y)).toBeLessThan(2)
      expect(Math.abs(del.y + del.height / 2 - (type.y + type.height / 2))).toBeLessThan(4)
      expect(errors).toEqual([])
      await context.close()
    })
  }
})

describe('the per-thread metrics chart', () => {
  for (const [width, height] of SIZES) {
    it(`keeps every thread name inside the chart (${width}×${height})`, async () => {
      const { context, page, errors } = await openPreset(width, height, EVENT_LOOP)
      await page.getByRole('tab', { name: 'Metrics' }).click()
      const figure = page.getByRole('figure', { name: 'Per-thread times' })
      const ticks = figure.locator('.recharts-xAxis-tick-labels text')
      await ticks.first().waitFor()
      const svg = await figure.locator('svg.recharts-surface').last().boundingBox()
      if (!svg) throw new Error('no chart')
      const boxes = await ticks.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect()
          return {
            name: el.querySelector('title')?.textContent ?? '',
            left: r.left,
            bottom: r.bottom
          }
        })
      )
      expect(boxes).toHaveLength(17)
      for (const b of boxes) {
        expect(b.left, b.name).toBeGreaterThanOrEqual(svg.x)
        expect(b.bottom, b.name).toBeLessThanOrEqual(svg.y + svg.height)
      }
      expect(boxes[0].name).toBe('thread-per-request/req-1')
      expect(errors).toEqual([])
      await context.close()
    })
  }
})

describe('the timeline cursor', () => {
  it('lands on a whole tick when the time axis is clicked or dragged', async () => {
    const { context, page, errors } = await openPreset(1280, 800, 'Priority inversion')
    const g = await canvasGeometry(page)
    const y = g.box.y + g.layout.axisHeight - 4
    const readout = page.getByTestId('cursor-readout')
    // A third of the way, plus a fraction of a pixel: about 20 ms, never exactly on a tick.
    await page.mouse.click(g.box.x + g.layout.plotLeft + g.layout.plotWidth / 3 + 0.4, y)
    const clicked = Number(await readout.getAttribute('data-time'))
    expect(Number.isInteger(clicked)).toBe(true)
    await expect(readout.textContent()).resolves.toMatch(new RegExp(`^t = ${clicked} ms`))

    await page.mouse.move(g.box.x + g.layout.plotLeft + 3.3, y)
    await page.mouse.down()
    await page.mouse.move(g.box.x + g.layout.plotLeft + g.layout.plotWidth * 0.61, y, { steps: 5 })
    await page.mouse.up()
    expect(Number.isInteger(Number(await readout.getAttribute('data-time')))).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})
