// @vitest-environment jsdom
// (for DOMParser: the SVG files must parse as XML)
// `schedlab chart`: headless SVG charts, and the exit codes of its failures. The command is
// called in-process, or in a child process for standard input and output (main.ts, which
// dispatches subcommands, is another part of the CLI).
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { chartCommand } from '../../cli/commands/chart'
import { simulate, validateScenario, type ScenarioInput } from '../../sim-core'
import { captureCli } from '../helpers/capture-cli'

let dir: string
let scenarioFile: string
let bigFile: string

const SCENARIO: ScenarioInput = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'Web server',
  timeUnit: 'ms',
  machine: { cores: 2, costs: { threadSwitch: 1, processSwitch: 2, migration: 1 } },
  scheduler: { policy: 'rr', quantum: 3 },
  processes: [
    {
      name: 'web',
      threads: [
        { name: 'w1', ops: [{ cpu: 4 }, { io: 6 }, { cpu: 3 }] },
        { name: 'w2', arrival: 2, ops: [{ cpu: 5 }] }
      ]
    },
    { name: 'batch', arrival: 1, threads: [{ name: 'crunch', ops: [{ cpu: 14 }] }] }
  ]
}

const BIG: ScenarioInput = {
  ...SCENARIO,
  name: 'many',
  machine: { cores: 4, costs: { threadSwitch: 1, processSwitch: 1, migration: 1 } },
  scheduler: { policy: 'rr', quantum: 2 },
  processes: Array.from({ length: 20 }, (_, p) => ({
    name: `p${p}`,
    threads: Array.from({ length: 10 }, (_, t) => ({
      name: `t${t}`,
      ops: [{ repeat: 20, ops: [{ cpu: 3 }, { io: 4 }] }]
    }))
  }))
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'schedlab-chart-'))
  scenarioFile = join(dir, 'web.json')
  bigFile = join(dir, 'big.json')
  await writeFile(scenarioFile, JSON.stringify(SCENARIO))
  await writeFile(bigFile, JSON.stringify(BIG))
})

afterEach(() => vi.restoreAllMocks())

const run = (args: string[]) => captureCli(chartCommand, args)

/** Runs chartCommand in a child Node (through tsx), as the real CLI would. */
function spawnChart(
  args: string[],
  stdin = ''
): Promise<{ code: number; stdout: string; stderr: string }> {
  const entry =
    "const {chartCommand} = await import('./cli/commands/chart.ts'); process.exitCode = await chartCommand(process.argv.slice(1))"
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      entry,
      '--',
      ...args
    ])
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  expect(doc.documentElement.tagName).toBe('svg')
  return doc
}

