// `compare --set PATH=V1,V2,...`: the variations a comparison runs, parsed and checked against
// the scenario before any run. The path logic is sim-core's (scenario/set-path.ts), so the app's
// Compare reads a path the same way.
import {
  applySetValues,
  formatPath,
  parsePath,
  parseSetValues,
  pathProblem,
  type PathPart,
  type Scenario,
  type SetValue
} from '../sim-core'
import { ProblemsError, UsageError } from './errors'
import { problemLines } from './load-scenario'

export interface CompareSet {
  /** Normalised (`services[0].replicas`): the column's name. */
  path: string
  parts: PathPart[]
  values: SetValue[]
}

/** `--policies` owns the policy; a path there would fight it. */
const OWNED: Record<string, string> = { 'scheduler.policy': '--policies' }

/** One `--set` argument; a syntax error is a usage error (exit 2) naming it. */
export function parseCompareSet(raw: string): CompareSet {
  const eq = raw.indexOf('=')
  const bad = (why: string) => new UsageError(`--set ${JSON.stringify(raw)}: ${why}`)
  if (eq < 0) throw bad('expected path=value1,value2,... e.g. services[0].replicas=[n0],[n0,n1]')
  const parts = parsePath(raw.slice(0, eq).trim())
  if (!parts) throw bad('expected a JSON path of names and [indexes], e.g. services[0].balancer')
  const path = formatPath(parts)
  if (Object.hasOwn(OWNED, path)) throw bad(`use ${OWNED[path]} for ${path}`)
  const parsed = parseSetValues(raw.slice(eq + 1))
  if (!parsed.ok) throw bad(parsed.message)
  return { path, parts, values: parsed.values }
}

/** Every --set, with no path given twice. */
export function parseCompareSets(raws: readonly string[]): CompareSet[] {
  const sets = raws.map(parseCompareSet)
  const seen = new Set<string>()
  for (const s of sets) {
    if (seen.has(s.path)) throw new UsageError(`--set: ${s.path} is set twice`)
    seen.add(s.path)
  }
  return sets
}

/** Every combination of the sets' values, the first set's values varying slowest. */
export function setCombinations(sets: readonly CompareSet[]): SetValue[][] {
  let out: SetValue[][] = [[]]
  for (const s of sets) out = out.flatMap((prefix) => s.values.map((v) => [...prefix, v]))
  return out
}

/** A path the scenario lacks is a usage error naming the --set, before anything runs. */
export function checkSetPaths(scenario: Scenario, sets: readonly CompareSet[]): void {
  for (const s of sets) {
    const why = pathProblem(scenario, s.parts)
    if (why) throw new UsageError(`--set ${s.path}: ${why} in this scenario`)
  }
}

/** The scenario with one combination applied and validated; invalid → exit 2 naming the path. */
export function scenarioWith(
  scenario: Scenario,
  sets: readonly CompareSet[],
  values: readonly SetValue[],
  label: string
): Scenario {
  if (sets.length === 0) return scenario
  const applied = applySetValues(
    scenario,
    sets.map((s, i) => ({ parts: s.parts, value: values[i] }))
  )
  if (applied.ok) return applied.scenario
  throw new ProblemsError(problemLines(applied.problems, label))
}
