// --policy, --quantum and --cores: build the changed scenario and validate it again with the real
// schema, so an override is held to the same rules as a file (quantum on fcfs is rejected).
import {
  scenarioSchema,
  validateScenario,
  type PolicyName,
  type Problem,
  type Scenario,
  type SchedulerConfig
} from '../sim-core'
import { ProblemsError } from './errors'
import { problemLines } from './load-scenario'

export interface Overrides {
  policy?: PolicyName
  quantum?: number
  cores?: number
}

/** The fields the scenario schema accepts in a scheduler object of this policy. */
export function schedulerFields(policy: PolicyName): readonly string[] {
  const branch = scenarioSchema.shape.scheduler.options.find((o) => o.shape.policy.value === policy)
  return branch ? Object.keys(branch.shape) : ['policy']
}

/**
 * The scenario's scheduler moved to another policy. Settings the new policy also understands
 * (the engine options, a quantum between rr and priority, sjf/srtf's estimate) carry over; the
 * rest belongs to the old policy and is dropped, so the new one gets its defaults.
 */
export function schedulerFor(base: SchedulerConfig, policy: PolicyName): Record<string, unknown> {
  if (base.policy === policy) return { ...base }
  const accepted = new Set(schedulerFields(policy))
  const moved: Record<string, unknown> = { policy }
  for (const [key, value] of Object.entries(base))
    if (key !== 'policy' && accepted.has(key)) moved[key] = value
  return moved
}

function flagsText(o: Overrides, which: 'scheduler' | 'cores'): string {
  const parts =
    which === 'scheduler'
      ? [
          o.policy !== undefined ? `--policy ${o.policy}` : '',
          o.quantum !== undefined ? `--quantum ${o.quantum}` : ''
        ]
      : [o.cores !== undefined ? `--cores ${o.cores}` : '']
  const given = parts.filter((p) => p !== '')
  return given.length > 0 ? ` (from ${given.join(' ')})` : ''
}

/** Says which flag caused a problem, and says plainly when a policy has no quantum. */
function explain(p: Problem, o: Overrides, policy: PolicyName): Problem {
  if (p.path === 'scheduler.quantum' && p.message === 'unknown field') {
    const hint = policy === 'mlfq' ? '; mlfq sets a quantum per level in scheduler.levels' : ''
    return {
      path: p.path,
      message: `the "${policy}" policy takes no quantum${hint}${flagsText(o, 'scheduler')}`
    }
  }
  if (p.path.startsWith('scheduler'))
    return { path: p.path, message: p.message + flagsText(o, 'scheduler') }
  if (p.path === 'machine.cores' || /\.affinity\[\d+\]$/.test(p.path))
    return { path: p.path, message: p.message + flagsText(o, 'cores') }
  return p
}

/** The scenario with the overrides applied, validated; throws ProblemsError (exit 2) if invalid. */
export function applyOverrides(scenario: Scenario, o: Overrides, label: string): Scenario {
  if (o.policy === undefined && o.quantum === undefined && o.cores === undefined) return scenario
  const policy = o.policy ?? scenario.scheduler.policy
  const scheduler = schedulerFor(scenario.scheduler, policy)
  if (o.quantum !== undefined) scheduler.quantum = o.quantum
  const candidate = {
    ...scenario,
    machine: { ...scenario.machine, cores: o.cores ?? scenario.machine.cores },
    scheduler
  }
  const checked = validateScenario(candidate)
  if (checked.ok) return checked.scenario
  throw new ProblemsError(
    problemLines(
      checked.problems.map((p) => explain(p, o, policy)),
      label
    )
  )
}
