// `schedlab generate`: a random but seeded workload, written as a scenario file. The generator is
// sim-core's generateScenario, the same function the app's generator dialog calls.
import {
  LIMITS,
  POLICY_NAMES,
  checkGenerateOptions,
  generateScenario,
  parseScenario,
  problemToString,
  type GenerateOptions
} from '../../sim-core'
import { parseArgs } from '../args'
import { printHelp } from '../command-help'
import { UsageError } from '../errors'
import { layoutJson } from '../format/json-layout'
import { choiceOption, fractionOption, intOption, positiveIntOption } from '../option-values'
import { writeOutput } from '../output'

export const GENERATE_HELP = `Usage: schedlab generate --processes N [options]

Writes a random scenario. The same options and seed always give the same file.

Options:
  --processes N       number of processes (required)
  --threads M         threads in each process (default 1)
  --io-ratio R        expected share of each thread's time spent in I/O, 0 to 1 (default 0.3):
                      0 = CPU-bound threads, 1 = almost only I/O
  --arrival-spread T  processes arrive at random ticks from 0 to T (default 10 x processes)
  --seed S            random seed, 0 to 4294967295 (default 1); also the scenario's seed
  --cores C           cores of the machine (default 1)
  --policy P          scheduling policy (default rr): ${POLICY_NAMES.join(', ')}
  --out PATH          write to PATH (atomically) instead of standard output
`

/** The command-line flag of each generator option, so a problem names what the user typed. */
const FLAG_OF: Record<keyof GenerateOptions, string> = {
  processes: 'processes',
  threads: 'threads',
  ioRatio: 'io-ratio',
  arrivalSpread: 'arrival-spread',
  seed: 'seed',
  cores: 'cores',
  policy: 'policy'
}

function readOptions(get: (flag: string) => string | undefined): GenerateOptions {
  const processes = get('processes')
  if (processes === undefined) throw new UsageError('--processes: required, e.g. --processes 10')
  const int = (flag: string) => {
    const v = get(flag)
    return v === undefined ? undefined : intOption(flag, v, 0, Number.MAX_SAFE_INTEGER)
  }
  const ioRatio = get('io-ratio')
  const policy = get('policy')
  const options: GenerateOptions = {
    processes: positiveIntOption('processes', processes),
    threads: int('threads'),
    ioRatio: ioRatio === undefined ? undefined : fractionOption('io-ratio', ioRatio),
    arrivalSpread: int('arrival-spread'),
    seed: int('seed'),
    cores: int('cores'),
    policy: policy === undefined ? undefined : choiceOption('policy', policy, POLICY_NAMES)
  }
  // Ranges (and the thread total) are the generator's to judge; report them with our flag names.
  const [problem] = checkGenerateOptions(options)
  if (problem) throw new UsageError(`--${FLAG_OF[problem.option]}: ${problem.message}`)
  return options
}

export async function generateCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    name: 'generate',
    options: [...Object.values(FLAG_OF), 'out'],
    positionals: []
  })
  if (args.help) return printHelp(GENERATE_HELP)
  const options = readOptions((flag) => args.options.get(flag))
  const text = layoutJson(generateScenario(options))
  if (text.length > LIMITS.maxFileBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(1)
    throw new UsageError(
      `--processes: the scenario would be ${mb(text.length)} MB, more than the ${mb(LIMITS.maxFileBytes)} MB a scenario file may have; ask for fewer processes or threads`
    )
  }
  // The generator promises a valid scenario; a failure here is a bug, reported as one (exit 1).
  const check = parseScenario(text)
  if (!check.ok)
    throw new Error(
      `the generator made an invalid scenario: ${check.problems.map(problemToString).join('; ')}`
    )
  await writeOutput([text], args.options.get('out'))
  return 0
}
