// `schedlab compare --set`: a replica and balancer sweep of a cluster in one command, and the
// exit-2 messages for a bad path or a bad value, each naming the path.
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { STACK_TRACE, tempDir, threeJobs, writeScenario, type JsonObject } from './fixtures'

const dir = tempDir()
// Four one-core nodes; requests every 2 ticks (rate 0.5) need 4 ticks of CPU; 2 ticks each way.
const file = writeScenario(dir, 'replicas.json', {
  format: 'schedlab/scenario',
  version: 1,
  name: 'replicas',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [{ name: 'client', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
  nodes: ['a', 'b', 'c', 'd'].map((name) => ({ name, machine: { cores: 1 } })),
  network: { latency: 2 },
  services: [{ name: 'orders', replicas: ['a'], handler: { ops: [{ cpu: 4 }] } }],
  requests: [{ to: 'orders', rate: 0.5, count: 10 }]
})

const REPLICAS = 'services[0].replicas=[a],[a,b],[a,b,c,d]'

describe('schedlab compare --set on a cluster', () => {
  it('runs one variant per replica list, with hand-checked latency', async () => {
    const r = await runCli(['compare', file, '--set', REPLICAS])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as { paths: string[]; results: JsonObject[] }
    expect(json.paths).toEqual(['services[0].replicas'])
    expect(json.results.map((e) => e.set)).toEqual([
      { 'services[0].replicas': ['a'] },
      { 'services[0].replicas': ['a', 'b'] },
      { 'services[0].replicas': ['a', 'b', 'c', 'd'] }
    ])
    // One replica: request i leaves at 2i, reaches a at 2i + 2, but a serves one per 4 ticks, so
    // it finishes at 4i + 6 and its reply lands at 4i + 8: latency 2i + 8 for i = 0..9, i.e.
    // 8, 10, ..., 26: mean 17, nearest-rank p50 the 5th = 16, max 26; the makespan is 4·9 + 8.
    expect(json.results[0].makespan).toBe(44)
    expect(json.results[0].requests).toMatchObject({
      count: 10,
      completed: 10,
      failed: 0,
      latency: { mean: 17, p50: 16, max: 26 }
    })
    // Two or four replicas under round-robin: each gets a request every 4 (or 8) ticks and
    // serves it in 4, so none waits: latency 2 + 4 + 2 = 8; the last leaves at 18, lands at 26.
    for (const e of json.results.slice(1)) {
      expect(e.makespan).toBe(26)
      expect(e.requests).toMatchObject({ latency: { mean: 8, p50: 8, p99: 8, max: 8 } })
    }
  })

  it('crosses two --set options (replicas × balancer) in a CSV row each', async () => {
    const r = await runCli([
      'compare',
      file,
      '--set',
      'services[0].replicas=[a],["a","b"]',
      '--set',
      'services[0].balancer=round-robin,least-outstanding',
      '--format',
      'csv'
    ])
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines[0]).toBe(
      'policy,services[0].replicas,services[0].balancer,status,makespan,count,completed,failed,throughput,mean,p50,p95,p99,max'
    )
    // The first set varies slowest. With one replica the balancer has no choice: the same 44.
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'fcfs,[a]',
      'fcfs,[a]',
      'fcfs,"[a',
      'fcfs,"[a'
    ])
    expect(lines[1]).toMatch(/,round-robin,completed,44,10,10,0,/)
    expect(lines[2]).toMatch(/,least-outstanding,completed,44,10,10,0,/)
    expect(lines[3]).toMatch(/^fcfs,"\[a,b\]",round-robin,completed,26,/)
    expect(lines).toHaveLength(5)
  })

  it('prints a text table with a column per path', async () => {
    const r = await runCli(['compare', file, '--set', REPLICAS, '--format', 'text'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/services\[0\]\.replicas/)
    expect(r.stdout).toMatch(/\[a\]\s+completed\s+44\s+10\s+10\s+0/)
  })

  it('crosses --policies with --set (the policy of every node without its own)', async () => {
    const r = await runCli(['compare', file, '--policies', 'fcfs,rr', '--set', REPLICAS])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as { results: JsonObject[] }
    expect(json.results.map((e) => e.policy)).toEqual(['fcfs', 'fcfs', 'fcfs', 'rr', 'rr', 'rr'])
  })
})

