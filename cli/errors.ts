// Expected failures of a command, each carrying its exit code and the lines to print. Anything
// else that is thrown is a bug in SchedLab and main.ts reports it as an internal error.

/** Exit codes are part of the public contract (SCENARIO.md §4). */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  invalid: 2,
  fileSystem: 3,
  /** `sweep`: every cell ran, but some failed (their rows say why). */
  cellsFailed: 4
} as const

export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    /** Printed one per line on stderr, as they are. */
    readonly lines: readonly string[]
  ) {
    super(lines.join('\n'))
    this.name = 'CliError'
  }
}

/** A bad command line: the message names the flag or argument at fault. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(ExitCode.usage, [message])
    this.name = 'UsageError'
  }
}

/** An invalid scenario: one `path: message` line per problem, nothing else, so tools can parse it. */
export class ProblemsError extends CliError {
  constructor(lines: readonly string[]) {
    super(ExitCode.invalid, lines)
    this.name = 'ProblemsError'
  }
}

/** A file could not be read or written. */
export class FileSystemError extends CliError {
  constructor(message: string) {
    super(ExitCode.fileSystem, [message])
    this.name = 'FileSystemError'
  }
}

/** A Node file-system error as a short phrase, without the stack or the syscall noise. */
export function describeFsError(e: unknown): string {
  const code = (e as { code?: unknown }).code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a directory'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    case 'ENOSPC':
      return 'no space left on the device'
    case 'EROFS':
      return 'the file system is read-only'
    case 'ELOOP':
      return 'too many levels of symbolic links'
    default:
      return e instanceof Error ? e.message.split('\n')[0] : String(e)
  }
}
