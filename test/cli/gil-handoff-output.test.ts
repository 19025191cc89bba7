// The GIL, hand-off and device awaits in `schedlab run --format text` (issue 14 items 5-7):
// a gilWait column, a Devices table and a Hand-off table, each only when there is one.
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { tempDir, threeJobs, writeScenario, type Json } from './fixtures'

const dir = tempDir()
// 2 cores, fcfs. Process py (GIL, interval 5): two threads of 20 ticks take turns of 5, so a
// finishes at 35 and b at 40; a waits 15 (3 gaps), b 20 (0-5 and 3 gaps). Process go (arrives
// at 40): an M:N runtime of one worker with hand-off. At 40 the coroutines arrive in order:
// y's await takes the free disk at once (40-50); x's blocking call is made when "loop" runs it
// and queues behind y (40-50, then 50-80), while z computes 5 on a new thread loop.m1 (40-45).
// At 50 y is done; at 80 x's call returns on "loop", x is done, and both threads exit. The
// disk: 2 requests, 1 queued at most, x waited 10.
const scenario = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'gil and hand-off',
  machine: { cores: 2 },
  scheduler: { policy: 'fcfs' },
  devices: [{ name: 'disk', channels: 1 }],
  processes: [
    {
      name: 'py',
      gil: true,
      threads: [
        { name: 'a', ops: [{ cpu: 20 }] },
        { name: 'b', ops: [{ cpu: 20 }] }
      ]
    },
    {
      name: 'go',
      arrival: 40,
      threads: [
        {
          name: 'loop',
          runtime: { kind: 'm:n', workers: 1, handoff: true, maxThreads: 4 },
          coroutines: [
            { name: 'x', ops: [{ io: 30, device: 'disk' }] },
            { name: 'y', ops: [{ await: 10, device: 'disk' }] },
            { name: 'z', ops: [{ cpu: 5 }] }
          ]
        }
      ]
    }
  ]
}
const file = writeScenario(dir, 'gil.json', JSON.parse(JSON.stringify(scenario)) as Json)
const three = writeScenario(dir, 'three.json', threeJobs())

async function textOf(path: string): Promise<string> {
  const out = await runCli(['run', path, '--format', 'text'])
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

describe('run --format text', () => {
  it('shows gilWait per thread, the devices and the hand-off runtime', async () => {
    const out = await textOf(file)
    const threads = table(out, 'Threads')
    expect(threads.map((t) => [t.id, t.finish, t.gilWait])).toEqual([
      ['py/a', '35', '15'],
      ['py/b', '40', '20'],
      ['go/loop', '80', '0'],
      ['go/loop.m1', '80', '0']
    ])
    expect(table(out, 'Coroutines').map((c) => [c.id, c.host, c.finish])).toEqual([
      ['go/loop/x', 'go/loop', '80'],
      ['go/loop/y', '-', '50'],
      ['go/loop/z', 'go/loop.m1', '45']
    ])
    expect(table(out, 'Devices')).toEqual([
      { name: 'disk', channels: '1', requests: '2', peakQueue: '1', totalWait: '10' }
    ])
    expect(table(out, 'Hand-off')).toEqual([
      {
        thread: 'go/loop',
        workers: '1',
        maxThreads: '4',
        created: '1',
        peakThreads: '2',
        handoffs: '1'
      }
    ])
  })

  it('a run without them reads as before: no gilWait column, no Devices or Hand-off table', async () => {
    const out = await textOf(three)
    expect(out).not.toContain('gilWait')
    expect(out).not.toContain('\nDevices\n')
    expect(out).not.toContain('\nHand-off\n')
  })
})