describe('schedlab compare --set: bad input exits 2 naming the path', () => {
  it.each([
    // A path the scenario lacks: named with the flag, before anything runs.
    [
      ['--set', 'services[2].replicas=[a]'],
      /--set services\[2\]\.replicas: services has 1 entries/
    ],
    [
      ['--set', 'service[0].balancer=round-robin'],
      /--set service\[0\]\.balancer: service does not exist/
    ],
    // Not path=values.
    [['--set', 'services[0].replicas'], /--set "services\[0\]\.replicas": expected path=value1/],
    [
      ['--set', 'services[0].replicas=[a,b'],
      /--set "services\[0\]\.replicas=\[a,b": a "\[" is not closed/
    ],
    [['--set', 'services[0].replicas=[a],[a]'], /\["a"\] is listed twice/],
    [['--set', 'scheduler.policy=rr'], /use --policies for scheduler\.policy/],
    [['--set', 'a=1', '--set', 'a=2'], /--set: a is set twice/]
  ])('usage error %j', async (extra, message) => {
    const r = await runCli(['compare', file, ...extra])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(STACK_TRACE)
  })

  it.each([
    // Values the schema or the cluster checks refuse: the problem's path and the assignment.
    [
      'services[0].replicas=[a],[a,zz]',
      'services[0].replicas[1]: unknown node "zz"',
      'set by services[0].replicas = ["a","zz"]'
    ],
    [
      'services[0].balancer=round-robin,fastest',
      'services[0].balancer: expected one of',
      'set by services[0].balancer = "fastest"'
    ],
    ['services[0].replicas=[]', 'services[0].replicas', 'set by services[0].replicas = []']
  ])('invalid value %s', async (set, problem, cause) => {
    const r = await runCli(['compare', file, '--set', set])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(problem)
    expect(r.stderr).toContain(cause)
    expect(r.stdout).toBe('') // every variant is checked before any runs
    expect(r.stderr).not.toMatch(STACK_TRACE)
  })
})

describe('schedlab compare --set on one machine', () => {
  const jobs = writeScenario(dir, 'jobs.json', {
    ...threeJobs(),
    scheduler: { policy: 'rr', quantum: 2 }
  })

  it('adds a column per path; with --set, --policies may be left out', async () => {
    const r = await runCli(['compare', jobs, '--set', 'scheduler.quantum=1,4', '--format', 'csv'])
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^policy,scheduler\.quantum,status,makespan,/)
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['rr,1', 'rr,4'])
  })

  it('repeats the path columns in the locks table, so each row says which variant it is', async () => {
    const r = await runCli([
      'compare',
      'docs/examples/priority-inversion.json',
      '--set',
      'locks[0].protocol=none,inheritance',
      '--format',
      'text'
    ])
    expect(r.code).toBe(0)
    const locks = r.stdout.slice(r.stdout.indexOf('Locks (all locks)'))
    // low takes db at 0; high arrives at 1 and waits for it. Without inheritance medium (20
    // ticks, arriving at 2) runs 2..22 ahead of low, which has 2 of its 4 ticks left and unlocks
    // at 24: high waits 23. With inheritance low runs at high's priority from 1 and unlocks at 4:
    // high waits 3.
    expect(locks).toMatch(/policy\s+locks\[0\]\.protocol\s+acquisitions/)
    expect(locks).toMatch(/priority\s+none\s+2\s+1\s+23\s+23/)
    expect(locks).toMatch(/priority\s+inheritance\s+2\s+1\s+3\s+3/)
  })
})
