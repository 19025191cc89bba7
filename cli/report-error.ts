// Turns whatever a command threw into lines on stderr and an exit code. Expected failures
// (CliError) print their message; anything else is a bug and prints one line, never a stack
// trace (set SCHEDLAB_DEBUG=1 to get one).
import { CliError, ExitCode, ProblemsError, UsageError } from './errors'
import { visibleLines } from './format/visible'

export function reportError(
  e: unknown,
  command: string,
  writeRaw: (text: string) => void = (text) => void process.stderr.write(text)
): number {
  // Messages quote the file (names, unknown keys, the JSON parser's excerpt of the text): its
  // control characters are shown as escapes, never sent to the terminal.
  const write = (text: string) => writeRaw(visibleLines(text))
  const prefix = `schedlab${command ? ` ${command}` : ''}: `
  if (e instanceof ProblemsError) {
    // Exactly one `path: message` line per problem, so scripts and editors can parse them.
    for (const line of e.lines) write(line + '\n')
    return e.exitCode
  }
  if (e instanceof CliError) {
    for (const line of e.lines) write(prefix + line + '\n')
    if (e instanceof UsageError)
      write(`Run 'schedlab ${command ? `${command} ` : ''}--help' for usage.\n`)
    return e.exitCode
  }
  // Anything else is a bug in SchedLab; a PolicyViolation is the engine refusing an impossible
  // answer from a policy (or an op it cannot run yet). Either way: exit 1, one line, no stack.
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e)
  const what =
    e instanceof Error && e.name === 'PolicyViolation' ? 'the simulation failed' : 'internal error'
  write(
    `${prefix}${what}: ${message} (this is a bug in SchedLab; please report it with the scenario)\n`
  )
  if (process.env.SCHEDLAB_DEBUG && e instanceof Error && e.stack) writeRaw(e.stack + '\n')
  return ExitCode.internal
}
