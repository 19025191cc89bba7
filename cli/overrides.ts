// --policy, --quantum and --cores: build the changed scenario and validate it again with the real
// schema, so an override is held to the same rules as a file (quantum on fcfs is rejected).
import {
  schedulerFor,
  validateScenario,
  type PolicyName,
  type Problem,
  type Scenario
} from '../sim-core'
import { ProblemsError } from './errors'
import { problemLines } from './load-scenario'

export interface Overrides {
  policy?: PolicyName
  quantum?: number
  cores?: number
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
  if (p.path === 'scheduler.quantum' && p.code === 'unknownField') {
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
