// `schedlab run FILE`: simulate a scenario and print the result as JSON, a text report or CSV.
import {
  POLICY_NAMES,
  buildClusterResult,
  requestRecords,
  type Scenario,
  type SimResult
} from '../../sim-core'
import { parseArgs } from '../args'
import { UsageError } from '../errors'
import { clusterCsv, clusterText } from '../format/cluster-format'
import { printHelp } from '../command-help'
import { resultCsv } from '../format/result-csv'
import { resultJsonObject } from '../format/result-json'
import { resultText } from '../format/result-text'
import { GUARD_HELP, GUARD_OPTIONS, guardOverrides, warnClamped } from '../guard-options'
import { loadScenario } from '../load-scenario'
import { choiceOption, positiveIntOption } from '../option-values'
import { writeOutput, type Chunks } from '../output'
import { applyOverrides } from '../overrides'
import { runCluster } from '../run-cluster'
import { runSimulation } from '../run-simulation'

export const RUN_HELP = `Usage: schedlab run FILE [options]

Simulates the scenario in FILE (- reads standard input) and prints the result.

Options:
  --policy P        run under policy P instead of the scenario's (${POLICY_NAMES.join(', ')})
  --quantum N       time slice in ticks (policies that have one: rr, priority)
  --cores N         number of cores (1 to 1024)
  --format F        json (default), text or csv (one row per thread; per request for a cluster)
  --out PATH        write to PATH (atomically) instead of standard output
${GUARD_HELP}`

const FORMATS = ['json', 'text', 'csv'] as const

function render(result: SimResult, format: (typeof FORMATS)[number]): Chunks {
  if (format === 'text') return resultText(result)
  if (format === 'csv') return resultCsv(result)
  return [JSON.stringify(resultJsonObject(result), null, 2) + '\n']
}

/** A cluster (a scenario with `nodes`): its request and node figures (docs/clusters.md). */
function renderCluster(
  scenario: Scenario,
  guards: ReturnType<typeof guardOverrides>,
  format: (typeof FORMATS)[number],
  label: string
): Chunks {
  const cluster = runCluster(scenario, { label, guards, trace: false })
  if (format === 'csv') return clusterCsv(requestRecords(cluster))
  const result = buildClusterResult(cluster)
  if (format === 'text') return clusterText(result)
  return [JSON.stringify(result, null, 2) + '\n']
}

export async function runCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    name: 'run',
    options: ['policy', 'quantum', 'cores', 'format', 'out', ...GUARD_OPTIONS],
    positionals: ['FILE']
  })
  if (args.help) return printHelp(RUN_HELP)
  const opt = (name: string) => args.options.get(name)
  // Check every option before touching the file, so a typo is reported without any I/O.
  const raw = { policy: opt('policy'), quantum: opt('quantum'), cores: opt('cores') }
  const overrides = {
    policy: raw.policy === undefined ? undefined : choiceOption('policy', raw.policy, POLICY_NAMES),
    quantum: raw.quantum === undefined ? undefined : positiveIntOption('quantum', raw.quantum),
    // The schema's upper bound is checked with the scenario, so the message names machine.cores.
    cores: raw.cores === undefined ? undefined : positiveIntOption('cores', raw.cores)
  }
  const format = choiceOption('format', opt('format') ?? 'json', FORMATS)
  const guards = guardOverrides(opt)
  const { scenario, label } = await loadScenario(args.positionals[0])
  // A cluster's nodes set their own cores; --policy and --quantum change the top-level
  // scheduler, which every node without its own uses.
  if (scenario.nodes && overrides.cores !== undefined)
    throw new UsageError('--cores: a cluster sets its cores per node (nodes[].machine.cores)')
  const effective = applyOverrides(scenario, overrides, label)
  warnClamped(effective, guards, `schedlab run ${label}`)
  if (effective.nodes) {
    await writeOutput(renderCluster(effective, guards, format, `schedlab run ${label}`), opt('out'))
    return 0
  }
  // No format of `run` prints the trace: record none, so memory stays flat however long it runs.
  const result = runSimulation(effective, { label: `schedlab run ${label}`, guards, trace: false })
  await writeOutput(render(result, format), opt('out'))
  return 0
}
