// The `schedlab` command: picks the subcommand and turns whatever it throws into a message and
// an exit code. No stack trace ever reaches the user (set SCHEDLAB_DEBUG=1 to see one for a bug).
import { isMainThread, workerData } from 'node:worker_threads'
import { ExitCode } from './errors'
import { visible } from './format/visible'
import { reportError } from './report-error'

export const USAGE = `schedlab — a laboratory for operating-system scheduling

Usage:
  schedlab run FILE [--policy P] [--quantum N] [--cores N] [--format json|text|csv] [--out PATH]
  schedlab trace FILE [--format csv|chrome] [--out PATH]
  schedlab compare FILE [--policies fcfs,rr,srtf] [--set PATH=V1,V2 ...] [--format json|text|csv] [--out PATH]
  schedlab chart FILE --kind utilization|gantt|compare|latency [--out PATH.svg] [--width W --height H]
  schedlab validate FILE
  schedlab generate --processes N [--threads M] [--io-ratio R] [--arrival-spread T] [--seed S]
                    [--cores C] [--policy P] [--out PATH]
  schedlab schema [--out PATH]
  schedlab ostep scheduler|mlfq|process-run|multi|lottery [OSTEP flags] [--json] [--save PATH]
  schedlab sweep FILE [--policies P,Q] [--cores 1,2,4] [--seeds 1-20] [--set PATH=V1,V2 ...]
                 [--jobs N] [--format csv|json] [--out PATH] [--resume] [--shard I/N]

FILE may be - to read standard input. 'schedlab COMMAND --help' describes a command.
Exit codes: 0 success, 1 a bug in SchedLab, 2 usage error or invalid scenario,
3 file-system error, 4 some cells of a sweep failed.
`

type Command = (args: string[]) => Promise<number>

// Loaded on demand: `schedlab --help` and typos answer at once, without loading the simulator.
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./commands/run')).runCommand,
  trace: async () => (await import('./commands/trace')).traceCommand,
  compare: async () => (await import('./commands/compare')).compareCommand,
  chart: async () => (await import('./commands/chart')).chartCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  generate: async () => (await import('./commands/generate')).generateCommand,
  schema: async () => (await import('./commands/schema')).schemaCommand,
  ostep: async () => (await import('./commands/ostep')).ostepCommand,
  sweep: async () => (await import('./commands/sweep')).sweepCommand
}

// A `schedlab sweep` worker thread starts on the CLI's entry file (bin/schedlab.mjs), which in a
// worker loads this module without calling main(): serve cells from here (cli/sweep/worker.ts).
if (!isMainThread && (workerData as { schedlabSweepWorker?: unknown } | null)?.schedlabSweepWorker)
  void import('./sweep/worker').then((w) => w.sweepWorker())

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE)
    return 0
  }
  if (command === '--version' || command === '-V') {
    const { SCHEDLAB_VERSION } = await import('../sim-core/version')
    process.stdout.write(`schedlab ${SCHEDLAB_VERSION}\n`)
    return 0
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
  if (!load) {
    process.stderr.write(
      `schedlab: unknown command '${visible(command)}'. Run 'schedlab --help' for usage.\n`
    )
    return ExitCode.usage
  }
  try {
    const run = await load()
    return await run(rest)
  } catch (e) {
    return reportError(e, command)
  }
}
