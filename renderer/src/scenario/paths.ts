// JSON paths in the form sim-core prints them (`processes[2].threads[0].ops[3].cpu`), and
// immutable reads and writes along them. The draft is plain JSON, so one generic setter serves
// every field editor, and problems map back onto fields by their path string.

export type PathPart = string | number
export type Path = readonly PathPart[]

/** The same format as sim-core's problem paths, so a field's path equals its problems' path. */
export function formatPath(parts: Path): string {
  let out = ''
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`
    else out += out === '' ? p : `.${p}`
  }
  return out
}

export function parsePath(text: string): PathPart[] {
  const parts: PathPart[] = []
  const re = /([^.[\]]+)|\[(\d+)\]/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2] !== undefined) parts.push(Number(m[2]))
    else parts.push(m[1])
  }
  return parts
}

export function getAt(root: unknown, path: Path): unknown {
  let v = root
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PathPart, unknown>)[p]
  }
  return v
}

/**
 * Returns a copy of `root` with `value` at `path`, sharing every untouched branch. `undefined`
 * removes an object key (so an emptied optional field disappears from the saved file).
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T
  const [head, ...rest] = path
  const container: unknown = root
  const child = getAt(container, [head])
  const next =
    rest.length === 0 ? value : setAt(child ?? (typeof rest[0] === 'number' ? [] : {}), rest, value)
  if (Array.isArray(container)) {
    const copy = container.slice()
    copy[head as number] = next
    return copy as T
  }
  const source = (container ?? {}) as Record<PathPart, unknown>
  if (next === undefined) return withoutKey(source, head) as T
  // Spread, then assign: an existing key keeps its place, so saved files keep their order.
  return { ...source, [head]: next } as T
}

/** A copy of `obj` without `key`. */
export function withoutKey<O extends object>(obj: O, key: PathPart): O {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== String(key))) as O
}

/** Is `prefix` the same as, or an ancestor of, `path`? */
export function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i])
}
