// Coroutine and lock results in the CLI's human and exchange outputs: `run --format text`,
// `compare` (text, CSV, JSON) and `trace --format chrome`.
//
// The scenario (fixtures.ts webServer), worked by hand: 2 cores, fcfs, no switch costs. At 0, w1
// and w2 take cores 0 and 1; w1 locks db and runs 3; w2 finds db held and blocks (core 1 then
// takes loop). loop runs c1 for 1 (0-1); c1 awaits 2 (until 3), so c2 runs 2 (1-3): c2's
// response and waiting are 1, its turnaround 3. At 3 c1 runs its last 1 (3-4): turnaround 4,
// waiting 0. At 3 w1 unlocks db: w2 acquires it after waiting 3 and runs 3 (3-6).
// So db: 2 acquisitions, 1 contended, total wait 3, longest wait 3, held 3 + 3 = 6.
// Coroutine averages: turnaround (4 + 3) / 2 = 3.5, waiting (0 + 1) / 2 = 0.5, response 0.5.
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { tempDir, threeJobs, webServer, writeScenario } from './fixtures'

const dir = tempDir()
const web = writeScenario(dir, 'web.json', webServer())
const three = writeScenario(dir, 'three.json', threeJobs())

async function cli(args: string[]): Promise<string> {
  const out = await runCli(args)
  expect(out.stderr).toBe('')
  expect(out.code).toBe(0)
  return out.stdout
}

/** The rows of the text table under `title`, each as header → cell. */
function table(stdout: string, title: string): Record<string, string>[] {
  const lines = stdout.split('\n')
  const start = lines.indexOf(title)
  expect(start).toBeGreaterThan(0)
  const end = lines.indexOf('', start)
  const [head, ...rows] = lines.slice(start + 1, end).map((l) => l.trim().split(/\s+/))
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])))
}

describe('coroutines and locks in CLI output', () => {
  it('run --format text has a coroutine table and a lock table', async () => {
    const out = await cli(['run', web, '--format', 'text'])
    expect(table(out, 'Coroutines')).toEqual([
      expect.objectContaining({
        id: 'web/loop/c1',
        host: 'web/loop',
        turnaround: '4',
        waiting: '0',
        response: '0',
        stalled: '0'
      }),
      expect.objectContaining({
        id: 'web/loop/c2',
        turnaround: '3',
        waiting: '1',
        response: '1',
        stalled: '0'
      })
    ])
    expect(table(out, 'Locks')).toEqual([
      {
        name: 'db',
        acquisitions: '2',
        contended: '1',
        totalWait: '3',
        maxWait: '3',
        holdTime: '6'
      }
    ])
  })

  it('run --format text leaves both tables out when there is nothing to list', async () => {
    const out = await cli(['run', three, '--format', 'text'])
    expect(out).not.toContain('\nCoroutines\n')
    expect(out).not.toContain('\nLocks\n')
  })

  it('compare --format text adds coroutine averages and lock totals per policy', async () => {
    const out = await cli(['compare', web, '--policies', 'fcfs,rr', '--format', 'text'])
    expect(table(out, 'Coroutines (averages)')).toEqual(
      ['fcfs', 'rr'].map((policy) => ({
        policy,
        avgTurnaround: '3.5',
        avgWaiting: '0.5',
        avgResponse: '0.5',
        avgStalled: '0'
      }))
    )
    expect(table(out, 'Locks (all locks)')).toEqual(
      ['fcfs', 'rr'].map((policy) => ({
        policy,
        acquisitions: '2',
        contended: '1',
        totalWait: '3',
        maxWait: '3'
      }))
    )
  })

  it('compare --format json and csv carry the same figures', async () => {
    const json = JSON.parse(await cli(['compare', web, '--policies', 'fcfs'])) as {
      results: { coroutines: object; locks: object }[]
    }
    expect(json.results[0].coroutines).toEqual({
      count: 2,
      avgTurnaround: 3.5,
      avgWaiting: 0.5,
      avgResponse: 0.5,
      avgStalled: 0
    })
    expect(json.results[0].locks).toEqual({
      acquisitions: 2,
      contended: 1,
      totalWait: 3,
      maxWait: 3
    })
    const [head, row] = (await cli(['compare', web, '--policies', 'fcfs', '--format', 'csv']))
      .trim()
      .split('\n')
      .map((l) => l.split(','))
    const byName = Object.fromEntries(head.map((h, i) => [h, row[i]]))
    expect(byName).toMatchObject({
      coroutineAvgTurnaround: '3.5',
      coroutineAvgWaiting: '0.5',
      lockContended: '1',
      lockTotalWait: '3'
    })
  })

  it('trace --format chrome names the coroutine a host thread runs', async () => {
    const trace = JSON.parse(await cli(['trace', web, '--format', 'chrome'])) as {
      traceEvents: { name: string; ph: string; ts: number; args: Record<string, string> }[]
    }
    const loop = trace.traceEvents.filter((e) => e.ph === 'X' && e.args.thread === 'web/loop')
    expect(loop.map((e) => [e.ts, e.name, e.args.coroutine])).toEqual([
      [0, 'web/loop/c1', 'web/loop/c1'],
      [1, 'web/loop/c2', 'web/loop/c2'],
      [3, 'web/loop/c1', 'web/loop/c1']
    ])
    const w1 = trace.traceEvents.find((e) => e.ph === 'X' && e.args.thread === 'web/w1')
    expect(w1?.name).toBe('web/w1')
    expect(w1?.args.coroutine).toBeUndefined()
  })
})
