// The parameters each policy accepts, read from sim-core's scenario schema rather than listed
// here, so the scheduler editor follows the schema when policies or parameters are added.
// This reads zod's schema description (`def`); the shapes below are the part of it we rely on,
// pinned by test/renderer/policy-params.test.ts.
import { scenarioSchema } from '../../../sim-core/index'
import type { SchedulerDraft } from './draft'

interface SchemaNode {
  def: {
    type: string
    innerType?: SchemaNode
    defaultValue?: unknown
    shape?: Record<string, SchemaNode>
    element?: SchemaNode
    values?: unknown[]
    entries?: Record<string, string>
    options?: SchemaNode[]
  }
  minValue?: number | null
  maxValue?: number | null
  isInt?: boolean
}

export type ParamType =
  | { kind: 'number'; min: number | null; max: number | null; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: string[] }
  | { kind: 'object'; fields: ParamSpec[] }
  | { kind: 'list'; item: ParamSpec[] }
  | { kind: 'other' }

export interface ParamSpec {
  key: string
  /** Must be present in the file (no default, not optional). */
  required: boolean
  /** The value used when the field is absent (undefined for optional fields without one). */
  defaultValue: unknown
  type: ParamType
}

function describe(key: string, node: SchemaNode): ParamSpec {
  let n = node
  let required = true
  let defaultValue: unknown = undefined
  while (n.def.type === 'default' || n.def.type === 'optional') {
    required = false
    if (n.def.type === 'default') defaultValue = n.def.defaultValue
    if (!n.def.innerType) break
    n = n.def.innerType
  }
  return { key, required, defaultValue, type: describeType(n) }
}

function fieldsOf(node: SchemaNode): ParamSpec[] {
  return Object.entries(node.def.shape ?? {}).map(([k, v]) => describe(k, v))
}

function describeType(n: SchemaNode): ParamType {
  switch (n.def.type) {
    case 'number':
      return {
        kind: 'number',
        min: n.minValue ?? null,
        max: n.maxValue ?? null,
        integer: n.isInt === true
      }
    case 'boolean':
      return { kind: 'boolean' }
    case 'enum':
      return { kind: 'enum', options: Object.values(n.def.entries ?? {}) }
    case 'object':
      return { kind: 'object', fields: fieldsOf(n) }
    case 'array':
      return n.def.element?.def.type === 'object'
        ? { kind: 'list', item: fieldsOf(n.def.element) }
        : { kind: 'other' }
    default:
      return { kind: 'other' }
  }
}

const schedulerNode = (scenarioSchema as unknown as SchemaNode).def.shape?.scheduler

function policyOption(policy: string): SchemaNode | undefined {
  return schedulerNode?.def.options?.find((o) => o.def.shape?.policy?.def.values?.[0] === policy)
}

/** The policies the schema accepts, in its order. */
export function schemaPolicies(): string[] {
  return (schedulerNode?.def.options ?? [])
    .map((o) => o.def.shape?.policy?.def.values?.[0])
    .filter((v): v is string => typeof v === 'string')
}

/** Every parameter of `policy` except the discriminator itself. */
export function policyParams(policy: string): ParamSpec[] {
  const option = policyOption(policy)
  return option ? fieldsOf(option).filter((f) => f.key !== 'policy') : []
}

/**
 * The scheduler after choosing another policy: parameters the new policy also accepts are kept
 * (a quantum carries over from rr to priority), others are dropped because the schema rejects
 * unknown fields, and a default quantum or level list is written out.
 */
export function switchPolicy(current: SchedulerDraft, policy: string): SchedulerDraft {
  // The same policy chosen again is no edit (the document must not turn unsaved).
  if (current.policy === policy) return current
  const params = policyParams(policy)
  const old = current as Record<string, unknown>
  const next: Record<string, unknown> = { policy }
  for (const p of params) {
    if (old[p.key] !== undefined) next[p.key] = old[p.key]
    // Write the default quantum (and MLFQ's levels) out: the file then says what the run used,
    // and the editor has values to edit.
    else if ((p.key === 'quantum' || p.type.kind === 'list') && p.defaultValue !== undefined)
      next[p.key] = structuredClone(p.defaultValue)
  }
  return next as SchedulerDraft
}

/** Parameters every policy accepts: options of the engine rather than of one policy. */
export function engineParamKeys(): Set<string> {
  const lists = schemaPolicies().map((p) => new Set(policyParams(p).map((f) => f.key)))
  const [first, ...rest] = lists
  return new Set([...(first ?? [])].filter((k) => rest.every((l) => l.has(k))))
}
