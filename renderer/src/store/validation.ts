// Live validation: sim-core's validateScenario on the current draft, computed once per draft
// (drafts are immutable, so the object itself is the cache key) and indexed by path for the
// fields, the tree and the problems list.
import {
  problemToString,
  validateScenario,
  type Problem,
  type Scenario
} from '../../../sim-core/index'
import type { Draft } from '../scenario/draft'

export interface Validation {
  /** The validated scenario (defaults filled in), or null when there are problems. */
  scenario: Scenario | null
  problems: Problem[]
  /** Problems by exact path. */
  byPath: ReadonlyMap<string, Problem[]>
  /** How many problems lie at or below a path (for badges in the tree). */
  countUnder(path: string): number
}

const cache = new WeakMap<Draft, Validation>()

/** Whether `path` is `prefix` or lies inside it (`a.b` is under `a`, `ab` is not). */
export function isUnder(prefix: string, path: string): boolean {
  if (prefix === '') return true
  if (!path.startsWith(prefix)) return false
  const next = path[prefix.length]
  return next === undefined || next === '.' || next === '['
}

export function validateDraft(draft: Draft): Validation {
  const hit = cache.get(draft)
  if (hit) return hit
  const result = validateScenario(draft)
  const problems = result.ok ? [] : result.problems
  const byPath = new Map<string, Problem[]>()
  for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p])
  const v: Validation = {
    scenario: result.ok ? result.scenario : null,
    problems,
    byPath,
    countUnder: (path) => problems.filter((p) => isUnder(path, p.path)).length
  }
  cache.set(draft, v)
  return v
}

/** The line the CLI prints for a problem: `path: message`. */
export { problemToString }
