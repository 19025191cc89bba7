// Channels, timeouts and channel deadlocks in `schedlab run` output (text and JSON).
//
// buffer.json, worked by hand: 2 cores, fcfs. prod sends 5 values, 1 tick of cpu before each;
// cons receives 5, 4 ticks of cpu before each, into a channel of capacity 2. prod's sends at 1
// and 2 fill the buffer, the one at 3 waits until cons receives at 4, and so on: prod waits
// 3-4, 5-8, 9-12 (sendWait 7). A third thread waits 3 ticks on a channel nobody sends to
// (timeouts 1, recvWait 3).
// ring.json: two threads each receive first from the other: a deadlock over channels a and b.
import { describe, expect, it } from 'vitest'
import type { SimResult } from '../../sim-core/index'
import { resultText } from '../../cli/format/result-text'
import { runCli } from '../helpers/run-cli'
import { tempDir, writeScenario } from './fixtures'

const base = {
  format: 'schedlab/scenario',
  version: 1,
  machine: { cores: 2 },
  scheduler: { policy: 'fcfs' }
}
const dir = tempDir()
const buffer = writeScenario(dir, 'buffer.json', {
  ...base,
  name: 'bounded buffer',
  channels: [
    { name: 'q', capacity: 2 },
    { name: 'never', capacity: 0 }
  ],
  processes: [
    {
      name: 'p',
      threads: [
        { name: 'prod', ops: [{ repeat: 5, ops: [{ cpu: 1 }, { send: 'q' }] }] },
        { name: 'cons', ops: [{ repeat: 5, ops: [{ cpu: 4 }, { recv: 'q' }] }] },
        { name: 'late', arrival: 30, ops: [{ recv: 'never', timeout: 3 }] }
      ]
    }
  ]
})
const ring = writeScenario(dir, 'ring.json', {
  ...base,
  name: 'ring',
  channels: [{ name: 'a' }, { name: 'b' }],
  processes: [
    {
      name: 'p',
      threads: [
        { name: 't1', ops: [{ recv: 'a' }, { send: 'b' }] },
        { name: 't2', ops: [{ recv: 'b' }, { send: 'a' }] }
      ]
    }
  ]
})

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

describe('channels in schedlab run', () => {
  it('--format text lists each channel, and timeouts where a wait timed out', async () => {
    const out = await cli(['run', buffer, '--format', 'text'])
    expect(table(out, 'Channels')).toEqual([
      {
        name: 'q',
        capacity: '2',
        sends: '5',
        receives: '5',
        peakOccupancy: '2',
        sendWait: '7',
        recvWait: '0',
        timeouts: '0'
      },
      {
        name: 'never',
        capacity: '0',
        sends: '0',
        receives: '0',
        peakOccupancy: '0',
        sendWait: '0',
        recvWait: '3',
        timeouts: '1'
      }
    ])
    expect(table(out, 'Threads').map((r) => [r.id, r.timeouts])).toEqual([
      ['p/prod', '0'],
      ['p/cons', '0'],
      ['p/late', '1']
    ])
  })

  it('--format text leaves the timeouts column out when nothing timed out', async () => {
    const out = await cli(['run', ring, '--format', 'text'])
    expect(Object.keys(table(out, 'Threads')[0])).not.toContain('timeouts')
  })

  it('--format text shows a channel deadlock with what each task waits for', async () => {
    const out = await cli(['run', ring, '--format', 'text'])
    expect(out).toContain('status deadlock (cycle: p/t1 -> p/t2)')
    expect(table(out, 'Deadlock cycle')).toEqual([
      { task: 'p/t1', waitsFor: 'recv', on: 'a' },
      { task: 'p/t2', waitsFor: 'recv', on: 'b' }
    ])
  })

  it('--format json carries channels and the deadlock waits', async () => {
    const r = JSON.parse(await cli(['run', ring, '--format', 'json'])) as SimResult
    expect(r.status).toBe('deadlock')
    expect(r.deadlock).toEqual({
      cycle: ['p/t1', 'p/t2'],
      locks: [],
      channels: ['a', 'b'],
      waits: [
        { task: 'p/t1', waitsFor: 'recv', on: 'a' },
        { task: 'p/t2', waitsFor: 'recv', on: 'b' }
      ]
    })
    expect(r.channels.map((c) => c.name)).toEqual(['a', 'b'])
  })

  it('escapes control characters in the waits', async () => {
    const r = JSON.parse(await cli(['run', ring, '--format', 'json'])) as SimResult
    r.trace = { segments: 0 } as SimResult['trace']
    r.deadlock = {
      cycle: ['p/t\u001b[2J'],
      locks: [],
      channels: ['c\u0007'],
      waits: [{ task: 'p/t\u001b[2J', waitsFor: 'recv', on: 'c\u0007' }]
    }
    const text = [...resultText(r)].join('')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(text).toContain('p/t\\u001b[2J  recv      c\\u0007')
  })

  it('validate names an undeclared channel at the op', async () => {
    const bad = writeScenario(dir, 'bad.json', {
      ...base,
      name: 'bad',
      processes: [{ name: 'p', threads: [{ name: 't', ops: [{ send: 'orders' }] }] }]
    })
    const out = await runCli(['validate', bad])
    expect(out.code).toBe(2)
    expect(out.stderr).toContain(
      'processes[0].threads[0].ops[0].send: unknown channel "orders" (declare it under "channels")'
    )
    expect(out.stderr).not.toMatch(/\n\s+at /)
  })
})
