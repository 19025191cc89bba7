// Turning file text into a document (issue 11: saving never strands work). A valid scenario
// opens as written; a scenario with problems opens too, as written, with its problems listed
// and Run refused until they are fixed. Only text that is not a scenario at all is refused, with
// the reason: too large, empty, not JSON, not an object, nested too deeply, or without the
// `"format": "schedlab/scenario"` marker.
import { parseScenario, type Problem } from '../../../sim-core/index'
import type { Draft } from '../scenario/draft'
import { shapeDraft } from './draft-shape'

export type Interpreted =
  | {
      ok: true
      draft: Draft
      /** Lists and objects of the wrong kind that the editor replaced (see draft-shape.ts). */
      repairs: Problem[]
    }
  | { ok: false; problems: Problem[] }

export const SCENARIO_FORMAT = 'schedlab/scenario'

/**
 * Arrays and objects inside one another that a document may have, itself being level 1: the
 * same bound sim-core's validation keeps (its schema recurses once per level). A scenario needs
 * about 10 levels plus 2 per nested `repeat`.
 */
export const MAX_NESTING = 64

/** True when some array or object lies deeper than `limit` levels; walks with its own stack. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 1 }]
  while (stack.length > 0) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number }
    if (v === null || typeof v !== 'object') continue
    if (depth > limit) return true
    for (const child of Object.values(v)) stack.push({ v: child, depth: depth + 1 })
  }
  return false
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

export function interpretScenarioText(text: string): Interpreted {
  const value = readJson(text)
  // sim-core's own checks say why text is not a JSON object (size, empty, syntax with line and
  // column), each as a problem of the whole document.
  if (!isObject(value)) {
    const parsed = parseScenario(text)
    return { ok: false, problems: parsed.ok ? [] : parsed.problems.filter((p) => p.path === '') }
  }
  if (nestedDeeperThan(value, MAX_NESTING)) {
    return {
      ok: false,
      problems: [{ path: '', message: `nested deeper than ${MAX_NESTING} levels` }]
    }
  }
  const parsed = parseScenario(text)
  // Keep the file as the user wrote it (no defaults filled in), so saving changes only what
  // they edited.
  if (parsed.ok) return { ok: true, draft: value as unknown as Draft, repairs: [] }
  const whole = parsed.problems.filter((p) => p.path === '')
  if (whole.length > 0) return { ok: false, problems: whole }
  if (value.format !== SCENARIO_FORMAT) {
    return {
      ok: false,
      problems: [
        {
          path: 'format',
          message:
            value.format === undefined
              ? `missing: a SchedLab scenario starts with "format": "${SCENARIO_FORMAT}"`
              : `expected "${SCENARIO_FORMAT}", got ${JSON.stringify(value.format)}: not a SchedLab scenario`
        }
      ]
    }
  }
  const { draft, repairs } = shapeDraft(value)
  return { ok: true, draft, repairs }
}
