// A small optparse-alike for the OSTEP simulators' flags: `-q 3`, `-q3`, `--quantum=3`.

export class OstepUsageError extends Error {}

export interface FlagSpec {
  /** Short flag ("-q") and optional long name ("--quantum"). */
  short: string
  long?: string
  /** Takes a value (else a boolean switch). */
  value: boolean
}

export type ParsedFlags = Map<string, string | true>

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParsedFlags {
  const out: ParsedFlags = new Map()
  const byShort = new Map(specs.map((s) => [s.short, s]))
  const byLong = new Map(specs.filter((s) => s.long).map((s) => [s.long as string, s]))
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    let spec: FlagSpec | undefined
    let inline: string | undefined
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      spec = byLong.get(eq >= 0 ? a.slice(0, eq) : a)
      if (eq >= 0) inline = a.slice(eq + 1)
    } else if (a.startsWith('-') && a.length >= 2) {
      spec = byShort.get(a.slice(0, 2))
      if (a.length > 2) inline = a.slice(2)
    }
    if (!spec) throw new OstepUsageError(`unknown option ${a}`)
    // Short switches cluster as optparse allows: `-cp` is `-c -p`, and in `-cq3` the -q takes
    // the rest ("3") as its value.
    while (!spec.value && inline !== undefined && !a.startsWith('--')) {
      out.set(spec.short, true)
      const next: FlagSpec | undefined = byShort.get(`-${inline[0]}`)
      if (!next) throw new OstepUsageError(`unknown option -${inline[0]} in ${a}`)
      spec = next
      inline = inline.length > 1 ? inline.slice(1) : undefined
    }
    if (!spec.value) {
      if (inline !== undefined) throw new OstepUsageError(`${spec.short} takes no value`)
      out.set(spec.short, true)
      continue
    }
    const v = inline ?? argv[++i]
    if (v === undefined) throw new OstepUsageError(`${spec.short} needs a value`)
    out.set(spec.short, v)
  }
  return out
}

export function intFlag(flags: ParsedFlags, short: string, fallback: number, min = 0): number {
  const v = flags.get(short)
  if (v === undefined) return fallback
  if (v === true || !/^-?\d+$/.test(v))
    throw new OstepUsageError(`${short}: expected an integer, got "${String(v)}"`)
  const n = Number(v)
  if (n < min)
    throw new OstepUsageError(`${short}: expected an integer of at least ${min}, got ${n}`)
  return n
}

export function strFlag(flags: ParsedFlags, short: string, fallback: string): string {
  const v = flags.get(short)
  return v === undefined || v === true ? fallback : v
}

export function intList(text: string, what: string, min = 0): number[] {
  return text.split(',').map((part) => {
    if (!/^\s*-?\d+\s*$/.test(part))
      throw new OstepUsageError(`${what}: expected integers separated by commas, got "${part}"`)
    const n = Number(part)
    if (n < min)
      throw new OstepUsageError(`${what}: expected integers of at least ${min}, got ${n}`)
    return n
  })
}
