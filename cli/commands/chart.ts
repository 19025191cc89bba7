// `schedlab chart FILE --kind utilization|gantt|compare|latency --out PATH.svg [--width W
// --height H] [--policies a,b]`: the app's charts, headless, as standalone SVG (no browser, no
// React). A cluster (a file with `nodes`) is charted per node and by request latency.
// Exit 2 on a bad command line or scenario, 3 when a file cannot be read or written.
import { POLICY_NAMES, SCHEDLAB_VERSION, type PolicyName, type Scenario } from '../../sim-core'
import { parseArgs } from '../args'
import { CLUSTER_FIGURES, compareSvg } from '../chart/compare-svg'
import { ganttHeight, ganttLegend, ganttSvg, threadColors } from '../chart/gantt-svg'
import { latencySvg } from '../chart/latency-svg'
import { nodeUtilizationSvg } from '../chart/node-utilization-svg'
import { utilizationSvg } from '../chart/utilization-svg'
import { printHelp } from '../command-help'
import { reportError } from '../report-error'
import { UsageError } from '../errors'
import {
  GUARD_HELP,
  GUARD_OPTIONS,
  TRACE_GUARD_HELP,
  guardOverrides,
  warnClamped
} from '../guard-options'
import { loadScenario } from '../load-scenario'
import { choiceListOption, choiceOption, intOption } from '../option-values'
import { writeOutput } from '../output'
import { applyOverrides } from '../overrides'
import { runSimulation } from '../run-simulation'

export const CHART_HELP = `Usage: schedlab chart FILE --kind utilization|gantt|compare|latency
                      [--out PATH.svg] [--width W] [--height H] [--policies P1,P2,...]

Runs the scenario in FILE (- reads standard input) and draws a chart as a standalone SVG file
(fonts and colours inlined; opens in browsers and Inkscape).

Options:
  --kind K          utilization  busy / overhead / idle over time, all cores stacked
                    gantt        the schedule: one lane per core
                    compare      grouped bars of makespan and average times, one bar per policy
                    latency      a cluster's request latency: histogram with p50, p95, p99 marked
                  On a cluster (a file with "nodes"): utilization has a line per node (the busy
                  share of its cores), gantt a lane per core of every node, compare the request
                  latency (mean, p50, p95, p99) per policy
  --out PATH        write the SVG to PATH (atomically); without it, to standard output
  --width W         width in pixels (default 960; 320 to 8000)
  --height H        height in pixels (default 540, gantt: fits the cores; 200 to 8000)
  --policies LIST   with --kind compare: comma-separated policies (default: all of
                    ${POLICY_NAMES.join(', ')})
${GUARD_HELP}${TRACE_GUARD_HELP}`

const KINDS = ['utilization', 'gantt', 'compare', 'latency'] as const

function variantLabel(s: Scenario['scheduler']): string {
  return 'quantum' in s && s.quantum !== undefined ? `${s.policy} q=${s.quantum}` : s.policy
}

async function chart(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    name: 'chart',
    options: ['kind', 'out', 'width', 'height', 'policies', ...GUARD_OPTIONS],
    positionals: ['FILE']
  })
  if (args.help) return printHelp(CHART_HELP)
  const rawKind = args.options.get('kind')
  if (rawKind === undefined) throw new UsageError(`--kind: required (${KINDS.join(', ')})`)
  const kind = choiceOption('kind', rawKind, KINDS)
  const width = intOption('width', args.options.get('width') ?? '960', 320, 8000)
  const rawHeight = args.options.get('height')
  const height = rawHeight === undefined ? undefined : intOption('height', rawHeight, 200, 8000)
  // The chart is SVG only: a .png name would give a file that no image viewer opens as PNG.
  const out = args.options.get('out')
  if (out !== undefined && out !== '-' && !/\.svg$/i.test(out))
    throw new UsageError(
      `--out: charts are written as SVG; name the file .svg (got "${out}"). For a PNG, export it from the app, or convert the SVG (e.g. rsvg-convert, inkscape)`
    )
  const rawPolicies = args.options.get('policies')
  if (rawPolicies !== undefined && kind !== 'compare')
    throw new UsageError('--policies: only with --kind compare')
  const policies: PolicyName[] =
    rawPolicies === undefined
      ? [...POLICY_NAMES]
      : choiceListOption('policies', rawPolicies, POLICY_NAMES)

  const guards = guardOverrides((name) => args.options.get(name))
  const { scenario, label } = await loadScenario(args.positionals[0])
  const cluster = scenario.nodes !== undefined
  if (kind === 'latency' && !cluster)
    throw new UsageError(
      '--kind latency: draws request latency, which only a cluster has (a scenario with "nodes", "services" and "requests"); for one machine use utilization, gantt or compare'
    )
  warnClamped(scenario, guards, `schedlab chart ${label}`)
  // The compare and latency charts draw summaries and requests: their runs record no trace.
  const run = (s: Scenario) =>
    runSimulation(s, {
      label: `schedlab chart ${label} [${s.scheduler.policy}]`,
      guards,
      trace: kind !== 'compare' && kind !== 'latency'
    })
  let svg: string
  if (kind === 'compare') {
    const variants = policies.map((policy) => applyOverrides(scenario, { policy }, label))
    const entries = variants.map((s) => ({ label: variantLabel(s.scheduler), result: run(s) }))
    const size = { width, height: height ?? 540 }
    svg = cluster
      ? compareSvg(
          entries,
          scenario.name,
          scenario.timeUnit,
          { ...size, title: 'Compare: request latency' },
          CLUSTER_FIGURES
        )
      : compareSvg(entries, scenario.name, scenario.timeUnit, size)
  } else {
    const result = run(scenario)
    const nodes = result.cluster ? `${result.cluster.nodes.length} nodes, ` : ''
    const subtitle = `${scenario.name} · ${variantLabel(scenario.scheduler)} · ${nodes}${result.cores.length} core${result.cores.length === 1 ? '' : 's'}`
    if (kind === 'latency') svg = latencySvg(result, { width, height: height ?? 540, subtitle })
    else if (kind === 'utilization' && cluster)
      svg = nodeUtilizationSvg(result, { width, height: height ?? 540, subtitle })
    else if (kind === 'utilization')
      svg = utilizationSvg(result, { width, height: height ?? 540, subtitle })
    else {
      const auto = ganttHeight(
        result.cores.length,
        width,
        ganttLegend(result, threadColors(result)).length
      )
      svg = ganttSvg(result, { width, height: height ?? Math.min(8000, auto), subtitle })
    }
  }
  // No "--" inside an XML comment: it would make the file unparseable.
  const comment = `<!-- made with schedlab ${SCHEDLAB_VERSION}: chart, kind ${kind} -->\n`
  await writeOutput([svg.replace('\n', '\n' + comment)], out)
  return 0
}

/**
 * The command. Failures are reported by main's reporter here too, so the command behaves the
 * same called directly (tests) or through main.
 */
export async function chartCommand(argv: string[]): Promise<number> {
  try {
    return await chart(argv)
  } catch (e) {
    return reportError(e, 'chart')
  }
}
