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
