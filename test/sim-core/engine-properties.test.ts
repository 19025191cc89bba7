// Invariants of the engine over hundreds of random scenarios (SECURITY.md, "Fuzzing").
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseScenario,
  SegmentKind,
  simulate,
  validateScenario,
  type SimResult
} from '../../sim-core/index'
import { cpuAskedFor, scenarioArb } from './arbitraries'

const RUNS = 400

function run(input: unknown): SimResult {
  const v = validateScenario(input)
  if (!v.ok)
    throw new Error(
      'generated an invalid scenario: ' +
        v.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
    )
  return simulate(v.scenario)
}

/** Segments of one core (or one task) must never overlap in time. */
function assertNoOverlap(intervals: [number, number][], what: string): void {
  intervals.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  for (let i = 1; i < intervals.length; i++) {
    if (intervals[i][0] < intervals[i - 1][1])
      throw new Error(`${what}: [${intervals[i - 1]}] overlaps [${intervals[i]}]`)
  }
}

describe('engine invariants (fast-check)', () => {
  it('every run completes, and no core ever runs two things at once, nor a thread on two cores', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = run(s)
        expect(r.status).toBe('completed')
        const { trace } = r
        const byCore = new Map<number, [number, number][]>()
        const byTask = new Map<number, [number, number][]>()
        for (let i = 0; i < trace.segments; i++) {
          const iv: [number, number] = [trace.segStart[i], trace.segEnd[i]]
          expect(iv[1]).toBeGreaterThan(iv[0])
          byCore.set(trace.segCpu[i], [...(byCore.get(trace.segCpu[i]) ?? []), iv])
          if (trace.segKind[i] !== SegmentKind.idle && trace.segKind[i] !== SegmentKind.held) {
            byTask.set(trace.segTask[i], [...(byTask.get(trace.segTask[i]) ?? []), iv])
          }
        }
        for (const [cpu, ivs] of byCore) assertNoOverlap(ivs, `core ${cpu}`)
        for (const [task, ivs] of byTask) assertNoOverlap(ivs, `thread ${task}`)
      }),
      { numRuns: RUNS, seed: 20261128 }
    )
  })

  it('every thread receives exactly the CPU its ops ask for, in its run segments', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = run(s)
        const asked = s.processes.flatMap((p) =>
          p.threads.map((t) => cpuAskedFor(t.ops ?? []) * (t.periodic?.jobs ?? 1))
        )
        const ran = new Array<number>(asked.length).fill(0)
        for (let i = 0; i < r.trace.segments; i++) {
          if (r.trace.segKind[i] === SegmentKind.run)
            ran[r.trace.segTask[i]] += r.trace.segEnd[i] - r.trace.segStart[i]
        }
        expect(ran).toEqual(asked)
        expect(r.threads.map((t) => t.cpu)).toEqual(asked)
      }),
      { numRuns: RUNS, seed: 7 }
    )
  })

  it('per core, busy + overhead + idle = makespan, in the figures and in the trace', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = run(s)
        const sums = r.cores.map(() => ({ busy: 0, overhead: 0, idle: 0 }))
        for (let i = 0; i < r.trace.segments; i++) {
          const len = r.trace.segEnd[i] - r.trace.segStart[i]
          const k = r.trace.segKind[i]
          const slot = sums[r.trace.segCpu[i]]
          if (k === SegmentKind.run) slot.busy += len
          else if (k === SegmentKind.idle || k === SegmentKind.held) slot.idle += len
          else slot.overhead += len
        }
        for (const c of r.cores) {
          expect(c.busy + c.overhead + c.idle).toBe(r.makespan)
          expect(sums[c.id]).toEqual({ busy: c.busy, overhead: c.overhead, idle: c.idle })
        }
      }),
      { numRuns: RUNS, seed: 11 }
    )
  })

  it("a thread's turnaround is its waiting + cpu + blocked + switch overhead; makespan is the last finish", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = run(s)
        for (const t of r.threads) {
          expect(t.finish).not.toBeNull()
          expect(t.waiting + t.cpu + t.blocked + t.overhead).toBe(t.turnaround)
          expect(t.response).toBeGreaterThanOrEqual(0)
        }
        expect(r.makespan).toBe(Math.max(...r.threads.map((t) => t.finish as number)))
      }),
      { numRuns: RUNS, seed: 13 }
    )
  })

  it('the same input gives identical output', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = run(s)
        const b = run(structuredClone(s))
        expect(b).toEqual(a)
      }),
      { numRuns: 150, seed: 17 }
    )
  })

  it('nothing throws on arbitrary or mutated input: parseScenario answers with problems', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          scenarioArb.chain((s) => mutate(s))
        ),
        (input) => {
          const text = typeof input === 'string' ? input : JSON.stringify(input)
          const r = parseScenario(text)
          if (r.ok) simulate(r.scenario)
          else for (const p of r.problems) expect(typeof p.message).toBe('string')
        }
      ),
      { numRuns: RUNS, seed: 19 }
    )
  })
})

/** A valid scenario with one field somewhere replaced by a random JSON value. */
function mutate(s: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = []
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path)
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]))
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
  }
  walk(s, [])
  return fc.tuple(fc.constantFrom(...paths.slice(1)), fc.jsonValue()).map(([path, value]) => {
    const copy = structuredClone(s) as Record<string | number, unknown>
    let at: Record<string | number, unknown> = copy
    for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>
    at[path[path.length - 1]] = value
    return copy
  })
}
