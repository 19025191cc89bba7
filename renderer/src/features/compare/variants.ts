// One scenario, several policies and core counts: each variant is the scenario with its
// scheduler (sim-core's schedulerFor, the rule the CLI uses too) and machine size replaced,
// validated again so defaults are filled and a core count that breaks an affinity is reported,
// not crashed on.
import {
  schedulerFor,
  validateScenario,
  type PolicyName,
  type Scenario,
  type SimResult
} from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'

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
  /** The figure the sweep view draws against the core count (a COMPARE_ROWS key). */
  sweepMetric?: string
}

/** The quantum the user set for the scenario, if any: comparisons keep it where it applies. */
function baseQuantum(s: Scenario['scheduler']): number | undefined {
  return 'quantum' in s ? s.quantum : undefined
}

export function variantScenario(
  base: Scenario,
  v: VariantSpec
): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  const r = validateScenario({
    ...base,
    machine: { ...base.machine, cores: v.cores },
    scheduler: schedulerFor(base.scheduler, v.policy)
  })
  if (r.ok) return r
  return { ok: false, error: r.problems.map((p) => `${p.path}: ${p.message}`).join('; ') }
}

/** "rr q=3", or "rr q=3 · 4 cores" when core counts differ: short enough for a legend. */
export function variantLabel(
  s: Scenario['scheduler'],
  cores: number,
  showCores: boolean,
  lang: Language = 'en'
): string {
  const q = baseQuantum(s)
  const base = q !== undefined ? `${s.policy} q=${q}` : s.policy
  if (!showCores) return base
  const count = translate(lang, 'chart.cores', { count: cores })
  return translate(lang, 'cmp.variantCores', { label: base, cores: count })
}

/** The policy's title in the UI language; a policy without a dictionary entry fails type checking. */
export function policyTitle(p: PolicyName, lang: Language = 'en'): string {
  return translate(lang, `policy.${p}`)
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
