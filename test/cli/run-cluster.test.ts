// `schedlab run` on a cluster scenario (a file with `nodes`): request figures in every format.
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { STACK_TRACE, tempDir, writeScenario, type JsonObject } from './fixtures'

const dir = tempDir()
// Two one-core nodes, round-robin, a request every 2 ticks needing 4 ticks of CPU, 2 ticks each
// way: each replica gets one request every 4 ticks and serves it in 4, so none waits and every
// latency is 2 + 4 + 2 = 8; the last of 10 leaves at 18 and lands back at 26 (the makespan).
const file = writeScenario(dir, 'cluster.json', {
  format: 'schedlab/scenario',
  version: 1,
  name: 'two nodes',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [{ name: 'client', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
  nodes: [
    { name: 'a', machine: { cores: 1 } },
    { name: 'b', machine: { cores: 1 } }
  ],
  network: { latency: 2 },
  services: [{ name: 'orders', replicas: ['a', 'b'], handler: { ops: [{ cpu: 4 }] } }],
  requests: [{ to: 'orders', rate: 0.5, count: 10 }]
})

describe('schedlab run on a cluster', () => {
  it('prints request counts and latency percentiles as JSON', async () => {
    const r = await runCli(['run', file])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as JsonObject
    expect(json.status).toBe('completed')
    expect(json.makespan).toBe(26)
    expect(json.requests).toEqual({
      count: 10,
      completed: 10,
      failed: 0,
      throughput: 10 / 26,
      latency: { mean: 8, p50: 8, p95: 8, p99: 8, max: 8 }
    })
    expect((json.nodes as JsonObject[]).map((n) => n.name)).toEqual(['a', 'b'])
  })

  it('prints one CSV row per request with its replica and times', async () => {
    const r = await runCli(['run', file, '--format', 'csv'])
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines[0]).toBe('request,service,node,arrival,queued,started,replied,done,failed,latency')
    expect(lines[1]).toBe('0,orders,a,0,2,2,6,8,,8')
    expect(lines[2]).toBe('1,orders,b,2,4,4,8,10,,8')
    expect(lines).toHaveLength(11)
  })

  it('prints a text report with the request table and the nodes', async () => {
    const r = await runCli(['run', file, '--format', 'text'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/status completed, makespan 26 ticks/)
    expect(r.stdout).toMatch(/orders\s+10\s+10\s+0/)
  })

  it('a cluster run stopped by a guard says where on stderr, in text and JSON alike', async () => {
    // The 10 requests need until t=26; --max-time 10 stops the run before the first instant
    // after 10, with the one-machine wording.
    for (const format of ['text', 'json']) {
      const r = await runCli(['run', file, '--format', format, '--max-time', '10'])
      expect(r.code).toBe(0)
      expect(r.stderr).toMatch(
        /^schedlab run .*cluster\.json: note: stopped at t=10, the run's time guard \(--max-time N raises it\)\n$/
      )
    }
  })

  it('refuses --cores (nodes set their own) with exit 2 and no stack trace', async () => {
    const r = await runCli(['run', file, '--cores', '4'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--cores: a cluster sets its cores per node/)
    expect(r.stderr).not.toMatch(STACK_TRACE)
  })

  it('chart and sweep take a cluster too (they refused one before; see chart-cluster and sweep-cluster tests)', async () => {
    for (const args of [
      ['chart', file, '--kind', 'gantt', '--out', `${dir}/x.svg`],
      ['sweep', file, '--policies', 'fcfs', '--jobs', '1']
    ]) {
      const r = await runCli(args)
      expect(r.code).toBe(0)
      expect(r.stderr).not.toMatch(/is a cluster/)
    }
  })
})
