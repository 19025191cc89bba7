// `schedlab compare FILE --policies a,b,c [--set PATH=V1,V2]`: the same scenario under several
// policies and --set values, one summary each. Only the policy changes: every other scheduler
// setting the new policy understands carries over (see overrides.ts), so rr and priority keep the
// scenario's quantum. A cluster is compared on its request figures (latency, failures).
import {
  buildClusterResult,
  concurrencySummary,
  POLICY_NAMES,
  SCHEDLAB_VERSION,
  type PolicyName,
  type Scenario,
  type SetValue
} from '../../sim-core'
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
import {
  checkSetPaths,
  parseCompareSets,
  scenarioWith,
  setCombinations,
  type CompareSet
} from '../compare-sets'
import {
  clusterCompareCsv,
  clusterCompareJson,
  clusterCompareText,
  type ClusterCompareEntry,
  type ClusterComparison
} from '../format/cluster-compare-format'
import { loadScenario } from '../load-scenario'
import { choiceListOption, choiceOption } from '../option-values'
import { writeOutput, type Chunks } from '../output'
import { applyOverrides } from '../overrides'
import { runCluster } from '../run-cluster'
import { runSimulation } from '../run-simulation'

export const COMPARE_HELP = `Usage: schedlab compare FILE [--policies P1,P2,...] [--set PATH=V1,V2,... ...]
                        [--format json|text|csv] [--out PATH]

Runs the scenario in FILE (- reads standard input) once per policy and --set value (every
combination) and prints each run's summary; a cluster's summary is its request latency.
Scheduler settings the policy understands carry over from the scenario (rr and priority keep
its quantum); the others take their defaults.

Options:
  --policies LIST   comma-separated policies: ${POLICY_NAMES.join(', ')}
                    (default: the scenario's; required without --set)
  --set PATH=V1,V2  values for a field, e.g. services[0].balancer=round-robin,two-choices or
                    services[0].replicas=[n0],[n0,n1],[n0,n1,n2,n3] (may be repeated)
  --format F        json (default), text (a table) or csv (one row per policy)
  --out PATH        write to PATH (atomically) instead of standard output
${GUARD_HELP}`

const FORMATS = ['json', 'text', 'csv'] as const

function render(c: Comparison, format: (typeof FORMATS)[number]): Chunks {
  if (format === 'text') return compareText(c)
  if (format === 'csv') return compareCsv(c)
  return compareJson(c)
}

type Format = (typeof FORMATS)[number]

function renderCluster(c: ClusterComparison, format: Format): Chunks {
  if (format === 'text') return clusterCompareText(c)
  if (format === 'csv') return clusterCompareCsv(c)
  return clusterCompareJson(c)
}

interface Variant {
  scenario: Scenario
  set: Record<string, SetValue>
  /** `[rr services[0].balancer=two-choices]`: names the run in messages. */
  tag: string
}

/** Every policy × every combination of --set values, each validated before any runs. */
function variants(
  scenario: Scenario,
  policies: readonly PolicyName[] | null,
  sets: readonly CompareSet[],
  label: string
): Variant[] {
  const out: Variant[] = []
  for (const policy of policies ?? [null]) {
    const moved = policy === null ? scenario : applyOverrides(scenario, { policy }, label)
    for (const values of setCombinations(sets)) {
      const s = scenarioWith(moved, sets, values, label)
      const set = Object.fromEntries(sets.map((d, i) => [d.path, values[i]]))
      const tag = [
        s.scheduler.policy,
        ...sets.map((d, i) => `${d.path}=${JSON.stringify(values[i])}`)
      ]
      out.push({ scenario: s, set, tag: `[${tag.join(' ')}]` })
    }
  }
  return out
}

export async function compareCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    name: 'compare',
    options: ['policies', 'set', 'format', 'out', ...GUARD_OPTIONS],
    repeatable: ['set'],
    positionals: ['FILE']
  })
  if (args.help) return printHelp(COMPARE_HELP)
  const raw = args.options.get('policies')
  const sets = parseCompareSets(args.repeated.get('set') ?? [])
  if (raw === undefined && sets.length === 0)
    throw new UsageError(
      `--policies: required without --set, e.g. --policies ${POLICY_NAMES.slice(0, 3).join(',')}`
    )
  const policies: PolicyName[] | null =
    raw === undefined ? null : choiceListOption('policies', raw, POLICY_NAMES)
  const format = choiceOption('format', args.options.get('format') ?? 'json', FORMATS)
  const guards = guardOverrides((name) => args.options.get(name))
  const { scenario, label } = await loadScenario(args.positionals[0])
  checkSetPaths(scenario, sets)
  warnClamped(scenario, guards, `schedlab compare ${label}`)
  // Validate every variant before running any, so a bad one fails fast.
  const runs = variants(scenario, policies, sets, label)
  const paths = sets.map((d) => d.path)
  if (scenario.nodes) {
    const results: ClusterCompareEntry[] = runs.map((v) => {
      const cluster = runCluster(v.scenario, {
        label: `schedlab compare ${label} ${v.tag}`,
        guards,
        trace: false
      })
      const r = buildClusterResult(cluster)
      const entry: ClusterCompareEntry = {
        policy: v.scenario.scheduler.policy,
        set: v.set,
        status: r.status,
        makespan: r.makespan,
        requests: r.requests,
        utilization: Object.fromEntries(r.nodes.map((n) => [n.name, n.utilization]))
      }
      return entry
    })
    const comparison: ClusterComparison = {
      schedlab: SCHEDLAB_VERSION,
      scenario: scenario.name,
      timeUnit: scenario.timeUnit,
      paths,
      results
    }
    await writeOutput(renderCluster(comparison, format), args.options.get('out'))
    return 0
  }
  const results: CompareEntry[] = runs.map(({ scenario: s, set, tag }) => {
    // Summaries only: no trace is recorded.
    const r = runSimulation(s, {
      label: `schedlab compare ${label} ${tag}`,
      guards,
      trace: false
    })
    const entry: CompareEntry = {
      policy: r.policy,
      ...(sets.length > 0 ? { set } : {}),
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
    ...(sets.length > 0 ? { paths } : {}),
    results
  }
  await writeOutput(render(comparison, format), args.options.get('out'))
  return 0
}
