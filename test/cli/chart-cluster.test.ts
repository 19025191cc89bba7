// @vitest-environment jsdom
// (for DOMParser: the SVG files must parse as XML)
// `schedlab chart` on a cluster (a file with `nodes`): utilization per node, the request latency
// histogram with its percentile markers, the Gantt lanes of every node and compare by latency.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chartCommand } from '../../cli/commands/chart'
import { latencyHistogram } from '../../present/latency-bins'
import { nodeUtilization } from '../../present/node-utilization'
import { simulate, validateScenario, type Scenario } from '../../sim-core'
import { captureCli } from '../helpers/capture-cli'
import { STACK_TRACE, tempDir, threeJobs, writeScenario, type JsonObject } from './fixtures'

const dir = tempDir()
// The uniform-arrivals example of docs/clusters.md ("One replica falls behind"): 10 requests,
// one every 2 ticks, to a single 4-tick handler on one-core node a; node b runs only the 1-tick
// client (0..1); 2 ticks each way. Request i starts at 4i + 2 and its reply lands at 4i + 8:
// latency 2i + 8 (8, 10, ..., 26), nearest-rank p50 = the 5th = 16, p95 = p99 = 26; node a is
// busy from 2 to 42 without a gap, and the run ends when the last reply lands, at 44.
const shop: JsonObject = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'one replica',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [{ name: 'client', node: 'b', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
  nodes: [
    { name: 'a', machine: { cores: 1 } },
    { name: 'b', machine: { cores: 1 } }
  ],
  network: { latency: 2 },
  services: [{ name: 'orders', replicas: ['a'], handler: { ops: [{ cpu: 4 }] } }],
  requests: [{ to: 'orders', rate: 0.5, count: 10 }]
}
const file = writeScenario(dir, 'shop.json', shop)
let outs = 0

async function chart(args: string[]) {
  const out = join(dir, `chart-${++outs}.svg`)
  const r = await captureCli(chartCommand, [file, ...args, '--out', out])
  const svg = r.code === 0 ? readFileSync(out, 'utf8') : ''
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  return { ...r, svg, doc }
}

function scenario(input: JsonObject): Scenario {
  const v = validateScenario(input)
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return v.scenario
}

describe('the cluster chart data (present/)', () => {
  it('per-node utilization: the busy share of each node, bucket by bucket', () => {
    // 44 ticks in at most 100 buckets: one tick each. Node a is busy 2..42 (10 requests × 4
    // ticks back to back), node b only 0..1 (the client).
    const u = nodeUtilization(simulate(scenario(shop)), 100)
    expect(u?.times).toHaveLength(44)
    const [a, b] = u?.nodes ?? []
    expect(a.name).toBe('a')
    expect(a.busy).toEqual(Array.from({ length: 44 }, (_, t) => (t >= 2 && t < 42 ? 1 : 0)))
    expect(b.busy).toEqual(Array.from({ length: 44 }, (_, t) => (t === 0 ? 1 : 0)))
  })

  it('a one-machine run has no per-node utilization', () => {
    expect(nodeUtilization(simulate(scenario(threeJobs())), 100)).toBeNull()
  })

  it('the latency histogram: whole-tick bins from 0 to the largest latency', () => {
    // Largest latency 26: 27 one-tick bins (ceil(27 / 30) = 1), one request in each of 8, 10, ..., 26.
    const bins = latencyHistogram(simulate(scenario(shop)).cluster?.requests ?? [])
    expect(bins).toHaveLength(27)
    expect(bins.filter((b) => b.count > 0).map((b) => [b.from, b.count])).toEqual(
      [8, 10, 12, 14, 16, 18, 20, 22, 24, 26].map((l) => [l, 1])
    )
  })
})

describe('schedlab chart on a cluster', () => {
  it('--kind utilization draws one line per node', async () => {
    const r = await chart(['--kind', 'utilization'])
    expect(r.code).toBe(0)
    expect(r.doc.querySelector('parsererror')).toBeNull()
    const lines = [...r.doc.querySelectorAll('path[data-node]')]
    expect(lines.map((l) => l.getAttribute('data-node'))).toEqual(['a', 'b'])
    expect(r.svg).toContain('Utilization per node')
    // The plot is 80..930 wide (width 960) and 66..(540 - 56 - 10 - 50 - legend) tall; node b is
    // busy only in the first bucket, so its line starts at 100 % and drops to 0 at t = 1.
    const d = lines[1].getAttribute('d') ?? ''
    const points = d
      .slice(1)
      .split('L')
      .map((p) => p.split(',').map(Number))
    expect(points[0][0]).toBe(80)
    expect(points[1][0]).toBeCloseTo(80 + 850 / 44, 1)
    expect(points[2][1]).toBeGreaterThan(points[0][1]) // 0 % is lower on the page than 100 %
  })

  it('--kind latency draws the histogram with p50, p95 and p99 marked', async () => {
    const r = await chart(['--kind', 'latency'])
    expect(r.code).toBe(0)
    expect(r.doc.querySelector('parsererror')).toBeNull()
    expect(r.doc.querySelectorAll('rect.latency-bin')).toHaveLength(10)
    // The x axis runs 0..27 (the last bin's end) over 850 px from x = 80: p50 = 16 sits at
    // 80 + 16 / 27 × 850 = 583.70, p95 = p99 = 26 at 80 + 26 / 27 × 850 = 898.52.
    const x = (key: string) => Number(r.doc.querySelector(`line.marker-${key}`)?.getAttribute('x1'))
    expect(x('p50')).toBeCloseTo(583.7, 1)
    expect(x('p95')).toBeCloseTo(898.52, 1)
    expect(x('p99')).toBeCloseTo(898.52, 1)
    expect(r.svg).toContain('p50 = 16')
    expect(r.svg).toContain('p99 = 26')
  })

  it('--kind gantt has a lane per core of every node, named by node', async () => {
    const r = await chart(['--kind', 'gantt'])
    expect(r.code).toBe(0)
    const labels = [...r.doc.querySelectorAll('text')].map((t) => t.textContent)
    expect(labels).toContain('a core 0')
    expect(labels).toContain('b core 0')
  })

  it('--kind compare draws request latency per policy', async () => {
    const r = await chart(['--kind', 'compare', '--policies', 'fcfs,rr'])
    expect(r.code).toBe(0)
    expect(r.svg).toContain('Compare: request latency')
    // One handler thread on node a, so the policy changes nothing here: mean 17, p50 16, p95 and
    // p99 26 under both (the figures of the histogram above).
    const titles = [...r.doc.querySelectorAll('rect title')].map((t) => t.textContent)
    expect(titles.filter((t) => t?.startsWith('fcfs'))).toEqual([
      'fcfs: 17',
      'fcfs: 16',
      'fcfs: 26',
      'fcfs: 26'
    ])
    expect(titles.filter((t) => t?.startsWith('rr')).map((t) => t?.split(': ')[1])).toEqual([
      '17',
      '16',
      '26',
      '26'
    ])
  })

  it('says where a chart run stopped at the trace budget, as for one machine', async () => {
    // 40 requests 10 ticks apart: node a runs and idles for each, so a budget of 5 segments
    // fills long before the last reply.
    const spaced = writeScenario(dir, 'spaced.json', {
      ...shop,
      requests: [{ to: 'orders', rate: 0.1, count: 40 }]
    })
    const out = join(dir, 'budget.svg')
    const r = await captureCli(chartCommand, [
      spaced,
      '--kind',
      'utilization',
      '--max-trace',
      '5',
      '--out',
      out
    ])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(
      /note: stopped at t=\d+: the trace reached its budget of 5 segments \(--max-trace N raises it\)/
    )
  })

  it('--kind latency on one machine is a usage error naming the flag (exit 2)', async () => {
    const single = writeScenario(dir, 'three.json', threeJobs())
    const r = await captureCli(chartCommand, [single, '--kind', 'latency'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--kind latency: draws request latency, which only a cluster has')
    expect(r.stderr).not.toMatch(STACK_TRACE)
  })
})
