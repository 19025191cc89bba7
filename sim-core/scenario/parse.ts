// Import pipeline (SECURITY.md, "Files"): size cap → JSON parse → nesting depth → format/version → schema →
// semantic checks. The result is a valid scenario or every problem found, each with its path.
import { nestingProblem } from './depth'
import { LIMITS } from './limits'
import { zodProblems, type Problem } from './problems'
import { scenarioSchema, type Scenario } from './schema'
import { semanticProblems } from './semantic'

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] }

/** Validates an already-parsed JSON value. */
export function validateScenario(value: unknown): ParseResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        { path: '', message: 'expected a scenario object ({ "format": "schedlab/scenario", ... })' }
      ]
    }
  }
  // Before the schema: its validation recurses once per level and would overflow the stack.
  const tooDeep = nestingProblem(value)
  if (tooDeep) return { ok: false, problems: [tooDeep] }
  const parsed = scenarioSchema.safeParse(value)
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error, value) }
  const problems = semanticProblems(parsed.data)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario: parsed.data }
}

/** Parses scenario text (a file's contents). */
export function parseScenario(text: string): ParseResult {
  if (tooLarge(text)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `the file is too large (${(utf8Length(text) / 1048576).toFixed(1)} MB; at most ${LIMITS.maxFileBytes / 1048576} MB)`
        }
      ]
    }
  }
  if (text.trim() === '')
    return { ok: false, problems: [{ path: '', message: 'the file is empty' }] }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return {
      ok: false,
      problems: [
        { path: '', message: `not valid JSON: ${withLineAndColumn((e as Error).message, text)}` }
      ]
    }
  }
  return validateScenario(value)
}

/** The cap is on the file's size in bytes, not in UTF-16 units: count exactly only when it matters. */
function tooLarge(text: string): boolean {
  if (text.length > LIMITS.maxFileBytes) return true // every unit takes at least one byte
  if (text.length * 3 <= LIMITS.maxFileBytes) return false // and at most three
  return utf8Length(text) > LIMITS.maxFileBytes
}

function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * The engine's JSON errors give a character offset ("at position 681"), which no editor shows;
 * adds the line and column there.
 */
export function withLineAndColumn(message: string, text: string): string {
  const m = /at position (\d+)/.exec(message)
  if (!m) return message
  const at = Math.min(Number(m[1]), text.length)
  const before = text.slice(0, at)
  const line = before.split('\n').length
  const column = at - before.lastIndexOf('\n')
  return `${message} (line ${line}, column ${column})`
}
