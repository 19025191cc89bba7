import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseScenario, simulate, type Scenario, type SimResult } from '../../sim-core/index'

export function loadExample(name: string): Scenario {
  const r = parseScenario(
    readFileSync(join(process.cwd(), 'docs/examples', `${name}.json`), 'utf8')
  )
  if (!r.ok)
    throw new Error(`${name}: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
  return r.scenario
}

export function runExample(name: string, change?: (s: Scenario) => Scenario): SimResult {
  const s = loadExample(name)
  return simulate(change ? change(s) : s)
}
