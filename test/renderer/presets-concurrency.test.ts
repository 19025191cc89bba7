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

  it('has the titles the issue names', () => {
    const titles = PRESETS.map((p) => p.title.en)
    for (const t of [
      'Go: a blocking system call with and without hand-off',
      'Python: threads vs processes for CPU-bound work'
    ])
      expect(titles).toContain(t)
  })
})
