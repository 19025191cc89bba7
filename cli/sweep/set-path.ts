// `--set path=v1,v2`: a JSON path into the scenario (`scheduler.quantum`,
// `processes[0].threads[1].ops[0].cpu`) and the values a sweep tries there.
import { formatPath } from '../../sim-core'
import { UsageError } from '../errors'

export type PathPart = string | number
export type SetValue = string | number | boolean | null

export interface SetDimension {
  /** The path as the user wrote it, normalised (`a.b[0].c`): the row's column name. */
  path: string
  parts: PathPart[]
  values: SetValue[]
}

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
export function parseSetValue(raw: string): SetValue {
  try {
    const v: unknown = JSON.parse(raw)
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return v as SetValue
  } catch {
    // Not JSON: a bare word such as `fifo` is meant as a string.
  }
  return raw
}

/** The dimensions --policies, --cores and --seeds own: --set may not reach them. */
const OWNED: Record<string, string> = {
  'scheduler.policy': '--policies',
  'machine.cores': '--cores',
  seed: '--seeds'
}

/** One `--set` argument; a syntax error is a usage error naming it. */
export function parseSetOption(raw: string): SetDimension {
  const eq = raw.indexOf('=')
  const bad = (why: string) => new UsageError(`--set ${JSON.stringify(raw)}: ${why}`)
  if (eq < 0) throw bad('expected path=value1,value2,... e.g. scheduler.quantum=2,4,8')
  const parts = parsePath(raw.slice(0, eq).trim())
  if (!parts)
    throw bad(
      'expected a JSON path of names and [indexes], e.g. processes[0].threads[1].ops[0].cpu'
    )
  const path = formatPath(parts)
  if (Object.hasOwn(OWNED, path)) throw bad(`use ${OWNED[path]} for ${path}`)
  const texts = raw.slice(eq + 1).split(',')
  if (texts.some((t) => t.trim() === '')) throw bad('expected a value between every comma')
  const values = texts.map((t) => parseSetValue(t.trim()))
  const seen = new Set<string>()
  for (const v of values) {
    const key = JSON.stringify(v)
    if (seen.has(key)) throw bad(`${key} is listed twice`)
    seen.add(key)
  }
  return { path, parts, values }
}

type Container = Record<string, unknown> | unknown[]

const isContainer = (v: unknown): v is Container => v !== null && typeof v === 'object'

/**
 * Why the path cannot be set in this scenario, or null. Everything before the last part must
 * exist (a sweep changes a value; it does not invent structure); the last part may be a field
 * the object lacks, which the schema then judges like any other field.
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
  // pathProblem rejects these paths before any cell is built.
  throw new Error(`cannot set ${formatPath(parts)}`)
}
