// The utilization of a scenario's periodic task set and the classic schedulability bounds,
// shown next to the policy: U = Σ wcet / period over the periodic threads (wcet = the CPU ticks
// of a thread's ops, as partitioning uses), Liu and Layland's rate-monotonic bound
// n (2^(1/n) − 1) and EDF's U ≤ 1 per core. These are sufficient tests on one core (EDF's is
// also necessary there with deadline = period); globally on m cores U ≤ m is only necessary:
// global EDF is not optimal (Dhall's effect), so "within the bound" never promises a schedule.
import { cpuTicks } from '../engine/build-model'
import type { Scenario } from '../scenario/schema'

export interface TaskSetBound {
  /** Periodic threads in the scenario. */
  tasks: number
  cores: number
  /** Σ wcet / period. */
  utilization: number
  /** n (2^(1/n) − 1) for n = tasks (1 with no task). */
  rmBound: number
  /** U ≤ rmBound on one core: every deadline is met under rm (deadline = period). */
  rmGuaranteed: boolean
  /** U ≤ 1 on one core: every deadline is met under edf (deadline = period). */
  edfGuaranteed: boolean
  /** U > cores: no policy can meet every deadline. */
  overloaded: boolean
  /** Some periodic thread has a deadline shorter than its period, where the bounds do not apply. */
  constrainedDeadlines: boolean
}

/** Liu and Layland's least upper bound for rate-monotonic scheduling of n tasks. */
export function liuLaylandBound(n: number): number {
  return n <= 0 ? 1 : n * (Math.pow(2, 1 / n) - 1)
}

// Rounding in U (0.1 + 0.2 style sums) must not turn "U = 1" into "not guaranteed".
const EPS = 1e-9

export function taskSetBound(s: Pick<Scenario, 'machine' | 'processes'>): TaskSetBound {
  let utilization = 0
  let tasks = 0
  let constrainedDeadlines = false
  for (const p of s.processes)
    for (const t of p.threads) {
      if (!t.periodic) continue
      tasks++
      utilization += cpuTicks(t.ops) / t.periodic.period
      const d = t.periodic.deadline
      if (d !== undefined && d < t.periodic.period) constrainedDeadlines = true
    }
  const cores = s.machine.cores
  const rmBound = liuLaylandBound(tasks)
  return {
    tasks,
    cores,
    utilization,
    rmBound,
    rmGuaranteed: cores === 1 && !constrainedDeadlines && utilization <= rmBound + EPS,
    edfGuaranteed: cores === 1 && !constrainedDeadlines && utilization <= 1 + EPS,
    overloaded: utilization > cores + EPS,
    constrainedDeadlines
  }
}
