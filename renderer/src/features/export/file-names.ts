// File names that say what they are: <scenario>_<policy>_<what>.<ext>, e.g.
// web-server_rr-q3_utilization.svg.
import type { Scenario } from '../../../../sim-core'

export function slug(s: string): string {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return out || 'scenario'
}

/** "rr-q3", "mlfq", "priority-q2": the policy and the parameter that most changes its result. */
export function policyLabel(scheduler: Scenario['scheduler']): string {
  const q =
    'quantum' in scheduler && scheduler.quantum !== undefined ? `-q${scheduler.quantum}` : ''
  return `${scheduler.policy}${q}`
}

export function exportName(scenario: Scenario, what: string, ext: string, label?: string): string {
  return `${slug(scenario.name)}_${label ?? policyLabel(scenario.scheduler)}_${what}.${ext}`
}
