// A scenario file with problems opens as a draft (issue 11: saving never strands work). The
// validator judges every value, so a wrong number or name stays in the draft exactly as written
// and is listed as a problem. Only the lists and objects the editor walks must be lists and
// objects: where a file has something else there, this replaces it and says so, so the tree and
// the inspector never meet a "processes": 5.
import type { Translate } from '../i18n/translate'
import type { Draft } from '../scenario/draft'
import { formatPath, type Path } from '../scenario/paths'

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)

/** One list or object the editor replaced. */
export interface Repair {
  path: string
  /** What the editor expects there. */
  expected: 'object' | 'list'
  /** What the file had, as short JSON (`5`, `"disk"`, `[…]`); null when it was missing. */
  got: string | null
  /** An empty one stands in its place, or (an optional field) it was left out. */
  action: 'emptied' | 'dropped'
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
  if (Array.isArray(v)) return '[…]'
  if (v !== null && typeof v === 'object') return '{…}'
  return String(v)
}

/** A repair in the app's language: `processes: expected a list, got 5; …`. */
export function repairMessage(r: Repair, t: Translate): string {
  const params = { path: r.path, got: r.got ?? '' }
  if (r.got === null) return t('files.repair.missing', params)
  if (r.action === 'dropped')
    return t(
      r.expected === 'list' ? 'files.repair.listDropped' : 'files.repair.objectDropped',
      params
    )
  return t(
    r.expected === 'list' ? 'files.repair.listEmptied' : 'files.repair.objectEmptied',
    params
  )
}

/** What the walk replaced; empty for every file the app itself wrote. */
class Repairs {
  readonly list: Repair[] = []
  add(path: Path, expected: Repair['expected'], v: unknown, action: Repair['action']): void {
    this.list.push({
      path: formatPath(path),
      expected,
      got: v === undefined ? null : describe(v),
      action
    })
  }
}

/** An object the editor opens (`machine`, a process…); a copy with its own containers shaped. */
function shapeObject(
  v: unknown,
  path: Path,
  repairs: Repairs,
  inner: (o: Json, path: Path) => Json = (o) => o
): Json {
  if (isObject(v)) return inner(v, path)
  repairs.add(path, 'object', v, 'emptied')
  return inner({}, path)
}

/** A list of objects (processes, threads, ops…); an item that is not an object becomes `{}`. */
function shapeList(
  v: unknown,
  path: Path,
  repairs: Repairs,
  item: (o: Json, path: Path) => Json = (o) => o
): Json[] {
  if (!Array.isArray(v)) {
    repairs.add(path, 'list', v, 'emptied')
    return []
  }
  const out = v.map((x: unknown, i) => shapeObject(x, [...path, i], repairs, item))
  // Unchanged lists stay the same object, so a well-formed file's draft is the parsed value.
  return out.every((x, i) => x === v[i]) ? (v as Json[]) : out
}

/** Sets `key` of `o` to the shaped value when it differs, keeping the key's place. */
function withField(o: Json, key: string, value: unknown): Json {
  return o[key] === value ? o : { ...o, [key]: value }
}

/** An optional object or list: a value of the wrong kind is dropped (the schema's default applies). */
function optional(
  o: Json,
  key: string,
  path: Path,
  repairs: Repairs,
  kind: 'object' | 'list',
  shape: (v: unknown, path: Path) => unknown = (v) => v
): Json {
  if (!(key in o) || o[key] === undefined) return o
  const v = o[key]
  const fits = kind === 'list' ? Array.isArray(v) : isObject(v)
  if (fits) return withField(o, key, shape(v, [...path, key]))
  repairs.add([...path, key], kind, v, 'dropped')
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== key))
}

function required(
  o: Json,
  key: string,
  path: Path,
  shape: (v: unknown, path: Path) => unknown
): Json {
  return withField(o, key, shape(o[key], [...path, key]))
}

function shapeOps(repairs: Repairs) {
  const op = (o: Json, path: Path): Json =>
    'repeat' in o || 'ops' in o
      ? required(o, 'ops', path, (v, p) => shapeList(v, p, repairs, op))
      : o
  return (v: unknown, path: Path) => shapeList(v, path, repairs, op)
}

/**
 * The draft for a JSON object that claims to be a scenario: the same object when its lists and
 * objects are where the editor expects them (then `repairs` is empty), otherwise a copy with
 * those parts replaced and every replacement listed.
 */
export function shapeDraft(root: Json): { draft: Draft; repairs: Repair[] } {
  const repairs = new Repairs()
  const ops = shapeOps(repairs)
  const coroutine = (c: Json, p: Path) => required(c, 'ops', p, ops)
  const thread = (th: Json, p: Path) => {
    let out = optional(th, 'ops', p, repairs, 'list', ops)
    out = optional(out, 'periodic', p, repairs, 'object')
    out = optional(out, 'runtime', p, repairs, 'object')
    return optional(out, 'coroutines', p, repairs, 'list', (v, q) =>
      shapeList(v, q, repairs, coroutine)
    )
  }
  const process = (pr: Json, p: Path) => {
    const out = optional(pr, 'affinity', p, repairs, 'list')
    return required(out, 'threads', p, (v, q) => shapeList(v, q, repairs, thread))
  }
  const list = (v: unknown, p: Path) => shapeList(v, p, repairs)

  let d = required(root, 'machine', [], (v, p) =>
    shapeObject(v, p, repairs, (m, q) => optional(m, 'costs', q, repairs, 'object'))
  )
  d = required(d, 'scheduler', [], (v, p) =>
    shapeObject(v, p, repairs, (s, q) => {
      const levels = optional(s, 'levels', q, repairs, 'list', list)
      return optional(levels, 'aging', q, repairs, 'object')
    })
  )
  d = optional(d, 'devices', [], repairs, 'list', list)
  d = optional(d, 'locks', [], repairs, 'list', list)
  d = optional(d, 'channels', [], repairs, 'list', list)
  d = required(d, 'processes', [], (v, p) => shapeList(v, p, repairs, process))
  // A cluster (SCENARIO.md §2b): the lists and objects the cluster editors walk.
  const node = (n: Json, p: Path) => {
    const out = optional(n, 'machine', p, repairs, 'object')
    return optional(out, 'scheduler', p, repairs, 'object')
  }
  const handler = (h: Json, p: Path) => optional(h, 'ops', p, repairs, 'list', ops)
  const service = (sv: Json, p: Path) => {
    const out = optional(sv, 'replicas', p, repairs, 'list')
    return optional(out, 'handler', p, repairs, 'object', (v, q) =>
      shapeObject(v, q, repairs, handler)
    )
  }
  const fault = (f: Json, p: Path) => optional(f, 'down', p, repairs, 'list')
  d = optional(d, 'nodes', [], repairs, 'list', (v, p) => shapeList(v, p, repairs, node))
  d = optional(d, 'network', [], repairs, 'object', (v, p) =>
    shapeObject(v, p, repairs, (n, q) => optional(n, 'links', q, repairs, 'list', list))
  )
  d = optional(d, 'services', [], repairs, 'list', (v, p) => shapeList(v, p, repairs, service))
  d = optional(d, 'requests', [], repairs, 'list', list)
  d = optional(d, 'faults', [], repairs, 'list', (v, p) => shapeList(v, p, repairs, fault))
  d = optional(d, 'limits', [], repairs, 'object')
  // The containers are in place now; every other value is the file's, for the validator to judge.
  return { draft: d as unknown as Draft, repairs: repairs.list }
}
