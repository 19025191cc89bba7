// "Set the value at a path" variations of a scenario: `scheduler.quantum=2,4,8`,
// `services[0].replicas=[n0],[n0,n1]`, `services[0].balancer=round-robin,two-choices`. The CLI's
// `sweep --set` and `compare --set` and the app's Compare share this, so a path means the same
// thing everywhere and every variant is held to the same rules as a file (validateScenario).
import { validateScenario } from './parse'
import { formatPath, type Problem } from './problems'
import type { Scenario } from './schema'

export type PathPart = string | number
export type SetScalar = string | number | boolean | null
/** A value to set: a scalar, or a list of scalars (a service's `replicas`). */
export type SetValue = SetScalar | SetScalar[]

const KEY = /^[A-Za-z_$][A-Za-z0-9_$]*/
const INDEX = /^\[(0|[1-9][0-9]{0,8})\]/

/** `a.b[0].c` → ['a', 'b', 0, 'c']; null when it is not that form. */
export function parsePath(text: string): PathPart[] | null {
  const parts: PathPart[] = []
  let rest = text
  while (rest !== '') {
    const index = INDEX.exec(rest)
    if (index && parts.length > 0) {
      parts.push(Number(index[1]))
      rest = rest.slice(index[0].length)
      continue
    }
    if (parts.length > 0) {
      if (!rest.startsWith('.')) return null
      rest = rest.slice(1)
    }
    const key = KEY.exec(rest)
    if (!key) return null
    parts.push(key[0])
    rest = rest.slice(key[0].length)
  }
  return parts.length > 0 ? parts : null
}

/** A value as typed: JSON where it parses as a scalar (`4`, `true`, `"a b"`), else the text. */
export function parseSetValue(raw: string): SetScalar {
  try {
    const v: unknown = JSON.parse(raw)
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return v as SetScalar
  } catch {
    // Not JSON: a bare word such as `fifo` is meant as a string.
  }
  return raw
}

/**
 * `V1,V2,...` where a value may be a list in brackets, `[n0,n1]` or `["n0","n1"]` (its items
 * parsed like scalars, so bare node names need no quotes). Commas inside brackets or quotes
 * do not split. Returns the values, or why the text is not that form.
 */
export function parseSetValues(
  text: string
): { ok: true; values: SetValue[] } | { ok: false; message: string } {
  const texts: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '\\') i++
      else if (c === '"') quoted = false
    } else if (c === '"') quoted = true
    else if (c === '[') depth++
    else if (c === ']') {
      if (--depth < 0) return { ok: false, message: `a "]" without its "[" at character ${i + 1}` }
    } else if (c === ',' && depth === 0) {
      texts.push(text.slice(start, i))
      start = i + 1
    }
  }
  if (quoted) return { ok: false, message: 'a quote is not closed' }
  if (depth > 0) return { ok: false, message: 'a "[" is not closed' }
  texts.push(text.slice(start))
  if (texts.some((t) => t.trim() === ''))
    return { ok: false, message: 'expected a value between every comma' }
  const values: SetValue[] = []
  for (const t of texts.map((s) => s.trim())) {
    if (!t.startsWith('[')) {
      values.push(parseSetValue(t))
      continue
    }
    if (!t.endsWith(']')) return { ok: false, message: `${t}: expected a list such as [a,b]` }
    const inner = t.slice(1, -1).trim()
    if (inner === '') {
      values.push([])
      continue
    }
    const items = parseSetValues(inner)
    if (!items.ok) return { ok: false, message: `${t}: ${items.message}` }
    if (items.values.some(Array.isArray))
      return { ok: false, message: `${t}: a list inside a list is not supported` }
    values.push(items.values as SetScalar[])
  }
  const seen = new Set<string>()
  for (const v of values) {
    const key = JSON.stringify(v)
    if (seen.has(key)) return { ok: false, message: `${key} is listed twice` }
    seen.add(key)
  }
  return { ok: true, values }
}

type Container = Record<string, unknown> | unknown[]

const isContainer = (v: unknown): v is Container => v !== null && typeof v === 'object'

/**
 * Why the path cannot be set in this scenario, or null. Everything before the last part must
 * exist (a variation changes a value; it does not invent structure); the last part may be a
 * field the object lacks, which the schema then judges like any other field.
 */
export function pathProblem(root: unknown, parts: readonly PathPart[]): string | null {
  let v: unknown = root
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    const here = formatPath(parts.slice(0, i)) || 'the scenario'
    const last = i === parts.length - 1
    if (typeof part === 'number') {
      if (!Array.isArray(v)) return `${here} is not a list`
      if (part >= v.length) return `${here} has ${v.length} entries (indexes 0 to ${v.length - 1})`
      v = v[part]
    } else {
      if (!isContainer(v) || Array.isArray(v)) return `${here} is not an object`
      if (!last && !Object.hasOwn(v, part))
        return `${formatPath(parts.slice(0, i + 1))} does not exist`
      v = (v as Record<string, unknown>)[part]
    }
  }
  return null
}

/** A copy of root with the value at path replaced; only the containers on the path are copied. */
export function withValue(root: unknown, parts: readonly PathPart[], value: unknown): unknown {
  if (parts.length === 0) return value
  const [head, ...rest] = parts
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = [...(root as unknown[])]
    copy[head] = withValue(copy[head], rest, value)
    return copy
  }
  if (isContainer(root) && !Array.isArray(root) && typeof head === 'string') {
    const copy: Record<string, unknown> = { ...root }
    // defineProperty, not `=`: a path ending in __proto__ must make a field, not a prototype.
    Object.defineProperty(copy, head, {
      value: withValue(Object.hasOwn(copy, head) ? copy[head] : undefined, rest, value),
      enumerable: true,
      writable: true,
      configurable: true
    })
    return copy
  }
  // pathProblem rejects these paths before any value is set.
  throw new Error(`cannot set ${formatPath(parts)}`)
}

export interface SetAssignment {
  parts: readonly PathPart[]
  value: SetValue
}

const assignmentText = (a: SetAssignment): string =>
  `${formatPath(a.parts)} = ${JSON.stringify(a.value)}`

/**
 * The scenario with every assignment applied, validated. A path that does not exist is a problem
 * at that path; a problem the new value causes says which assignment made it, e.g.
 * `services[0].replicas[1]: unknown node "n9" (set by services[0].replicas = ["n0","n9"])`.
 */
export function applySetValues(
  scenario: Scenario,
  assignments: readonly SetAssignment[]
): { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] } {
  const missing: Problem[] = []
  let candidate: unknown = scenario
  for (const a of assignments) {
    const why = pathProblem(candidate, a.parts)
    if (why) missing.push({ path: formatPath(a.parts), message: `cannot be set: ${why}` })
    else candidate = withValue(candidate, a.parts, a.value)
  }
  if (missing.length > 0) return { ok: false, problems: missing }
  const checked = validateScenario(candidate)
  if (checked.ok) return checked
  const problems = checked.problems.map((p) => {
    const by = assignments.find((a) => {
      const path = formatPath(a.parts)
      return p.path === path || p.path.startsWith(path + '.') || p.path.startsWith(path + '[')
    })
    const cause = by
      ? `set by ${assignmentText(by)}`
      : `after setting ${assignments.map(assignmentText).join(', ')}`
    return { ...p, message: `${p.message} (${cause})` }
  })
  return { ok: false, problems }
}
