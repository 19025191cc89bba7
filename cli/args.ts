// Command-line parsing shared by every subcommand: `--name value`, `--name=value`, positionals,
// `-` as a positional (standard input) and `--` to end the options. Every option of SchedLab
// takes a value unless its command declares it a switch (`sweep --resume`), so nothing else
// needs guessing about.
import { UsageError } from './errors'

export interface CommandSpec {
  /** The subcommand, as typed: `run`. */
  name: string
  /** Options that take a value, without the leading `--`. */
  options: readonly string[]
  /** Of those, the ones that may be given several times (`--set a=1 --set b=2`). */
  repeatable?: readonly string[]
  /** Options that take no value (`--resume`). */
  switches?: readonly string[]
  /** Names of the required positional arguments, in order (shown in messages). */
  positionals: readonly string[]
}

export interface ParsedArgs {
  /** Option values by name (without `--`); a repeatable option holds its last value here. */
  options: ReadonlyMap<string, string>
  /** Every value of each repeatable option given, in order. */
  repeated: ReadonlyMap<string, readonly string[]>
  /** The switches given. */
  switches: ReadonlySet<string>
  positionals: readonly string[]
  /** `--help` or `-h` was given: the command prints its usage and does nothing else. */
  help: boolean
}

const POSITIONAL_HINTS: Record<string, string> = {
  FILE: 'a scenario file, or - for standard input'
}

export function parseArgs(args: readonly string[], spec: CommandSpec): ParsedArgs {
  const options = new Map<string, string>()
  const repeated = new Map<string, string[]>()
  const switches = new Set<string>()
  const positionals: string[] = []
  let help = false
  let onlyPositionals = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg)
      continue
    }
    if (arg === '--') {
      onlyPositionals = true
      continue
    }
    if (arg === '--help' || arg === '-h') {
      help = true
      continue
    }
    if (!arg.startsWith('--'))
      throw new UsageError(`${arg}: unknown option (options are spelled --name)`)
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq >= 0 ? eq : undefined)
    if (spec.switches?.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name}: takes no value`)
      if (switches.has(name)) throw new UsageError(`--${name}: given more than once`)
      switches.add(name)
      continue
    }
    if (!spec.options.includes(name)) {
      const known = [...spec.options, ...(spec.switches ?? [])].map((o) => `--${o}`).join(', ')
      throw new UsageError(
        `--${name}: unknown option for 'schedlab ${spec.name}'` +
          (known ? ` (it takes ${known})` : ' (it takes no options)')
      )
    }
    const repeatable = spec.repeatable?.includes(name) ?? false
    if (options.has(name) && !repeatable) throw new UsageError(`--${name}: given more than once`)
    let value: string | undefined
    if (eq >= 0) value = arg.slice(eq + 1)
    else {
      // A following `--word` is the next option, not this one's value; `-4` still is a value,
      // so that `--quantum -4` is reported as a bad number rather than as a missing one.
      const next = args[i + 1]
      if (next !== undefined && !next.startsWith('--')) {
        value = next
        i++
      }
    }
    if (value === undefined) throw new UsageError(`--${name}: expected a value`)
    options.set(name, value)
    if (repeatable) repeated.set(name, [...(repeated.get(name) ?? []), value])
  }
  if (!help) checkPositionals(positionals, spec)
  return { options, repeated, switches, positionals, help }
}

function checkPositionals(positionals: readonly string[], spec: CommandSpec): void {
  if (positionals.length < spec.positionals.length) {
    const missing = spec.positionals[positionals.length]
    const hint = POSITIONAL_HINTS[missing]
    throw new UsageError(`missing ${missing}${hint ? ` (${hint})` : ''}`)
  }
  if (positionals.length > spec.positionals.length) {
    const extra = positionals[spec.positionals.length]
    throw new UsageError(`unexpected argument ${JSON.stringify(extra)}`)
  }
}
