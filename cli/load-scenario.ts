// FILE → validated scenario, or exit 2 with one `path: message` line per problem.
import { parseScenario, problemToString, type Problem, type Scenario } from '../sim-core'
import { ProblemsError } from './errors'
import { readSource } from './input'

export interface LoadedScenario {
  scenario: Scenario
  /** How messages name the input: the path as given, or `<stdin>`. */
  label: string
}

/** Problems about the whole document have no JSON path; name the file instead. */
export function problemLines(problems: readonly Problem[], label: string): string[] {
  return problems.map((p) => (p.path ? problemToString(p) : `${label}: ${p.message}`))
}

export async function loadScenario(file: string): Promise<LoadedScenario> {
  const { label, text } = await readSource(file)
  const parsed = parseScenario(text)
  if (!parsed.ok) throw new ProblemsError(problemLines(parsed.problems, label))
  return { scenario: parsed.scenario, label }
}
