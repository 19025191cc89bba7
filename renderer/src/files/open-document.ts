// Turning file text into a document: sim-core's import pipeline (size cap, JSON, format,
// schema, semantic checks) decides; on any problem the caller gets them all and the open
// document stays as it is.
import { parseScenario, type Problem } from '../../../sim-core/index'
import type { Draft } from '../scenario/draft'

export type Interpreted = { ok: true; draft: Draft } | { ok: false; problems: Problem[] }

export function interpretScenarioText(text: string): Interpreted {
  const parsed = parseScenario(text)
  if (!parsed.ok) return { ok: false, problems: parsed.problems }
  // Keep the file as the user wrote it (no defaults filled in), so saving changes only what
  // they edited. The text parsed as JSON a moment ago, so this cannot throw.
  return { ok: true, draft: JSON.parse(text) as Draft }
}
