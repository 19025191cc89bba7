// Scenarios and results shared by the results-pane tests.
import {
  simulate,
  validateScenario,
  type Scenario,
  type ScenarioInput,
  type SimResult
} from '../../../sim-core'
import { DEMO_SCENARIO } from './demo-scenario'
import { computeCum, type Lane } from '../../../renderer/src/features/timeline/lane'

export function scenarioOf(input: ScenarioInput): Scenario {
  const r = validateScenario(input)
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  return r.scenario
}

export const demoScenario = (): Scenario => scenarioOf(DEMO_SCENARIO)

export function demoResult(): { scenario: Scenario; result: SimResult } {
  const scenario = demoScenario()
  return { scenario, result: simulate(scenario) }
}

/** A generated workload: `processes` × `threads` threads with I/O, on `cores` cores. */
export function generated(processes: number, threads: number, cores: number, repeat = 3): Scenario {
  return scenarioOf({
    format: 'schedlab/scenario',
    version: 1,
    name: 'generated',
    timeUnit: 'us',
    machine: { cores, costs: { threadSwitch: 1, processSwitch: 2, migration: 1 } },
    scheduler: { policy: 'rr', quantum: 4 },
    processes: Array.from({ length: processes }, (_, p) => ({
      name: `p${p}`,
      arrival: p * 3,
      threads: Array.from({ length: threads }, (_, t) => ({
        name: `t${t}`,
        ops: [{ repeat, ops: [{ cpu: 3 + ((p + t) % 5) }, { io: 5 + (t % 7) }] }]
      }))
    }))
  })
}

/** A lane from plain [start, end] pairs (sorted, non-overlapping). */
export function laneFrom(
  intervals: [number, number][],
  cls = 1,
  keyOf: (i: number) => number = (i) => i % 7
): Lane {
  const n = intervals.length
  const lane: Lane = {
    n,
    start: Float64Array.from(intervals.map((i) => i[0])),
    end: Float64Array.from(intervals.map((i) => i[1])),
    cls: new Uint8Array(n).fill(cls),
    key: Int32Array.from(intervals.map((_, i) => keyOf(i))),
    rec: Int32Array.from(intervals.map((_, i) => i)),
    cum: new Float64Array(n + 1)
  }
  computeCum(lane)
  return lane
}

/** Two periodic threads on one core under priority scheduling: slow/p misses one deadline. */
export function periodicResult(): { scenario: Scenario; result: SimResult } {
  const scenario = scenarioOf({
    format: 'schedlab/scenario',
    version: 1,
    name: 'periodic',
    timeUnit: 'ms',
    machine: { cores: 1 },
    scheduler: { policy: 'priority', preemptive: true },
    processes: [
      {
        name: 'ctl',
        priority: 0,
        threads: [
          {
            name: 'tick',
            periodic: { period: 10, deadline: 6, offset: 2, jobs: 4 },
            ops: [{ cpu: 3 }]
          }
        ]
      },
      { name: 'batch', priority: 5, threads: [{ name: 'main', ops: [{ cpu: 30 }] }] },
      {
        name: 'slow',
        priority: 0,
        threads: [{ name: 'p', periodic: { period: 5, jobs: 3 }, ops: [{ cpu: 4 }] }]
      }
    ]
  })
  return { scenario, result: simulate(scenario) }
}
