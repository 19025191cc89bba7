// One scenario, several policies and core counts: each variant is the scenario with its
// scheduler (and machine size) replaced, validated again so defaults are filled and a core
// count that breaks an affinity is reported, not crashed on.
import {
  POLICY_INFO,
  validateScenario,
  type PolicyName,
  type Scenario,
  type SimResult
} from '../../../../sim-core'

export interface VariantSpec {
  policy: PolicyName
  cores: number
}

export interface CompareVariant extends VariantSpec {
  key: string
  label: string
  result: SimResult | null
  error?: string
}

export interface CompareState {
  variants: CompareVariant[]
  timeUnit: string
}

/** The quantum the user set for the scenario, if any: comparisons keep it where it applies. */
function baseQuantum(s: Scenario['scheduler']): number | undefined {
  return 'quantum' in s ? s.quantum : undefined
}

export function variantScheduler(
  base: Scenario['scheduler'],
  policy: PolicyName
): Record<string, unknown> {
  if (base.policy === policy) return { ...base }
  const { queues, switchOnIo, ioCompletionPreempts, pickBeforeWakeups } = base
  const out: Record<string, unknown> = {
    policy,
    queues,
    switchOnIo,
    ioCompletionPreempts,
    pickBeforeWakeups
  }
  const q = baseQuantum(base)
  if (policy === 'rr' && q !== undefined) out.quantum = q
  return out
}

export function variantScenario(
  base: Scenario,
  v: VariantSpec
): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  const r = validateScenario({
    ...base,
    machine: { ...base.machine, cores: v.cores },
    scheduler: variantScheduler(base.scheduler, v.policy)
  })
  if (r.ok) return r
  return { ok: false, error: r.problems.map((p) => `${p.path}: ${p.message}`).join('; ') }
}

export function variantLabel(s: Scenario['scheduler'], cores: number, showCores: boolean): string {
  const q = baseQuantum(s)
  const base = q !== undefined ? `${s.policy} q=${q}` : s.policy
  return showCores ? `${base} · ${cores} core${cores === 1 ? '' : 's'}` : base
}

export function policyTitle(p: PolicyName): string {
  return POLICY_INFO[p].title
}

/** Parses "1, 2, 4" into distinct core counts in range; invalid parts are dropped. */
export function parseCoreCounts(text: string, max = 1024): number[] {
  const out = new Set<number>()
  for (const part of text.split(/[\s,;]+/)) {
    if (!part) continue
    const n = Number(part)
    if (Number.isInteger(n) && n >= 1 && n <= max) out.add(n)
  }
  return [...out]
}
