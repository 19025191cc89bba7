// The generator dialog's form: text fields → GenerateOptions, the problems sim-core's own
// checkGenerateOptions finds (keyed by option), and the equivalent `schedlab generate` command.
import {
  checkGenerateOptions,
  type GenerateOptions,
  type PolicyName
} from '../../../../sim-core/index'

export interface GenerateForm {
  processes: string
  threads: string
  ioRatio: string
  arrivalSpread: string
  seed: string
  cores: string
  policy: string
}

export const DEFAULT_FORM: GenerateForm = {
  processes: '4',
  threads: '2',
  ioRatio: '0.3',
  arrivalSpread: '40',
  seed: '1',
  cores: '2',
  policy: 'rr'
}

type NumericKey = Exclude<keyof GenerateOptions, 'policy'>

export function readForm(form: GenerateForm): {
  options: GenerateOptions | null
  problems: Partial<Record<keyof GenerateOptions, string>>
} {
  const problems: Partial<Record<keyof GenerateOptions, string>> = {}
  const num = (key: NumericKey): number | undefined => {
    const text = form[key].trim()
    if (text === '') return undefined
    const n = Number(text)
    if (!Number.isFinite(n)) problems[key] = `expected a number, got ${JSON.stringify(text)}`
    return n
  }
  const processes = num('processes')
  if (processes === undefined) problems.processes = 'required'
  const options: GenerateOptions = {
    processes: processes ?? 0,
    threads: num('threads'),
    ioRatio: num('ioRatio'),
    arrivalSpread: num('arrivalSpread'),
    seed: num('seed'),
    cores: num('cores'),
    policy: form.policy as PolicyName
  }
  if (Object.keys(problems).length === 0) {
    for (const p of checkGenerateOptions(options)) problems[p.option] ??= p.message
  }
  return { options: Object.keys(problems).length === 0 ? options : null, problems }
}

const FLAGS: Record<keyof GenerateOptions, string> = {
  processes: '--processes',
  threads: '--threads',
  ioRatio: '--io-ratio',
  arrivalSpread: '--arrival-spread',
  seed: '--seed',
  cores: '--cores',
  policy: '--policy'
}

/** The CLI command that writes the same scenario. */
export function commandLine(o: GenerateOptions): string {
  const parts = ['schedlab generate']
  for (const key of Object.keys(FLAGS) as (keyof GenerateOptions)[]) {
    const v = o[key]
    if (v !== undefined) parts.push(`${FLAGS[key]} ${v}`)
  }
  return parts.join(' ')
}
