// The `schedlab` command: parses arguments and dispatches to one file per subcommand.
export const USAGE = `schedlab — a laboratory for operating-system scheduling

Usage:
  schedlab run FILE [--policy P] [--quantum N] [--cores N] [--format json|text|csv] [--out PATH]
  schedlab trace FILE [--format csv|chrome] [--out PATH]
  schedlab validate FILE
  schedlab generate --processes N [--threads M] [--io-ratio R] [--seed S] [--out PATH]
  schedlab schema
  schedlab ostep scheduler|mlfq|process-run [OSTEP flags] [--json] [--save PATH]

FILE may be - to read standard input.
Exit codes: 0 success, 2 usage error or invalid scenario, 3 file-system error.
`

export async function main(argv: string[]): Promise<number> {
  const [command] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE)
    return 0
  }
  process.stderr.write(`schedlab: unknown command '${command}'. Run 'schedlab --help' for usage.\n`)
  return 2
}
