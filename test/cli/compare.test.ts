// `schedlab compare`: the same scenario under several policies, one summary each.
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { tempDir, threeJobs, writeScenario, type JsonObject } from './fixtures'

interface Entry {
  policy: string
  scheduler: JsonObject
  status: string
  makespan: number
  summary: { avgTurnaround: number; avgWaiting: number; preemptions: number }
}

const dir = tempDir()
const three = writeScenario(dir, 'three.json', threeJobs())

describe('schedlab compare', () => {
  it('prints one entry per policy, in the order asked, with hand-checked numbers', async () => {
    const r = await runCli(['compare', three, '--policies', 'fcfs,sjf,rr'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { scenario: string; results: Entry[] }
    expect(out.scenario).toBe('three jobs')
    expect(out.results.map((e) => e.policy)).toEqual(['fcfs', 'sjf', 'rr'])
    const [fcfs, sjf, rr] = out.results
    // fcfs: 3, 8, 10. sjf: c 0-2, a 2-5, b 5-10. rr (quantum 4): a 0-3, b 3-7, c 7-9, b 9-10.
    expect(fcfs.summary.avgTurnaround).toBe(7)
    expect(sjf.summary.avgTurnaround).toBe(5.666667)
    expect(rr.summary.avgTurnaround).toBe(7.333333)
    expect(rr.summary.avgWaiting).toBe(4)
    expect(rr.summary.preemptions).toBe(1)
    expect(rr.scheduler.quantum).toBe(4)
    for (const e of out.results) expect(e).toMatchObject({ status: 'completed', makespan: 10 })
  })

  it("gives rr and priority the scenario's quantum", async () => {
    const s = threeJobs()
    s.scheduler = { policy: 'rr', quantum: 2 }
    const file = writeScenario(dir, 'rr2.json', s)
    const r = await runCli(['compare', file, '--policies', 'rr,priority,fcfs'])
    expect(r.code).toBe(0)
    const [rr, priority, fcfs] = (JSON.parse(r.stdout) as { results: Entry[] }).results
    expect(rr.scheduler.quantum).toBe(2)
    expect(priority.scheduler.quantum).toBe(2)
    expect(fcfs.scheduler).not.toHaveProperty('quantum')
  })

  it('text: a table with one row per policy', async () => {
    const r = await runCli(['compare', three, '--policies', 'fcfs,srtf', '--format', 'text'])
    expect(r.code).toBe(0)
    const rows = r.stdout.split('\n').filter((l) => /^\s+(fcfs|srtf)\s/.test(l))
    expect(rows.map((l) => l.trim().split(/\s+/).slice(0, 3))).toEqual([
      ['fcfs', 'completed', '10'],
      ['srtf', 'completed', '10']
    ])
  })

  it('csv: a header and one row per policy', async () => {
    const r = await runCli(['compare', three, '--policies', 'fcfs,sjf,rr', '--format', 'csv'])
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe(
      'policy,status,makespan,utilization,throughput,avgTurnaround,avgWaiting,avgResponse,' +
        'contextSwitches,preemptions,migrations,deadlineMisses,fairness'
    )
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 6))).toEqual([
      ['fcfs', 'completed', '10', '1', '0.3', '7'],
      ['sjf', 'completed', '10', '1', '0.3', '5.666667'],
      ['rr', 'completed', '10', '1', '0.3', '7.333333']
    ])
  })

  it.each([
    [[], '--policies: required'],
    [
      ['--policies', 'fcfs,lifo'],
      '--policies: expected one of fcfs, sjf, srtf, rr, priority, mlfq, edf, rm, got "lifo"'
    ],
    [['--policies', 'fcfs,,rr'], '--policies: expected a comma-separated list'],
    [['--policies', 'rr,rr'], '--policies: "rr" is listed twice'],
    [
      ['--policies', 'rr', '--format', 'svg'],
      '--format: expected one of json, text, csv, got "svg"'
    ]
  ])('usage error %j', async (args, message) => {
    const r = await runCli(['compare', three, ...args])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`schedlab compare: ${message}`)
  })

  it('reports an invalid scenario once, with its paths', async () => {
    const s = threeJobs()
    s.machine = { cores: 0 }
    const r = await runCli(['compare', writeScenario(dir, 'bad.json', s), '--policies', 'rr'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('machine.cores: expected an integer from 1 to 1024, got 0\n')
  })
})
