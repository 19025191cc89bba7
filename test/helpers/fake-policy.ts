// A scheduling policy for tests that can be told to misbehave (issue 12 item 5): a plain FIFO per
// run queue that may drop a task on enqueue, pick a task of the test's choosing, ignore
// affinity, or (per-core queues) place or move tasks where they may not go. Run it through
// simulate's `policy` option to see what the engine does about it.
import {
  simulate,
  validateScenario,
  type Scenario,
  type ScenarioInput,
  type SimResult
} from '../../sim-core'
import type { AnyPolicy, Migration, SchedPolicy } from '../../sim-core/sched/policy'

export interface Faults {
  /** The policy forgets these tasks when they are enqueued (the engine still counts them queued). */
  drop?: (task: number) => boolean
  /** Answer a pick with this task instead (undefined: pick as usual). `queued` is the queue's content. */
  pick?: (cpu: number, queued: readonly number[]) => number | undefined
  /** Pick the head of the queue whatever core asks. */
  ignoreAffinity?: boolean
  /** Per-core queues: place a task on this core instead (undefined: the core's default placement). */
  selectCpu?: (task: number, prevCpu: number) => number | undefined
  /** Per-core queues: answer a balancing call with these moves instead (undefined: the default). */
  balance?: (rq: number, cpu: number) => Migration[] | undefined
}

/** A FIFO policy (a preempted task back at the head) with the given faults. */
export function fakePolicy(faults: Faults = {}): AnyPolicy {
  const policy: SchedPolicy<undefined, number[]> = {
    name: 'fake',
    createQueue: () => [],
    enqueue(_s, rq, task, reason) {
      if (faults.drop?.(task)) return
      if (reason === 'preempted') rq.q.unshift(task)
      else rq.q.push(task)
    },
    dequeue(_s, rq, task) {
      const i = rq.q.indexOf(task)
      if (i >= 0) rq.q.splice(i, 1)
    },
    pickNext(_s, rq, cpu, ctx) {
      const forced = faults.pick?.(cpu, rq.q)
      if (forced !== undefined) return forced
      const i = rq.q.findIndex((id) => faults.ignoreAffinity || ctx.canRun(id, cpu))
      return i < 0 ? null : rq.q.splice(i, 1)[0]
    },
    queued: (_s, rq) => [...rq.q],
    selectCpu: (_s, task, prevCpu, ctx) =>
      faults.selectCpu?.(task, prevCpu) ?? ctx.placement.selectCpu(task, prevCpu),
    balance: (_s, rq, cpu, ctx) => faults.balance?.(rq.id, cpu) ?? ctx.placement.balance(rq, cpu)
  }
  return policy as AnyPolicy
}

/**
 * A scenario from its interesting parts. The scheduler block (default fcfs) still sets the
 * engine options, `queues` included; the fake policy replaces only the policy.
 */
export function scenarioOf(
  input: Omit<ScenarioInput, 'format' | 'version' | 'name' | 'scheduler'> & {
    scheduler?: ScenarioInput['scheduler']
  }
): Scenario {
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'fake-policy',
    scheduler: { policy: 'fcfs' },
    ...input
  })
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return v.scenario
}

/** Runs the scenario under the given policy object instead of the one its scheduler names. */
export function runWith(scenario: Scenario, policy: AnyPolicy): SimResult {
  return simulate(scenario, { policy })
}

/** A thread's task id: its index in scenario order (no runtimes in these scenarios). */
export function taskId(scenario: Scenario, id: string): number {
  const names = scenario.processes.flatMap((p) => p.threads.map((t) => `${p.name}/${t.name}`))
  const i = names.indexOf(id)
  if (i < 0) throw new Error(`no thread ${id}`)
  return i
}
