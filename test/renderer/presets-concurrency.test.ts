// Issue 14's presets: the figures their lessons quote are what the engine gives, and the
// lessons the issue lists are there.
import { describe, expect, it } from 'vitest'
import { problemToString, simulate, validateScenario, type SimResult } from '../../sim-core/index'
import { PRESETS } from '../../renderer/presets/presets'

function run(id: string): SimResult {
  const p = PRESETS.find((x) => x.id === id)
  if (!p) throw new Error(`no preset ${id}`)
  const r = validateScenario(p.scenario)
  if (!r.ok) throw new Error(r.problems.map(problemToString).join('\n'))
  return simulate(r.scenario)
}

const finishes = (rows: readonly { id: string; finish: number | null }[], ids: string[]) =>
  ids.map((id) => rows.find((r) => r.id === id)?.finish)

describe('issue 14 presets', () => {
  it('Go hand-off: g1..g3 finish at 112, 122, 132 without hand-off, 14, 24, 34 ms after arriving with it', () => {
    // Without: the one worker is blocked in read-file's 100 ms io (after its 1 ms of cpu and a
    // 1 ms switch), then runs g1..g3, 10 ms each. With (arrival 150): a new thread takes the
    // queue when the read blocks and runs them at once.
    const r = run('go-handoff')
    const g = (p: string) => ['g1', 'g2', 'g3'].map((c) => `${p}/go/${c}`)
    expect(finishes(r.coroutines, g('no-handoff'))).toEqual([112, 122, 132])
    expect(finishes(r.coroutines, g('handoff'))).toEqual([164, 174, 184])
    expect(r.threads.map((t) => t.id)).toContain('handoff/go.m1')
    // The thread-count chart: the hand-off runtime has 1 thread from 150 and 2 from 153.
    const tc = r.trace
    const at = (i: number) => [tc.tcTime[i], tc.tcCount[i]]
    expect(Array.from({ length: tc.tcSamples }, (_, i) => at(i)).slice(0, 2)).toEqual([
      [150, 1],
      [153, 2]
    ])
  })

  it('Python GIL: the threads finish at 113 and 119 with over 50 ms of GIL wait; the processes in parallel at 202', () => {
    const r = run('python-gil')
    expect(finishes(r.threads, ['threads/t1', 'threads/t2', 'proc-1/main', 'proc-2/main'])).toEqual(
      [113, 119, 202, 202]
    )
    for (const id of ['threads/t1', 'threads/t2'])
      expect(r.threads.find((t) => t.id === id)?.gilWait).toBeGreaterThan(50)
  })

  it('generator pipeline: 24 ms as coroutines (9 ms of coroutine switches), 37 as threads (22 ms of thread switches)', () => {
    // 5 values × (2 + 1) ms of work = 15 ms either way; what differs is the price of each hand-off.
    const r = run('generator-pipeline')
    const th = (id: string) => r.threads.find((t) => t.id === id)
    expect(th('generators/loop')).toMatchObject({ finish: 24, overhead: 9 })
    expect((th('threads/producer')?.overhead ?? 0) + (th('threads/consumer')?.overhead ?? 0)).toBe(
      22
    )
    expect(th('threads/consumer')?.finish).toBe(97)
    expect(r.channels.map((c) => [c.sends, c.receives, c.peakOccupancy])).toEqual([
      [5, 5, 0],
      [5, 5, 0]
    ])
    expect(r.trace.hoCount).toBeGreaterThan(0)
  })

  it('bounded buffer: full at 3, 25 ms of send wait, consumers never wait', () => {
    const r = run('bounded-buffer')
    expect(r.channels[0]).toMatchObject({
      capacity: 3,
      peakOccupancy: 3,
      sendWait: 25,
      recvWait: 0
    })
    expect(r.trace.chSamples).toBeGreaterThan(0)
  })

  it('asyncio timeout: the fast client is served at 6, the slow one times out at 12 and ends at 13', () => {
    const r = run('asyncio-timeout')
    const co = (id: string) => r.coroutines.find((c) => c.id === `app/loop/${id}`)
    expect(co('fast-client')).toMatchObject({ finish: 6, timeouts: 0 })
    // slow-client runs [1,2) after fast-client's [0,1), waits from 2, times out at 12, cpu [12,13).
    expect(co('slow-client')).toMatchObject({ finish: 13, timeouts: 1, blocked: 10 })
    const slow = r.channels.find((c) => c.name === 'slow-reply')
    expect(slow).toMatchObject({ sends: 1, receives: 0, peakOccupancy: 1, timeouts: 1 })
  })

  it('has the titles the issue names', () => {
    const titles = PRESETS.map((p) => p.title.en)
    for (const t of [
      'Generator pipeline: yield and send',
      'Bounded buffer: producers and consumers',
      'A timeout on a slow request (asyncio.wait_for)',
      'Go: a blocking system call with and without hand-off',
      'Python: threads vs processes for CPU-bound work'
    ])
      expect(titles).toContain(t)
  })
})
