// Bounded runs (issue 10) through the CLI, in process: the three hostile files from the issue,
// each under guards small enough for a test (the guards are what is under test; the default
// figures are measured, not asserted — see docs/cli.md "Run guards").
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main'
import { captureCli } from '../helpers/capture-cli'
import type { CliResult } from '../helpers/run-cli'
import { tempDir, writeScenario, type JsonObject } from './fixtures'

const dir = tempDir()

/** Two threads of 10^12 ticks under rr with quantum 1: one event and one segment per tick. */
const pingPong = (limits?: JsonObject): JsonObject => ({
  format: 'schedlab/scenario',
  version: 1,
  name: 'ping-pong',
  machine: { cores: 1 },
  scheduler: { policy: 'rr', quantum: 1 },
  ...(limits ? { limits } : {}),
  processes: [
    {
      name: 'p',
      threads: [
        { name: 'a', ops: [{ cpu: 1e12 }] },
        { name: 'b', ops: [{ cpu: 1e12 }] }
      ]
    }
  ]
})

/** (a): ran 91 s and reached 7.8 GB before. */
const fileA = writeScenario(dir, 'a.json', pingPong())
/** (b): the same, asking for 10^12 events (grew to 18.9 GB before). */
const fileB = writeScenario(dir, 'b.json', pingPong({ maxEvents: 1e12 }))
/** (c): 100 periodic threads of 10^6 jobs each (V8 heap out of memory before). */
const fileC = writeScenario(dir, 'c.json', {
  format: 'schedlab/scenario',
  version: 1,
  name: 'many jobs',
  machine: { cores: 1 },
  scheduler: { policy: 'fcfs' },
  processes: [
    {
      name: 'p',
      threads: Array.from({ length: 100 }, (_, i) => ({
        name: `t${i}`,
        ops: [{ cpu: 1 }],
        periodic: { period: 100, jobs: 1_000_000 }
      }))
    }
  ]
})

let outputs = 0

/**
 * Runs `schedlab ARGS --out FILE` in process and reads FILE back as its stdout: the output goes
 * through --out because captureCli's stdout stand-in never calls write callbacks.
 */
async function cli(args: string[]): Promise<CliResult> {
  const out = join(dir, `out-${++outputs}.${args[0] === 'chart' ? 'svg' : 'txt'}`)
  const r = await captureCli(main, [...args, '--out', out])
  return { ...r, stdout: r.code === 0 ? readFileSync(out, 'utf8') : r.stdout }
}

const json = (stdout: string) => JSON.parse(stdout) as JsonObject

describe('file (a): two threads of 10^12 ticks, rr quantum 1', () => {
  it('run stops at the event guard with status limit and says so on stderr', async () => {
    const r = await cli(['run', fileA, '--max-events', '200000'])
    expect(r.code).toBe(0)
    const out = json(r.stdout)
    // Two arrivals at t=0, then one slice expiry per tick: event 200,000 is handled at t=199,998.
    expect(out).toMatchObject({ status: 'limit', limit: 'maxEvents', makespan: 199_998 })
    expect(r.stderr).toContain('note: stopped at t=199998 after 200000 events')
    expect(r.stderr).toContain('--max-events N raises it')
  })

  it('run records no trace, so a trace budget cannot stop it', async () => {
    // A budget of 10 segments would stop a traced run at t=9; run keeps going to its event guard.
    const r = await cli([
      'run',
      fileA,
      '--max-trace',
      '10',
      '--max-events',
      '1000',
      '--format',
      'csv'
    ])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('stopped at t=998 after 1000 events')
    expect(r.stderr).not.toContain('trace reached')
  })

  it('trace stops at its budget with status limit (maxTrace) and a notice', async () => {
    const r = await cli(['trace', fileA, '--max-trace', '1000'])
    expect(r.code).toBe(0)
    // At the end of instant t the trace holds t segments and t + 1 decisions (the running slice's
    // dispatch); the budget admits 1,000 decisions, reached at t = 999: 999 segments, one a row.
    const rows = r.stdout.trimEnd().split('\n')
    expect(rows).toHaveLength(1 + 999)
    expect(r.stderr).toContain(
      'note: stopped at t=999: the trace reached its budget of 1000 segments (--max-trace N raises it)'
    )
  })

  it('compare runs every policy to its guard, without a trace', async () => {
    const r = await cli([
      'compare',
      fileA,
      '--policies',
      'rr,fcfs',
      '--max-events',
      '5000',
      '--max-trace',
      '1'
    ])
    expect(r.code).toBe(0)
    const results = json(r.stdout).results as JsonObject[]
    // rr: 2 arrivals then 1 event a tick: t = 4,998. fcfs runs a to the end of the 10^12 ticks
    // in one event, but maxTime (10^12) stops the run first, after 3 events.
    expect(results.map((x) => [x.policy, x.status, x.limit])).toEqual([
      ['rr', 'limit', 'maxEvents'],
      ['fcfs', 'limit', 'maxTime']
    ])
  })
})

