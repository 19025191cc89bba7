// The nesting guard that runs before the schema (SECURITY.md, "Files"): zod validates nested
// `repeat`s by recursion, and a file with a thousand of them overflowed the call stack. This walk
// keeps its own stack, so no nesting can make it overflow, and it stops at the first container
// deeper than the limit.
import { LIMITS } from './limits'
import { formatPath, type Problem } from './problems'

interface Frame {
  /** The key or index under which this container sits in its parent. */
  key: string | number
  children: readonly unknown[]
  keys: readonly string[] | null
  next: number
}

function frameOf(key: string | number, value: object): Frame {
  if (Array.isArray(value)) return { key, children: value, keys: null, next: 0 }
  const keys = Object.keys(value)
  const children = keys.map((k) => (value as Record<string, unknown>)[k])
  return { key, children, keys, next: 0 }
}

/**
 * The first array or object nested deeper than `limit` levels (the document itself is level 1),
 * as a problem at its path; null when the value is shallow enough.
 */
export function nestingProblem(value: unknown, limit: number = LIMITS.maxNesting): Problem | null {
  if (value === null || typeof value !== 'object') return null
  const stack: Frame[] = [frameOf('', value)]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    if (top.next >= top.children.length) {
      stack.pop()
      continue
    }
    const i = top.next++
    const child = top.children[i]
    if (child === null || typeof child !== 'object') continue
    const key = top.keys ? top.keys[i] : i
    if (stack.length + 1 > limit) {
      const path = [...stack.slice(1).map((f) => f.key), key]
      return { path: formatPath(path), message: `nesting deeper than ${limit} levels` }
    }
    stack.push(frameOf(key, child))
  }
  return null
}
