// `schedlab compare FILE --policies a,b,c`: the same scenario under several policies, one summary
// each. Only the policy changes: every other scheduler setting the new policy understands carries
// over (see overrides.ts), so rr and priority keep the scenario's quantum.
import { concurrencySummary, POLICY_NAMES, SCHEDLAB_VERSION, type PolicyName } from '../../sim-core'
import { parseArgs } from '../args'
import { printHelp } from '../command-help'
import { UsageError } from '../errors'
import {
  compareCsv,
  compareJson,
  compareText,
  type CompareEntry,
  type Comparison
} from '../format/compare-format'
import { GUARD_HELP, GUARD_OPTIONS, guardOverrides, warnClamped } from '../guard-options'
import { loadScenario, singleMachine } from '../load-scenario'
import { choiceListOption, choiceOption } from '../option-values'
import { writeOutput, type Chunks } from '../output'
import { applyOverrides } from '../overrides'
import { runSimulation } from '../run-simulation'

export const COMPARE_HELP = `Usage: schedlab compare FILE --policies P1,P2,... [--format json|text|csv] [--out PATH]

Runs the scenario in FILE (- reads standard input) once per policy and prints each run's
summary. Scheduler settings the policy understands carry over from the scenario (rr and
priority keep its quantum); the others take their defaults.

Options:
  --policies LIST   comma-separated policies: ${POLICY_NAMES.join(', ')}
  --format F        json (default), text (a table) or csv (one row per policy)
  --out PATH        write to PATH (atomically) instead of standard output
${GUARD_HELP}`

const FORMATS = ['json', 'text', 'csv'] as const

function render(c: Comparison, format: (typeof FORMATS)[number]): Chunks {
  if (format === 'text') return compareText(c)
  if (format === 'csv') return compareCsv(c)
  return compareJson(c)
}

export async function compareCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    name: 'compare',
    options: ['policies', 'format', 'out', ...GUARD_OPTIONS],
    positionals: ['FILE']
  })
  if (args.help) return printHelp(COMPARE_HELP)
  const raw = args.options.get('policies')
  if (raw === undefined)
    throw new UsageError(
      `--policies: required, e.g. --policies ${POLICY_NAMES.slice(0, 3).join(',')}`
    )
  const policies: PolicyName[] = choiceListOption('policies', raw, POLICY_NAMES)
  const format = choiceOption('format', args.options.get('format') ?? 'json', FORMATS)
  const guards = guardOverrides((name) => args.options.get(name))
  const { scenario: loaded, label } = await loadScenario(args.positionals[0])
  const scenario = singleMachine(loaded, 'schedlab compare')
  warnClamped(scenario, guards, `schedlab compare ${label}`)
  // Validate every variant before running any, so a bad one fails fast.
  const variants = policies.map((policy) => applyOverrides(scenario, { policy }, label))
  const results: CompareEntry[] = variants.map((s) => {
    // Summaries only: no trace is recorded.
    const r = runSimulation(s, {
      label: `schedlab compare ${label} [${s.scheduler.policy}]`,
      guards,
      trace: false
    })
    const entry: CompareEntry = {
      policy: r.policy,
      scheduler: { ...s.scheduler },
      status: r.status,
      makespan: r.makespan,
      summary: r.summary
    }
    if (r.limit) entry.limit = r.limit
    const { coroutines, locks } = concurrencySummary(r)
    if (coroutines) entry.coroutines = coroutines
    if (locks) entry.locks = locks
    return entry
  })
  const comparison: Comparison = {
    schedlab: SCHEDLAB_VERSION,
    scenario: scenario.name,
    timeUnit: scenario.timeUnit,
    results
  }
  await writeOutput(render(comparison, format), args.options.get('out'))
  return 0
}
