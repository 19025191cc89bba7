// `schedlab trace FILE`: the schedule itself, segment by segment, as CSV or as a Chrome/Perfetto
// trace. A cluster's trace is its per-request records, and in Chrome form every node's cores too.
import { parseArgs } from '../args'
import { printHelp } from '../command-help'
import { clusterTraceChrome, clusterTraceCsv } from '../format/cluster-trace'
import { traceChrome } from '../format/trace-chrome'
import { traceCsv } from '../format/trace-csv'
import {
  GUARD_HELP,
  GUARD_OPTIONS,
  TRACE_GUARD_HELP,
  guardOverrides,
  warnClamped
} from '../guard-options'
import { loadScenario } from '../load-scenario'
import { choiceOption } from '../option-values'
import { writeOutput } from '../output'
import { runCluster } from '../run-cluster'
import { runSimulation } from '../run-simulation'

export const TRACE_HELP = `Usage: schedlab trace FILE [--format csv|chrome] [--out PATH]

Simulates the scenario in FILE (- reads standard input) and prints its trace.

Options:
  --format F        csv (default): one row per segment, the app's trace CSV: the codes
                    segStart,segEnd,segCpu,segTask,segKind,segReason,segCoroutine, then
                    thread,kind,reason,coroutine in words
                    chrome: Trace Event Format JSON, one track per core; open it in
                    https://ui.perfetto.dev or chrome://tracing (one tick = one microsecond)
                    On a cluster: csv is one row per request (caller, replica, node, handler
                    thread, arrival, queued, started, replied, done, failed, queueing,
                    serviceTime, latency); chrome has a process per node (its cores, and a
                    track per handler thread with the requests it served), a requests
                    process, and a flow arrow per request from its arrival to its handler
  --out PATH        write to PATH (atomically) instead of standard output
${GUARD_HELP}${TRACE_GUARD_HELP}`

const FORMATS = ['csv', 'chrome'] as const

export async function traceCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    name: 'trace',
    options: ['format', 'out', ...GUARD_OPTIONS],
    positionals: ['FILE']
  })
  if (args.help) return printHelp(TRACE_HELP)
  const format = choiceOption('format', args.options.get('format') ?? 'csv', FORMATS)
  const guards = guardOverrides((name) => args.options.get(name))
  const { scenario, label } = await loadScenario(args.positionals[0])
  warnClamped(scenario, guards, `schedlab trace ${label}`)
  if (scenario.nodes) {
    const cluster = runCluster(scenario, { label: `schedlab trace ${label}`, guards, trace: true })
    await writeOutput(
      format === 'chrome' ? clusterTraceChrome(cluster) : clusterTraceCsv(cluster),
      args.options.get('out')
    )
    return 0
  }
  const result = runSimulation(scenario, { label: `schedlab trace ${label}`, guards })
  await writeOutput(
    format === 'chrome' ? traceChrome(result) : traceCsv(result),
    args.options.get('out')
  )
  return 0
}