describe('file (b): the same file asking for 10^12 events', () => {
  it('validate accepts it and warns that the limit is lowered to the default guard', async () => {
    const r = await captureCli(main, ['validate', fileB])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('ok: ping-pong (1 process, 2 threads)\n')
    expect(r.stderr).toContain(
      "warning: limits.maxEvents: 1000000000000 is above the run's guard of 50000000"
    )
  })

  it('run clamps it to the command line guard and stops there', async () => {
    const r = await cli(['run', fileB, '--max-events', '1000'])
    expect(r.code).toBe(0)
    expect(json(r.stdout)).toMatchObject({ status: 'limit', limit: 'maxEvents', makespan: 998 })
    expect(r.stderr).toContain(
      "warning: limits.maxEvents: 1000000000000 is above the run's guard of 1000"
    )
  })

  it('a file limit under the guard is the file’s own choice: no warning, no note', async () => {
    const lower = writeScenario(dir, 'lower.json', pingPong({ maxEvents: 500 }))
    const r = await cli(['run', lower, '--max-events', '1000'])
    expect(r.code).toBe(0)
    expect(json(r.stdout)).toMatchObject({ status: 'limit', limit: 'maxEvents', makespan: 498 })
    expect(r.stderr).toBe('')
  })
})

describe('file (c): 100 periodic threads of 10^6 jobs', () => {
  it('run lists 10,000 jobs, counts the rest, and stops at the event guard', async () => {
    const r = await cli(['run', fileC, '--max-events', '30000'])
    expect(r.code).toBe(0)
    const out = json(r.stdout)
    // Each period of 100 ticks has 100 releases and 100 one-tick jobs: 200 events. Periods 0..149
    // make 30,000 events, the last at t=15,000, where period 150's 100 releases also happen:
    // 151 × 100 = 15,100 jobs released, 10,000 listed. Each job runs by its deadline (the
    // period's end), so none is missed.
    expect(out).toMatchObject({ status: 'limit', limit: 'maxEvents', makespan: 15_000 })
    expect(out.jobs).toHaveLength(10_000)
    expect(out.jobsOmitted).toBe(5_100)
    expect((out.summary as JsonObject).deadlineMisses).toBe(0)
    expect(r.stderr).toContain(
      'note: lists the first 10000 periodic jobs; 5100 more are counted in summary.deadlineMisses but not listed'
    )
  })

  it('chart stops at its trace budget and still draws the run up to there', async () => {
    const r = await cli(['chart', fileC, '--kind', 'utilization', '--max-trace', '2000'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('<svg')
    expect(r.stdout.trimEnd()).toMatch(/<\/svg>$/)
    expect(r.stderr).toContain('the trace reached its budget of 2000 segments')
  })
})

describe('guard options', () => {
  it.each(['--max-events', '--max-time', '--max-trace'])(
    '%s takes a positive integer',
    async (flag) => {
      const r = await cli(['run', fileA, flag, '0'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`${flag}: expected a positive integer, got "0"`)
    }
  )
})
