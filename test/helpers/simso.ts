// SimSo's workloads (test/fixtures/reference/simso/) as SchedLab scenarios, 1 tick = 1 µs.
import { validateScenario, type Scenario } from '../../sim-core/index'

export interface SimsoTask {
  name: string
  period: number
  wcet: number
  deadline: number
  offset: number
}

export interface SimsoWorkload {
  cores: number
  duration: number
  scheduler: string
  tasks: SimsoTask[]
}

/**
 * SimSo converts every ms figure with int(x * cycles_per_ms), 1 cycle = 1 ns (SEMANTICS.md §1):
 * a float multiply, then truncation. We take those cycles and require whole µs (the workloads'
 * generator picks WCETs for which the conversion is exact), so 1 tick = 1000 of SimSo's cycles.
 */
export function msToTicks(ms: number): number {
  const cycles = Math.trunc(ms * 1_000_000)
  if (cycles % 1000 !== 0) throw new Error(`${ms} ms is ${cycles} ns: not a whole number of µs`)
  return cycles / 1000
}

/**
 * One process, one periodic thread per task in SimSo's configuration order (the order that breaks
 * ties). Jobs: every release in [0, duration] inclusive, and the run stops at `duration`
 * (limits.maxTime: events at exactly that time still happen, as in SimSo's closed horizon).
 */
export function simsoScenario(w: SimsoWorkload, policy: 'edf' | 'rm'): Scenario {
  const duration = msToTicks(w.duration)
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: `simso ${w.cores}c ${w.tasks.length}t ${policy}`,
    timeUnit: 'us',
    machine: { cores: w.cores },
    scheduler: { policy },
    processes: [
      {
        name: 'simso',
        threads: w.tasks.map((t) => {
          const period = msToTicks(t.period)
          const offset = msToTicks(t.offset)
          return {
            name: t.name,
            periodic: {
              period,
              deadline: msToTicks(t.deadline),
              offset,
              jobs: Math.floor((duration - offset) / period) + 1
            },
            ops: [{ cpu: msToTicks(t.wcet) }]
          }
        })
      }
    ],
    limits: { maxTime: duration }
  })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return v.scenario
}
