// The trace's run-queue lengths and dispatch origins (issue 12): what the per-core queue chart
// and the migration marks are drawn from.
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario, type ScenarioInput } from '../../sim-core/index'

function run(input: Omit<ScenarioInput, 'format' | 'version' | 'name'>) {
  const v = validateScenario({ format: 'schedlab/scenario', version: 1, name: 'q', ...input })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return simulate(v.scenario)
}

const cpuThreads = (names: string[], ticks: number) =>
  names.map((name) => ({ name, threads: [{ name: 't', ops: [{ cpu: ticks }] }] }))

describe('run-queue length samples', () => {
  it('record the shared queue at each instant it changes (rr q2, one core, a: 4 ticks, b: 2)', () => {
    const r = run({
      machine: { cores: 1 },
      scheduler: { policy: 'rr', quantum: 2 },
      processes: [...cpuThreads(['a'], 4), ...cpuThreads(['b'], 2)]
    })
    const t = r.trace
    const samples = Array.from({ length: t.rqSamples }, (_, i) => [
      t.rqTime[i],
      t.rqQueue[i],
      t.rqLength[i]
    ])
    // t=0: a and b queue (2), a is picked: 1 left. t=2: a's slice ends, it queues behind b (2),
    // b is picked: 1 again (a sample at the same instant keeps only the last length). t=4: b
    // exits, a is picked: 0. t=6: a exits with nothing queued, so no further change.
    expect(samples).toEqual([
      [0, 0, 1],
      [2, 0, 1],
      [4, 0, 0]
    ])
    expect(t.runQueues).toBe(1)
    expect(r.queues).toBe('global')
  })
})

describe('dispatch origin and migrations', () => {
  it('mark a thread picked on another core than its last (rr q2, two cores, three 4-tick threads)', () => {
    const r = run({
      machine: { cores: 2 },
      scheduler: { policy: 'rr', quantum: 2 },
      processes: cpuThreads(['a', 'b', 'c'], 4)
    })
    const t = r.trace
    const picks = Array.from({ length: t.decisions }, (_, i) => [
      t.decTime[i],
      t.decCpu[i],
      r.threads[t.decTask[i]].process,
      t.decFrom[i]
    ])
    // t=0: a on core 0, b on core 1, c queued. t=2: both slices end; core 0's event comes first,
    // so the queue is [c, a, b]: core 0 takes c (never ran: from -1), core 1 takes a (from 0).
    // t=4: a is done on core 1; c's slice on core 0 ends: queue [b, c]; core 0 takes b (from 1),
    // core 1 takes c (from 0). Three migrations: one onto core 0 (b), two onto core 1 (a, c).
    expect(picks).toEqual([
      [0, 0, 'a', -1],
      [0, 1, 'b', -1],
      [2, 0, 'c', -1],
      [2, 1, 'a', 0],
      [4, 0, 'b', 1],
      [4, 1, 'c', 0]
    ])
    expect(r.summary.migrations).toBe(3)
    expect(r.cores.map((c) => c.migrations)).toEqual([1, 2])
    expect(r.threads.map((th) => th.migrations)).toEqual([1, 1, 1])
    // No cache: every tick ran cold.
    expect(r.threads.map((th) => [th.warm, th.cold])).toEqual([
      [0, 4],
      [0, 4],
      [0, 4]
    ])
    expect(r.cores.map((c) => c.warm)).toEqual([0, 0])
  })
})
