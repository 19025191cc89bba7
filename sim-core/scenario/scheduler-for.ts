// The one rule for switching a scenario to another policy (ARCHITECTURE.md): the CLI's --policy,
// `schedlab compare`, `schedlab sweep` and the app's Compare all call it, so a variant means the
// same thing everywhere.
import { scenarioSchema, type PolicyName, type SchedulerConfig } from './schema'

/** The fields the scenario schema accepts in a scheduler object of this policy. */
export function schedulerFields(policy: PolicyName): readonly string[] {
  const branch = scenarioSchema.shape.scheduler.options.find((o) => o.shape.policy.value === policy)
  return branch ? Object.keys(branch.shape) : ['policy']
}

/**
 * The scenario's scheduler moved to another policy. Settings the new policy also understands
 * (the engine options, a quantum between rr and priority, sjf/srtf's estimate) carry over; the
 * rest belongs to the old policy and is dropped, so the new one gets its defaults. The result is
 * scenario input: validate the changed scenario to fill those defaults.
 */
export function schedulerFor(base: SchedulerConfig, policy: PolicyName): Record<string, unknown> {
  if (base.policy === policy) return { ...base }
  const accepted = new Set(schedulerFields(policy))
  const moved: Record<string, unknown> = { policy }
  for (const [key, value] of Object.entries(base))
    if (key !== 'policy' && accepted.has(key)) moved[key] = value
  return moved
}
