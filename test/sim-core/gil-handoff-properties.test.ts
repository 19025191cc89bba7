// The invariants of the engine, with the GIL on every process, hand-off on every M:N runtime and
// awaits on a one-channel device (issue 14 items 5-7; fast-check over the concurrency scenarios).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildResult,
  SegmentKind,
  Simulation,
  validateScenario,
  type Scenario,
  type ScenarioInput
} from '../../sim-core/index'
import { concurrencyScenarioArb, coroutineCpuAsked } from './concurrency-arbitraries'

type Input = ScenarioInput & {
  processes: { threads: { runtime?: object; coroutines?: { ops: object[] }[] }[] }[]
}

/** The scenario with a GIL per process (interval `gil`), hand-off (maxThreads = workers + extra) and device awaits. */
const withConcurrency = fc
  .tuple(concurrencyScenarioArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }))
  .map(([input, gil, extra]) => {
    const s = structuredClone(input) as Input
    s.devices = [{ name: 'disk', channels: 1 }]
    s.processes = s.processes.map((p) => ({
      ...p,
      gil: true,
      gilInterval: gil,
      threads: p.threads.map((t) => {
        const rt = t.runtime as { kind: string; workers?: number } | undefined
        const runtime =
          rt?.kind === 'm:n' ? { ...rt, handoff: true, maxThreads: (rt.workers ?? 1) + extra } : rt
        const coroutines = t.coroutines?.map((c) => ({
          ...c,
          // Every other await queues on the disk.
          ops: c.ops.map((op, k) => ('await' in op && k % 2 === 0 ? { ...op, device: 'disk' } : op))
        }))
        return { ...t, ...(runtime ? { runtime } : {}), ...(coroutines ? { coroutines } : {}) }
      })
    }))
    return s as ScenarioInput
  })

function valid(input: unknown): Scenario {
  const v = validateScenario(input)
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return v.scenario
}

describe('GIL, hand-off and device awaits (fast-check)', () => {
  it('figures add up, coroutines get their CPU, no two threads of a process compute at once', () => {
    fc.assert(
      fc.property(withConcurrency, (input) => {
        const scenario = valid(input)
        const sim = new Simulation(scenario)
        sim.step()
        const r = buildResult(sim)
        expect(['completed', 'deadlock']).toContain(r.status)
        for (const c of r.cores) expect(c.busy + c.overhead + c.idle).toBe(r.makespan)
        for (const t of r.threads)
          if (t.finish !== null)
            expect(t.waiting + t.cpu + t.blocked + t.overhead).toBe(t.turnaround)
        for (const t of r.threads) expect(t.gilWait).toBeLessThanOrEqual(t.blocked)
        if (r.status === 'completed') {
          const asked = scenario.processes.flatMap((p) =>
            p.threads.flatMap((t) => (t.coroutines ?? []).map((c) => coroutineCpuAsked(c.ops)))
          )
          expect(r.coroutines.map((c) => c.cpu)).toEqual(asked)
        }
        // The GIL: a process's run segments never overlap in time.
        const tr = r.trace
        const spans = new Map<string, [number, number][]>()
        for (let i = 0; i < tr.segments; i++) {
          if (tr.segKind[i] !== SegmentKind.run) continue
          const p = r.threads[tr.segTask[i]].process
          const list = spans.get(p) ?? []
          list.push([tr.segStart[i], tr.segEnd[i]])
          spans.set(p, list)
        }
        for (const list of spans.values()) {
          list.sort((a, b) => a[0] - b[0])
          for (let k = 1; k < list.length; k++)
            expect(list[k][0]).toBeGreaterThanOrEqual(list[k - 1][1])
        }
        // Devices: requests counted, waits never negative.
        for (const d of r.devices) expect(d.totalWait).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 300, seed: 14 }
    )
  })

  it('the same input gives the same output', () => {
    fc.assert(
      fc.property(withConcurrency, (input) => {
        const run = () => {
          const sim = new Simulation(valid(input))
          sim.step()
          return buildResult(sim)
        }
        expect(run()).toEqual(run())
      }),
      { numRuns: 100, seed: 15 }
    )
  })
})
