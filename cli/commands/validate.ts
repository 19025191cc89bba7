// `schedlab validate FILE`: check a scenario without running it.
import { parseArgs } from '../args'
import { printHelp } from '../command-help'
import { countOf } from '../format/numbers'
import { visible } from '../format/visible'
import { warnClamped } from '../guard-options'
import { loadScenario } from '../load-scenario'

export const VALIDATE_HELP = `Usage: schedlab validate FILE

Checks the scenario in FILE (- reads standard input). Prints
"ok: NAME (N processes, M threads)" and exits 0 when it is valid; otherwise prints one
"path: message" line per problem on standard error and exits 2. A limit above the run's
default guard is valid but lowered when the scenario runs: validate warns on standard error.
`

export async function validateCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { name: 'validate', options: [], positionals: ['FILE'] })
  if (args.help) return printHelp(VALIDATE_HELP)
  const { scenario, label } = await loadScenario(args.positionals[0])
  warnClamped(scenario, {}, `schedlab validate ${label}`)
  const processes = scenario.processes.length
  const threads = scenario.processes.reduce((n, p) => n + p.threads.length, 0)
  process.stdout.write(
    `ok: ${visible(scenario.name)} (${countOf(processes, 'process', 'processes')}, ${countOf(threads, 'thread')})\n`
  )
  return 0
}
