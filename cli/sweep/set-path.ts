// `--set path=v1,v2`: a JSON path into the scenario (`scheduler.quantum`,
// `processes[0].threads[1].ops[0].cpu`) and the values a sweep tries there. The path logic is
// sim-core's (scenario/set-path.ts), shared with `compare --set` and the app's Compare, and so is
// the value syntax: a value may be a list in brackets (`services[0].replicas=[n0],[n0,n1]`).
import {
  formatPath,
  parsePath,
  parseSetValue,
  parseSetValues,
  pathProblem,
  withValue,
  type PathPart,
  type SetValue
} from '../../sim-core'
import { UsageError } from '../errors'

export { parsePath, parseSetValue, pathProblem, withValue }
export type { PathPart, SetValue }

export interface SetDimension {
  /** The path as the user wrote it, normalised (`a.b[0].c`): the row's column name. */
  path: string
  parts: PathPart[]
  values: SetValue[]
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
  const parsed = parseSetValues(raw.slice(eq + 1))
  if (!parsed.ok) throw bad(parsed.message)
  return { path, parts, values: parsed.values }
}
