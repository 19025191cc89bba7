// `schedlab sweep` on a cluster: a --set path over the cluster (replicas, balancer), one row of
// request figures per point, as `schedlab compare --set` gives them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main'
import { parseCsv } from '../../cli/sweep/rows'
import { captureCli } from '../helpers/capture-cli'
import { STACK_TRACE, tempDir, writeScenario, type JsonObject } from './fixtures'

const dir = tempDir()
// The uniform-arrivals example of docs/clusters.md: 10 requests, one every 2 ticks, to a service
// whose single handler thread needs 4 ticks of CPU, 2 ticks of network each way, on one-core
// nodes n0..n3 (the 1-tick client runs on n0 at 0..1, before any request lands).
const shop: JsonObject = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'shop',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [{ name: 'client', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
  nodes: ['n0', 'n1', 'n2', 'n3'].map((name) => ({ name, machine: { cores: 1 } })),
  network: { latency: 2 },
  services: [{ name: 'orders', replicas: ['n0'], handler: { ops: [{ cpu: 4 }] } }],
  requests: [{ to: 'orders', rate: 0.5, count: 10 }]
}
const file = writeScenario(dir, 'shop.json', shop)
let outs = 0

async function sweep(args: string[], ext = 'csv') {
  const out = join(dir, `out-${++outs}.${ext}`)
  const r = await captureCli(
    (a) => main(['sweep', ...a]),
    [file, ...args, '--jobs', '1', '--out', out]
  )
  let text = ''
  try {
    text = readFileSync(out, 'utf8')
  } catch {
    // no output: the test looks at r
  }
  return { ...r, text, rows: parseCsv(text).map((rec) => rec.fields) }
}

describe('schedlab sweep on a cluster', () => {
  it('sweeps services[0].replicas and reports request latency per point', async () => {
    const r = await sweep(['--set', 'services[0].replicas=[n0],[n0,n1],[n0,n1,n2,n3]'])
    expect(r.code).toBe(0)
    expect(r.rows[0].join(',')).toBe(
      'cell,policy,seed,services[0].replicas,status,makespan,count,completed,failed,throughput,mean,p50,p95,p99,max,error'
    )
    // 1 replica: request i leaves at 2i, starts at 4i + 2 (the one before ends then), replies at
    // 4i + 6 and lands at 4i + 8: latency 2i + 8, i.e. 8, 10, ..., 26; mean 17, nearest-rank p50
    // the 5th = 16, p95 and p99 the 10th = 26; the last lands at 44 (the makespan).
    // 2 and 4 replicas under round-robin: each replica gets a request every 4 (or 8) ticks and
    // serves it in 4, so none waits: every latency is 2 + 4 + 2 = 8, and the last request
    // (leaving at 18) lands at 26.
    const pick = (row: string[]) => [row[3], ...row.slice(4, 9), ...row.slice(10, 15), row[15]]
    expect(r.rows.slice(1).map(pick)).toEqual([
      ['[n0]', 'completed', '44', '10', '10', '0', '17', '16', '26', '26', '26', ''],
      ['[n0,n1]', 'completed', '26', '10', '10', '0', '8', '8', '8', '8', '8', ''],
      ['[n0,n1,n2,n3]', 'completed', '26', '10', '10', '0', '8', '8', '8', '8', '8', '']
    ])
    // throughput: completed / makespan.
    expect(r.rows.slice(1).map((row) => Number(row[9]))).toEqual([10 / 44, 10 / 26, 10 / 26])
  })

  it('sweeps the balancer and a node down; failed requests are counted', async () => {
    const down = writeScenario(dir, 'down.json', {
      ...shop,
      services: [{ name: 'orders', replicas: ['n0', 'n1'], handler: { ops: [{ cpu: 4 }] } }],
      faults: [{ node: 'n1', down: [0, 1000] }]
    })
    const out = join(dir, 'balancers.json')
    const r = await captureCli(
      (a) => main(['sweep', ...a]),
      [
        down,
        '--set',
        'services[0].balancer=round-robin,least-outstanding',
        '--format',
        'json',
        '--jobs',
        '1',
        '--out',
        out
      ]
    )
    expect(r.code).toBe(0)
    const rows = JSON.parse(readFileSync(out, 'utf8')) as JsonObject[]
    // n1 is down for the whole run, so the balancers skip it and n0 serves all 10 alone, as in
    // the one-replica case: latencies 8..26, mean 17, none failed.
    expect(rows.map((row) => [row['services[0].balancer'], row.failed, row.mean, row.max])).toEqual(
      [
        ['round-robin', 0, 17, 26],
        ['least-outstanding', 0, 17, 26]
      ]
    )
  })

  it('a list value is a JSON array in JSON rows, and --resume matches it', async () => {
    const out = join(dir, 'resume.json')
    const args = [
      file,
      '--set',
      'services[0].replicas=[n0],[n0,n1]',
      '--format',
      'json',
      '--jobs',
      '1',
      '--out',
      out
    ]
    const first = await captureCli((a) => main(['sweep', ...a]), args)
    expect(first.code).toBe(0)
    const text = readFileSync(out, 'utf8')
    const rows = JSON.parse(text) as JsonObject[]
    expect(rows.map((row) => row['services[0].replicas'])).toEqual([['n0'], ['n0', 'n1']])
    // Both rows are kept (their keys, arrays included, match the cells): nothing runs again and
    // the file comes out the same.
    const again = await captureCli((a) => main(['sweep', ...a]), [...args, '--resume'])
    expect(again.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(text)
  })

  it('an unknown node in a value is an error row naming the field; the other cells run', async () => {
    const r = await sweep(['--set', 'services[0].replicas=[n0],[n9]'])
    expect(r.code).toBe(4)
    expect(r.rows[1][4]).toBe('completed')
    expect(r.rows[2][4]).toBe('error')
    expect(r.rows[2].at(-1)).toMatch(/^services\[0\]\.replicas\[0\]: .*n9/)
  })

  it.each([
    [['--cores', '1,2'], '--cores: a cluster sets its cores per node'],
    [['--set', 'services[3].replicas=[n0]'], '--set services[3].replicas: services has 1 entries'],
    [['--set', 'services[0].replicas=[n0'], 'a "[" is not closed']
  ])('%j is a usage error before any run (exit 2)', async (args, message) => {
    const r = await sweep(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stderr).not.toMatch(STACK_TRACE)
  })
})
