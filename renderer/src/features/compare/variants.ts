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
  /** A cluster: the first service on this many replicas (the nodes in order, round again past the last). */
  replicas?: number
  /** A cluster: the first service's balancer. */
  balancer?: Balancer
}

export type Balancer = (typeof BALANCER_CHOICES)[number]
export const BALANCER_CHOICES = ['round-robin', 'least-outstanding', 'two-choices'] as const

/** The first service with its replica count and balancer replaced (a cluster variant). */
function withService(base: Scenario, v: VariantSpec): Scenario['services'] {
  const services = base.services
  if (!services || services.length === 0 || (v.replicas === undefined && !v.balancer))
    return services
  const nodes = (base.nodes ?? []).map((n) => n.name)
  const [first, ...rest] = services
  const replicas =
    v.replicas === undefined || nodes.length === 0
      ? first.replicas
      : Array.from({ length: v.replicas }, (_, i) => nodes[i % nodes.length])
  return [{ ...first, replicas, balancer: v.balancer ?? first.balancer }, ...rest]
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
    scheduler: schedulerFor(base.scheduler, v.policy),
    services: withService(base, v)
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

/** " · 2 replicas · least-outstanding": the cluster part of a variant's label, when it has one. */
export function clusterLabel(v: VariantSpec, lang: Language = 'en'): string {
  let out = ''
  if (v.replicas !== undefined)
    out += ` · ${translate(lang, 'cmp.replicaCount', { count: v.replicas })}`
  if (v.balancer) out += ` · ${v.balancer}`
  return out
}
