// @vitest-environment jsdom
// (for DOMParser)
// One result drawn twice, by `schedlab chart --kind gantt` (the CLI command, in-process) and by
// the app's timeline export (renderer/src/features/export/timeline-svg.ts): with the same plot
// width they must paint every pixel column of every core lane in the same colour and opacity,
// put the time ticks at the same times and places, and list the same series (processes) in the
// same colours. Both draw with present/ (palette, ticks, level of detail); this holds them to it.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { chartCommand } from '../../cli/commands/chart'
import { GANTT_PLOT_LEFT, ganttPlotWidth } from '../../cli/chart/gantt-svg'
import { Cls } from '../../present/lane'
import { generateScenario, simulate, validateScenario } from '../../sim-core'
import { LIGHT } from '../../renderer/src/features/charts/theme'
import { timelineSvg } from '../../renderer/src/features/export/timeline-svg'
import { buildLaneIndex } from '../../renderer/src/features/timeline/lane-index'
import { defaultSnapshot, sceneFor } from '../../renderer/src/features/timeline/snapshot'
import { captureCli } from '../helpers/capture-cli'

/**
 * 40 processes of 2 threads, I/O-heavy, on 2 cores under rr: crowded pixel columns with idle
 * gaps in them (aggregates lighter than opaque), and more than 8 series.
 */
const SCENARIO = generateScenario({
  processes: 40,
  threads: 2,
  cores: 2,
  ioRatio: 0.7,
  seed: 3,
  policy: 'rr'
})

/** What a fill means, whichever way the file names its patterns. */
const PATTERN_OF: Record<string, string> = {
  'url(#sl-switch)': 'switch',
  'url(#sl-migration)': 'migration',
  'url(#sl-held)': 'held',
  'url(#sl-coswitch)': 'coSwitch',
  [`url(#sl-pat-${Cls.switch})`]: 'switch',
  [`url(#sl-pat-${Cls.migration})`]: 'migration',
  [`url(#sl-pat-${Cls.held})`]: 'held',
  [`url(#sl-pat-${Cls.coSwitch})`]: 'coSwitch'
}

interface Drawing {
  /** Per core lane: pixel column (from the plot's left edge) → "fill opacity". */
  lanes: Map<number, string>[]
  /** Grid line positions from the plot's left edge, and the tick labels' numbers. */
  tickX: number[]
  tickValues: number[]
  /** Legend swatches: name → fill. */
  legend: Map<string, string>
}

const num = (el: Element, a: string): number => Number(el.getAttribute(a))

/**
 * Reads a Gantt/timeline SVG: a lane is a background rect `plotWidth` wide starting at
 * `plotLeft`; the rects after it of the same height paint it.
 */
function read(svg: string, plotLeft: number, plotWidth: number, panel: string): Drawing {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  const lanes: Map<number, string>[] = []
  let lane: { y: number; h: number; cols: Map<number, string> } | null = null
  for (const r of Array.from(doc.getElementsByTagName('rect'))) {
    const fill = r.getAttribute('fill') ?? ''
    if (
      fill === panel &&
      num(r, 'x') === plotLeft &&
      Math.abs(num(r, 'width') - plotWidth) < 0.01
    ) {
      lane = { y: num(r, 'y'), h: num(r, 'height'), cols: new Map() }
      lanes.push(lane.cols)
      continue
    }
    if (!lane || num(r, 'y') !== lane.y || num(r, 'height') !== lane.h) continue
    const x0 = num(r, 'x') - plotLeft
    const x1 = x0 + num(r, 'width')
    const look = `${PATTERN_OF[fill] ?? fill.toLowerCase()} ${r.getAttribute('fill-opacity') ?? '1'}`
    for (let c = Math.floor(x0 + 1e-6); c < Math.ceil(x1 - 1e-6); c++) lane.cols.set(c, look)
  }
  const grid = Array.from(doc.getElementsByTagName('line')).filter(
    (l) => l.getAttribute('stroke') === LIGHT.grid && l.getAttribute('x1') === l.getAttribute('x2')
  )
  const labels = Array.from(doc.getElementsByTagName('text')).filter(
    (t) => t.getAttribute('font-size') === '11' && t.getAttribute('text-anchor') === 'middle'
  )
  const legend = new Map<string, string>()
  for (const r of Array.from(doc.getElementsByTagName('rect')))
    if (r.getAttribute('width') === '14' && r.getAttribute('height') === '12') {
      const name = r.nextElementSibling?.textContent ?? ''
      legend.set(name, (r.getAttribute('fill') ?? '').toLowerCase())
    }
  return {
    lanes,
    tickX: grid.map((l) => Math.round((num(l, 'x1') - plotLeft) * 100) / 100),
    tickValues: labels.map((t) => Number((t.textContent ?? '').replace(/[^\d.]/g, ''))),
    legend
  }
}

let cli: Drawing
let app: Drawing

beforeAll(async () => {
  const checked = validateScenario(SCENARIO)
  if (!checked.ok) throw new Error('the generated scenario should be valid')
  const result = simulate(checked.scenario)
  // The app's export of the core lanes only (the CLI draws no thread lanes).
  const index = buildLaneIndex(result)
  const scene = sceneFor(index, { ...defaultSnapshot(index), threads: [], width: 1200 }, LIGHT)
  const { layout } = scene
  expect(Number.isInteger(layout.plotWidth)).toBe(true)
  app = read(timelineSvg(scene, 'Timeline', '').svg, layout.plotLeft, layout.plotWidth, LIGHT.panel)

  // The CLI's chart, sized so that its lanes are as wide as the app's.
  const dir = await mkdtemp(join(tmpdir(), 'schedlab-cli-app-'))
  const file = join(dir, 'scenario.json')
  const out = join(dir, 'gantt.svg')
  await writeFile(file, JSON.stringify(SCENARIO))
  const width = layout.plotWidth - ganttPlotWidth(0)
  expect(ganttPlotWidth(width)).toBe(layout.plotWidth)
  const run = await captureCli(chartCommand, [
    file,
    '--kind',
    'gantt',
    '--out',
    out,
    '--width',
    String(width)
  ])
  expect(run.code, run.stderr).toBe(0)
  cli = read(await readFile(out, 'utf8'), GANTT_PLOT_LEFT, layout.plotWidth, LIGHT.panel)
})

describe('schedlab chart --kind gantt and the app’s timeline export of one result', () => {
  it('paint every pixel column of every core in the same colour and opacity', () => {
    expect(cli.lanes).toHaveLength(2)
    expect(app.lanes).toHaveLength(2)
    for (let c = 0; c < 2; c++) {
      // A crowded run: hundreds of painted columns.
      expect(app.lanes[c].size).toBeGreaterThan(500)
      expect(Object.fromEntries(cli.lanes[c]), `core ${c}`).toEqual(
        Object.fromEntries(app.lanes[c])
      )
    }
    // Shared columns with idle time in them are drawn lighter, and agree too.
    const light = app.lanes.flatMap((l) => [...l.values()]).filter((look) => !look.endsWith(' 1'))
    expect(light.length).toBeGreaterThan(0)
  })

  it('put the time ticks at the same times and places', () => {
    expect(app.tickValues.length).toBeGreaterThanOrEqual(3)
    expect(cli.tickValues).toEqual(app.tickValues)
    expect(cli.tickX).toEqual(app.tickX)
  })

  it('list the same processes in the same colours', () => {
    const processes = (d: Drawing) =>
      [...d.legend].filter(([name]) => /^p\d+$/.test(name) || name.startsWith('process'))
    expect(processes(app).length).toBe(8)
    expect(processes(cli)).toEqual(processes(app))
  })
})