describe('schedlab chart', () => {
  it('draws utilization as a standalone SVG file', async () => {
    const out = join(dir, 'u.svg')
    const r = await run([scenarioFile, '--kind', 'utilization', '--out', out])
    expect(r).toMatchObject({ code: 0, stdout: '' })
    const text = await readFile(out, 'utf8')
    const doc = parseSvg(text)
    const svg = doc.documentElement
    expect(svg.getAttribute('width')).toBe('960')
    expect(svg.getAttribute('height')).toBe('540')
    expect(svg.getAttribute('font-family')).toMatch(/sans-serif/)
    for (const c of ['series-busy', 'series-overhead', 'series-idle'])
      expect(doc.getElementsByClassName(c)).toHaveLength(1)
    for (const t of ['Utilization over time', 'utilization (%)', 'time (ms)', 'Busy', 'Idle'])
      expect(text).toContain(t)
  })

  it('draws a Gantt chart with a lane per core, sized as asked', async () => {
    const r = await spawnChart([
      scenarioFile,
      '--kind',
      'gantt',
      '--width',
      '1200',
      '--height',
      '400'
    ])
    expect(r.code).toBe(0)
    const doc = parseSvg(r.stdout)
    expect(doc.documentElement.getAttribute('width')).toBe('1200')
    expect(doc.documentElement.getAttribute('height')).toBe('400')
    expect(r.stdout).toContain('Core 0')
    expect(r.stdout).toContain('Core 1')
    expect(doc.getElementsByClassName('seg-0').length).toBeGreaterThan(0)
    expect(doc.getElementsByClassName('seg-2').length).toBeGreaterThan(0)
    const patterns = Array.from(doc.querySelectorAll('pattern')).map((p) => p.id)
    for (const id of ['sl-switch', 'sl-migration', 'sl-held']) expect(patterns).toContain(id)
  })

  it('keeps a big Gantt to at most one rectangle per pixel column per core', async () => {
    const parsed = validateScenario(BIG)
    if (!parsed.ok) throw new Error('bad fixture')
    const segments = simulate(parsed.scenario).trace.segments
    const out = join(dir, 'big.svg')
    const r = await run([bigFile, '--kind', 'gantt', '--width', '800', '--out', out])
    expect(r.code).toBe(0)
    const doc = parseSvg(await readFile(out, 'utf8'))
    const rects = Array.from(doc.querySelectorAll('rect[class^="seg-"]'))
    expect(segments).toBeGreaterThan(8000)
    expect(rects.length).toBeLessThanOrEqual(4 * 800)
    // Per lane (same y), no pixel column is painted twice.
    const byLane = new Map<string, Set<number>>()
    for (const rect of rects) {
      const y = rect.getAttribute('y') ?? ''
      const x0 = Number(rect.getAttribute('x'))
      const x1 = x0 + Number(rect.getAttribute('width'))
      const cols = byLane.get(y) ?? new Set<number>()
      for (let c = Math.floor(x0 + 1e-6); c < Math.ceil(x1 - 1e-6); c++) {
        // Exact slivers drawn 0.75 px wide may touch a neighbour's column; only whole overlaps count.
        if (x1 - x0 >= 1) expect(cols.has(c), `lane ${y} column ${c}`).toBe(false)
        cols.add(c)
      }
      byLane.set(y, cols)
    }
    expect(byLane.size).toBe(4)
  })

  it('compares policies as grouped bars', async () => {
    const out = join(dir, 'c.svg')
    const r = await run([
      scenarioFile,
      '--kind',
      'compare',
      '--policies',
      'fcfs,rr,srtf',
      '--out',
      out
    ])
    expect(r.code).toBe(0)
    const text = await readFile(out, 'utf8')
    const doc = parseSvg(text)
    expect(doc.querySelectorAll('rect[class^="bar-"]')).toHaveLength(12)
    for (const t of ['fcfs', 'rr q=3', 'srtf', 'Makespan', 'Avg waiting']) expect(text).toContain(t)
  })

  it('reads the scenario from standard input with - and writes to standard output', async () => {
    const r = await spawnChart(['-', '--kind', 'utilization'], JSON.stringify(SCENARIO))
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    parseSvg(r.stdout)
  })

  it.each([
    [['--kind', 'gantt'], /missing FILE/],
    [['FILE', '--kind', 'pie'], /--kind: expected one of utilization, gantt, compare/],
    [['FILE'], /--kind: required/],
    [['FILE', '--kind', 'gantt', '--policies', 'rr'], /--policies: only with --kind compare/],
    [['FILE', '--kind', 'compare', '--policies', 'rr,nope'], /--policies: expected one of/],
    [
      ['FILE', '--kind', 'gantt', '--width', 'wide'],
      /--width: expected an integer from 320 to 8000/
    ],
    // A .png name would get SVG bytes that no viewer opens as PNG.
    [['FILE', '--kind', 'gantt', '--out', 'slide.png'], /--out: charts are written as SVG/]
  ])('exits 2 on a bad command line: %j', async (args, message) => {
    const r = await run(args.map((a) => (a === 'FILE' ? scenarioFile : a)))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/)
  })

  it('exits 2 with one line per problem on an invalid scenario', async () => {
    const bad = join(dir, 'bad.json')
    await writeFile(bad, JSON.stringify({ ...SCENARIO, machine: { cores: 0 } }))
    const r = await run([bad, '--kind', 'gantt'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^machine\.cores: /m)
    expect(r.stdout).toBe('')
  })

  it('exits 3 when the file cannot be read or the output cannot be written', async () => {
    const missing = await run([join(dir, 'nope.json'), '--kind', 'gantt'])
    expect(missing.code).toBe(3)
    expect(missing.stderr).toMatch(/cannot read/)
    const unwritable = await run([
      scenarioFile,
      '--kind',
      'gantt',
      '--out',
      join(dir, 'no', 'such', 'dir', 'x.svg')
    ])
    expect(unwritable.code).toBe(3)
    expect(unwritable.stderr).toMatch(/cannot write/)
  })

  it('prints its usage with --help', async () => {
    const r = await run(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Usage: schedlab chart FILE --kind utilization\|gantt\|compare/)
  })
})
