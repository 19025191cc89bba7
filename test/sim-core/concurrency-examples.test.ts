// The scenarios of docs/concurrency.md, "From real code to scenarios": each file in
// docs/examples validates, runs, and gives the figure the page quotes.
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../sim-core/index'
import { loadExample, runExample } from '../helpers/examples'

const finishOf = (rows: readonly { id: string; finish: number | null }[], id: string) =>
  rows.find((r) => r.id === id)?.finish

describe('go-handoff.json: Go’s hand-off around a blocking system call', () => {
  const withoutHandoff = (s: Scenario): Scenario => {
    const copy = structuredClone(s)
    const rt = copy.processes[0].threads[0].runtime
    if (rt?.kind === 'm:n') rt.handoff = false
    return copy
  }

  it('with hand-off g1..g3 finish at 10, 20 and 30 while the read blocks until 100', () => {
    // read-file is first in the one worker's queue and blocks it at 0 for 100 ms; hand-off gives
    // the queue to a new thread (go.m1) at once, which runs g1, g2, g3 back to back: 10, 20, 30.
    const r = runExample('go-handoff')
    expect(r.status).toBe('completed')
    expect(['app/go/g1', 'app/go/g2', 'app/go/g3'].map((id) => finishOf(r.coroutines, id))).toEqual(
      [10, 20, 30]
    )
    expect(r.threads.map((t) => t.id)).toEqual(['app/go', 'app/go.m1'])
    expect(r.makespan).toBe(100)
  })

  it('without hand-off the same goroutines wait for the read: they finish at 110, 120, 130', () => {
    // The worker is blocked in read-file's io for 100 ms; g1..g3 run after it, 10 ms each.
    const r = runExample('go-handoff', withoutHandoff)
    expect(['app/go/g1', 'app/go/g2', 'app/go/g3'].map((id) => finishOf(r.coroutines, id))).toEqual(
      [110, 120, 130]
    )
    expect(r.coroutines.find((c) => c.id === 'app/go/g3')?.stalled).toBe(100)
  })
})

describe('gil-threads.json: CPython’s GIL', () => {
  it('two 50 ms threads on two cores take 100 ms with the GIL, 50 without', () => {
    // Only the GIL holder computes: 100 ms of CPU one after the other, handed over every 5 ms.
    const r = runExample('gil-threads')
    expect(r.status).toBe('completed')
    expect(r.makespan).toBe(100)
    expect(finishOf(r.threads, 'python/t1')).toBe(95)
    // The thread waiting for the lock is off the CPU: one core does all of the work.
    expect(r.cores[1].busy).toBe(0)
    // Each thread waits for the lock about as long as it runs.
    for (const t of r.threads) expect(t.gilWait).toBeGreaterThanOrEqual(45)
    const noGil = runExample('gil-threads', (s) => {
      const copy = structuredClone(s)
      copy.processes[0].gil = false
      return copy
    })
    expect(noGil.makespan).toBe(50)
  })

  it('declares the 5 ms switch interval it is about', () => {
    expect(loadExample('gil-threads').processes[0].gilInterval).toBe(5)
  })
})

describe('generator-send.json: a generator and send(), a rendezvous', () => {
  it('moves 3 values in 14 ms with 5 coroutine switches: control passes at each send', () => {
    // producer cpu [0,2), send waits; switch to consumer [2,3), it takes the value, cpu [3,4),
    // recv waits; switch [4,5), producer cpu [5,7), send hands control to the consumer: switch
    // [7,8), cpu [8,9); switch [9,10), cpu [10,12), send: switch [12,13), cpu [13,14).
    const r = runExample('generator-send')
    expect(r.status).toBe('completed')
    expect(r.makespan).toBe(14)
    expect(r.cores[0].overhead).toBe(5)
    expect(r.channels).toEqual([
      expect.objectContaining({ name: 'values', sends: 3, receives: 3, peakOccupancy: 0 })
    ])
  })
})

describe('queue-bounded-buffer.json: queue.Queue(maxsize=2)', () => {
  it('blocks the producer only while the buffer is full: 7 ms of send wait, done at 13', () => {
    // The consumer takes an item every 4 ms (at 1, 5, 9, 13, 17, 21). The producer fills the
    // buffer by 3; its 4th send (at 4) waits until 5, its 5th (at 6) until 9, its 6th (at 10)
    // until 13: 1 + 3 + 3 = 7 ms.
    const r = runExample('queue-bounded-buffer')
    expect(r.channels[0]).toMatchObject({ capacity: 2, peakOccupancy: 2, sendWait: 7, sends: 6 })
    expect(finishOf(r.threads, 'app/producer')).toBe(13)
    expect(finishOf(r.threads, 'app/consumer')).toBe(25)
  })
})

describe('channel-deadlock.json: two receives waiting for each other', () => {
  it('ends in deadlock at 1 with a cycle that names both channels', () => {
    const r = runExample('channel-deadlock')
    expect(r.status).toBe('deadlock')
    expect(r.makespan).toBe(1)
    expect(r.deadlock?.waits).toEqual([
      { task: 'app/main', waitsFor: 'recv', on: 'pong' },
      { task: 'app/worker', waitsFor: 'recv', on: 'ping' }
    ])
  })
})

describe('asyncio-wait-for.json: a timeout', () => {
  it('the client gives up at 11 and finishes at 12; the late reply stays in the channel', () => {
    // recv from 1 with timeout 10: times out at 11, then cpu 1. The server sends at 42.
    const r = runExample('asyncio-wait-for')
    const client = r.coroutines.find((c) => c.id === 'app/loop/client')
    expect(client).toMatchObject({ finish: 12, timeouts: 1 })
    expect(r.channels[0]).toMatchObject({ sends: 1, receives: 0, timeouts: 1, peakOccupancy: 1 })
    expect(r.makespan).toBe(42)
    // Without the slot, the late send waits for a receiver that never comes.
    const rendezvous = runExample('asyncio-wait-for', (sc) => {
      const copy = structuredClone(sc)
      ;(copy.channels ?? [])[0].capacity = 0
      return copy
    })
    expect(rendezvous.status).toBe('deadlock')
  })
})
