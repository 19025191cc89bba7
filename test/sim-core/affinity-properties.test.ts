// Placement invariants over random scenarios with process and thread affinity, on one shared
// run queue and on per-core queues with random balancing and caches (issue 12 item 5): no
// thread ever runs (or is switched in, or holds a core) outside its effective affinity
// (thread ∩ process), no thread is on two cores at once, each core's time adds up to the
// makespan, and the run-queue lengths the trace records always match the threads it shows
// waiting in each queue, so no thread is in two queues, or queued and running at once.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  TaskState,
  simulate,
  validateScenario,
  type Scenario,
  type SimResult
} from '../../sim-core/index'
import { affinityScenarioArb, perCoreScenarioArb } from './arbitraries'

/** Modest and seeded: these run on every `npm test`. */
const RUNS = 80

function run(input: unknown): { scenario: Scenario; result: SimResult } {
  const v = validateScenario(input)
  if (!v.ok)
    throw new Error(
      'generated an invalid scenario: ' +
        v.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
    )
  return { scenario: v.scenario, result: simulate(v.scenario) }
}

/** Each thread's allowed cores, in thread order (no runtimes here: thread id = row). */
function effectiveAffinity(s: Scenario): Set<number>[] {
  const all = [...Array(s.machine.cores).keys()]
  return s.processes.flatMap((p) =>
    p.threads.map((t) => {
      const proc = new Set(p.affinity ?? all)
      return new Set((t.affinity ?? all).filter((c) => proc.has(c)))
    })
  )
}

const QUEUES = [
  ['one shared run queue', affinityScenarioArb, 20261203],
  ['per-core run queues with random balancing', perCoreScenarioArb, 20261204]
] as const

for (const [queues, arb, seed] of QUEUES) {
  describe(`placement invariants (fast-check, affinity on processes and threads, ${queues})`, () => {
    it('no thread is ever on a core outside its affinity, nor on two cores at once', () => {
      fc.assert(
        fc.property(arb, (input) => {
          const { scenario, result } = run(input)
          expect(result.status).toBe('completed')
          expect(result.trace.runQueues).toBe(
            scenario.scheduler.queues === 'per-core' ? scenario.machine.cores : 1
          )
          checkPlacement(scenario, result)
        }),
        { numRuns: RUNS, seed }
      )
    })

    it('per core, busy + overhead + idle = makespan', () => {
      fc.assert(
        fc.property(arb, (input) => {
          const { result } = run(input)
          for (const c of result.cores) expect(c.busy + c.overhead + c.idle).toBe(result.makespan)
        }),
        { numRuns: RUNS, seed: seed + 1 }
      )
    })

    it('at the end of every instant, each queue holds exactly the threads shown waiting in it', () => {
      fc.assert(
        fc.property(arb, (input) => checkQueues(run(input).result)),
        { numRuns: RUNS, seed: seed + 2 }
      )
    })
  })
}

/** Every segment and every decision on a core the thread may use; no thread on two cores at once. */
function checkPlacement(scenario: Scenario, result: SimResult): void {
  const allowed = effectiveAffinity(scenario)
  const t = result.trace
  const byTask = new Map<number, [number, number][]>()
  for (let i = 0; i < t.segments; i++) {
    const task = t.segTask[i]
    if (task < 0) continue
    if (!allowed[task].has(t.segCpu[i]))
      throw new Error(
        `${result.threads[task].id} on core ${t.segCpu[i]} at ${t.segStart[i]}, allowed ${[...allowed[task]]}`
      )
    byTask.set(task, [...(byTask.get(task) ?? []), [t.segStart[i], t.segEnd[i]]])
  }
  for (const [task, ivs] of byTask) {
    ivs.sort((a, b) => a[0] - b[0])
    for (let k = 1; k < ivs.length; k++)
      if (ivs[k][0] < ivs[k - 1][1])
        throw new Error(`${result.threads[task].id}: [${ivs[k - 1]}] overlaps [${ivs[k]}]`)
  }
  // Decisions too: a core never picks a thread it may not run.
  for (let i = 0; i < t.decisions; i++) expect(allowed[t.decTask[i]].has(t.decCpu[i])).toBe(true)
}

/**
 * Replays the trace's thread states and queue-length samples instant by instant. After all the
 * records of an instant, every queue's recorded length must equal the number of threads whose
 * last state is `ready` in that queue, and at most one thread per core is running. A thread
 * counted in two queues, or queued while running, makes some queue's count disagree.
 */
export function checkQueues(result: SimResult): void {
  const t = result.trace
  const state = new Array<number>(result.threads.length).fill(-1)
  const queueOf = new Array<number>(result.threads.length).fill(-1)
  const length = new Array<number>(t.runQueues).fill(0)
  let s = 0
  let q = 0
  while (s < t.states || q < t.rqSamples) {
    const now = Math.min(
      s < t.states ? t.stTime[s] : Infinity,
      q < t.rqSamples ? t.rqTime[q] : Infinity
    )
    for (; s < t.states && t.stTime[s] === now; s++) {
      state[t.stTask[s]] = t.stState[s]
      queueOf[t.stTask[s]] = t.stState[s] === TaskState.ready ? t.stQueue[s] : -1
    }
    for (; q < t.rqSamples && t.rqTime[q] === now; q++) length[t.rqQueue[q]] = t.rqLength[q]
    const waiting = new Array<number>(t.runQueues).fill(0)
    for (const k of queueOf) if (k >= 0) waiting[k]++
    expect(waiting, `queue lengths at ${now}`).toEqual(length)
    const running = state.filter((x) => x === TaskState.running).length
    expect(running).toBeLessThanOrEqual(result.cores.length)
  }
}
