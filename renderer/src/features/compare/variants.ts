// One scenario, several policies and core counts: each variant is the scenario with its
// scheduler (sim-core's schedulerFor, the rule the CLI uses too) replaced and its other changes
// (core count, a cluster's replicas and balancer, a field the user varies) set by path through
// sim-core's set-path code — the one `schedlab compare --set` uses — so a variant is validated
// like a file, defaults filled, and a value that breaks the scenario (a core count below an
// affinity, an unknown node) is reported naming the path, not crashed on.
import {
  BALANCERS,
  applySetValues,
  formatPath,
  schedulerFor,
  validateScenario,
  type PathPart,
  type PolicyName,
  type Scenario,
  type SetAssignment,
  type SetValue,
  type SimResult
} from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'

/** A field set to one value in a variant (`scheduler.quantum` = 4): one of a "vary a field" list. */
export interface FieldValue {
  parts: readonly PathPart[]
  value: SetValue
}

export interface VariantSpec {
  policy: PolicyName
  cores: number
  /** A cluster: the first service on this many replicas (the nodes in order, round again past the last). */
  replicas?: number
  /** A cluster: the first service's balancer. */
  balancer?: Balancer
  /** Any other field, set by path as `compare --set` does. */
  field?: FieldValue
}

export type Balancer = (typeof BALANCER_CHOICES)[number]
/** sim-core's list: a balancer added there is offered here without a second edit. */
export const BALANCER_CHOICES = BALANCERS

/**
 * The assignments that make variant v out of base: the same path form a `--set` takes, e.g.
 * `services[0].replicas = ["n0","n1"]` for 2 replicas on nodes n0, n1.
 */
export function variantAssignments(base: Scenario, v: VariantSpec): SetAssignment[] {
  const out: SetAssignment[] = [{ parts: ['machine', 'cores'], value: v.cores }]
  const hasService = (base.services?.length ?? 0) > 0
  const nodes = (base.nodes ?? []).map((n) => n.name)
  if (hasService && v.replicas !== undefined && nodes.length > 0)
    out.push({
      parts: ['services', 0, 'replicas'],
      value: Array.from({ length: v.replicas }, (_, i) => nodes[i % nodes.length])
    })
  if (hasService && v.balancer) out.push({ parts: ['services', 0, 'balancer'], value: v.balancer })
  if (v.field) out.push({ parts: v.field.parts, value: v.field.value })
  return out
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
  // The policy first: schedulerFor carries over the fields the new policy accepts, an object a
  // path value cannot hold; validating it fills that policy's defaults.
  const scheduled = validateScenario({ ...base, scheduler: schedulerFor(base.scheduler, v.policy) })
  const r = scheduled.ok
    ? applySetValues(scheduled.scenario, variantAssignments(base, v))
    : scheduled
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

/** A set value as typed: a bare word without quotes, a list as [a,b]. */
export function setValueText(value: SetValue): string {
  if (Array.isArray(value)) return `[${value.map((v) => setValueText(v)).join(',')}]`
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/**
 * " · 2 replicas · least-outstanding · scheduler.quantum=4": the cluster and varied-field part of
 * a variant's label, when it has one.
 */
export function clusterLabel(v: VariantSpec, lang: Language = 'en'): string {
  let out = ''
  if (v.replicas !== undefined)
    out += ` · ${translate(lang, 'cmp.replicaCount', { count: v.replicas })}`
  if (v.balancer) out += ` · ${v.balancer}`
  if (v.field) out += ` · ${formatPath(v.field.parts)}=${setValueText(v.field.value)}`
  return out
}
