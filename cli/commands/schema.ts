// `schedlab schema`: the JSON Schema of the scenario format, for editors and other tools.
import { scenarioJsonSchema } from '../../sim-core'
import { parseArgs } from '../args'
import { printHelp } from '../command-help'
import { writeOutput } from '../output'

export const SCHEMA_HELP = `Usage: schedlab schema [--out PATH]

Prints the JSON Schema (draft 2020-12) of the scenario format. Point a scenario's "$schema"
at the saved file and editors complete and check it as you type.
`

export async function schemaCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { name: 'schema', options: ['out'], positionals: [] })
  if (args.help) return printHelp(SCHEMA_HELP)
  await writeOutput([JSON.stringify(scenarioJsonSchema(), null, 2) + '\n'], args.options.get('out'))
  return 0
}
