// Engine invariants extended to locks and coroutines (fast-check, hundreds of scenarios).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildResult,
  SegmentKind,
  Simulation,
  TaskState,
  validateScenario,
  type Scenario
} from '../../sim-core/index'
import {
  concurrencyScenarioArb,
  coroutineCpuAsked,
  deadlockProneArb
} from './concurrency-arbitraries'

function valid(input: unknown): Scenario {
  const v = validateScenario(input)
  if (!v.ok)
    throw new Error(
      'generated an invalid scenario: ' +
        v.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
    )
  return v.scenario
}

describe('locks and coroutines (fast-check)', () => {
  it('a lock never has more holders than permits, at every step of the run', () => {
    fc.assert(
      fc.property(concurrencyScenarioArb, (input) => {
        const sim = new Simulation(valid(input))
        let done = false
        while (!done) {
          done = sim.step(1)
          for (const lock of sim.locks.locks) {
            expect(lock.holders.length).toBeLessThanOrEqual(lock.permits)
            expect(lock.holders.length + lock.available).toBe(lock.permits)
            for (const h of lock.holders)
              expect(sim.tasks[h].heldLocks).toContain(sim.locks.locks.indexOf(lock))
          }
        }
        expect(['completed', 'deadlock']).toContain(sim.status)
      }),
      { numRuns: 300, seed: 4242 }
    )
  })

  it('a reported deadlock is a real cycle: each thread waits for a lock the next one holds', () => {
    let deadlocks = 0
    fc.assert(
      fc.property(fc.oneof(concurrencyScenarioArb, deadlockProneArb), (input) => {
        const sim = new Simulation(valid(input))
        sim.step()
        if (sim.status !== 'deadlock') {
          // Not deadlocked: then nobody may be left waiting.
          expect(sim.tasks.every((t) => t.finish >= 0)).toBe(true)
          return
        }
        deadlocks++
        const cycle = sim.deadlock
        expect(cycle).not.toBeNull()
        const ids = cycle?.tasks ?? []
        ids.forEach((id, k) => {
          const next = ids[(k + 1) % ids.length]
          const waitingFor = sim.tasks[id].waitingLock
          expect(waitingFor).toBeGreaterThanOrEqual(0)
          expect(sim.locks.locks[waitingFor].holders).toContain(next)
        })
      }),
      { numRuns: 400, seed: 99 }
    )
    // The generator must actually produce deadlocks for this to mean anything.
    expect(deadlocks).toBeGreaterThan(30)
  })

  it('a coroutine runs only while its host thread runs, and gets exactly the CPU its ops ask for', () => {
    fc.assert(
      fc.property(concurrencyScenarioArb, (input) => {
        const scenario = valid(input)
        const sim = new Simulation(scenario)
        sim.step()
        const r = buildResult(sim)
        const tr = r.trace
        // The host's running intervals, from its state changes.
        const running = new Map<number, [number, number][]>()
        const since = new Map<number, number>()
        for (let i = 0; i < tr.states; i++) {
          const task = tr.stTask[i]
          const start = since.get(task)
          if (start !== undefined) {
            const spans = running.get(task) ?? []
            const last = spans[spans.length - 1]
            // Back-to-back running spans (re-picked at the same instant) are one span.
            if (last && last[1] === start) last[1] = tr.stTime[i]
            else spans.push([start, tr.stTime[i]])
            running.set(task, spans)
            since.delete(task)
          }
          if (tr.stState[i] === TaskState.running) since.set(task, tr.stTime[i])
        }
        for (const [task, start] of since) {
          const spans = running.get(task) ?? []
          const last = spans[spans.length - 1]
          if (last && last[1] === start) last[1] = r.makespan
          else spans.push([start, r.makespan])
          running.set(task, spans)
        }
        const cpu = new Array<number>(r.coroutines.length).fill(0)
        for (let i = 0; i < tr.segments; i++) {
          const co = tr.segCoroutine[i]
          if (co < 0 || tr.segKind[i] !== SegmentKind.run) continue
          cpu[co] += tr.segEnd[i] - tr.segStart[i]
          const host = sim.tasks[tr.segTask[i]]
          expect(host.runtime?.index).toBe(sim.coroutines[co].runtime)
          const inside = (running.get(host.id) ?? []).some(
            ([a, b]) => a <= tr.segStart[i] && tr.segEnd[i] <= b
          )
          expect(inside).toBe(true)
        }
        if (r.status === 'completed') {
          const asked = scenario.processes.flatMap((p) =>
            p.threads.flatMap((t) => (t.coroutines ?? []).map((c) => coroutineCpuAsked(c.ops)))
          )
          expect(cpu).toEqual(asked)
          expect(r.coroutines.map((c) => c.cpu)).toEqual(asked)
          for (const c of r.coroutines) expect(c.waiting).toBeGreaterThanOrEqual(0)
        }
      }),
      { numRuns: 300, seed: 7 }
    )
  })

  it('per core, busy + overhead + idle = makespan with locks and coroutines too; same input, same output', () => {
    fc.assert(
      fc.property(concurrencyScenarioArb, (input) => {
        const run = () => {
          const sim = new Simulation(valid(input))
          sim.step()
          return buildResult(sim)
        }
        const a = run()
        for (const c of a.cores) expect(c.busy + c.overhead + c.idle).toBe(a.makespan)
        for (const t of a.threads)
          if (t.finish !== null)
            expect(t.waiting + t.cpu + t.blocked + t.overhead).toBe(t.turnaround)
        expect(run()).toEqual(a)
      }),
      { numRuns: 200, seed: 31 }
    )
  })
})
