// Caps that keep a hostile or mistaken file from exhausting the machine (SECURITY.md, "Limits").
export const LIMITS = {
  /** Bytes of scenario text we agree to parse. */
  maxFileBytes: 16 * 1024 * 1024,
  /**
   * Arrays and objects inside one another, the document itself being level 1. A scenario needs
   * about 10 levels plus 2 per nested `repeat`; validation recurses, so the depth is checked first.
   */
  maxNesting: 64,
  maxThreads: 200_000,
  maxCoroutines: 1_000_000,
  /** Ops after `repeat` expansion, over the whole scenario. */
  maxExpandedOps: 100_000_000,
  /** Default guards for a run when the scenario sets none. */
  defaultMaxTime: 1_000_000_000_000,
  defaultMaxEvents: 50_000_000,
  /**
   * Trace segments a run may record before it stops with status `limit` (limit `maxTrace`). The
   * budget also admits 4 thread-state records and 1 scheduling decision per segment, so at most
   * 28 + 4 × 14 + 23 = 107 bytes per unit: 4,000,000 units are 428 MB of columns (capacity stops
   * at the budget, and the result views the columns rather than copying them). While a column
   * group grows, its old half is live too: at worst the states' 2·N·14 = 112 MB. With a Node
   * process's own ~100 MB that is about 640 MB, inside 1 GB.
   */
  defaultMaxTrace: 4_000_000,
  /**
   * Periodic job rows listed in a result; the rest are counted (result.jobsOmitted). The rows are
   * objects: 100,000 of them took most of a second to cross from the app's worker to the page.
   */
  maxJobRows: 10_000
} as const

/** The guards a run obeys. */
export interface Guards {
  maxTime: number
  maxEvents: number
  /** Trace segments before the run stops; ignored by a run that records no trace. */
  maxTrace: number
}

/** Guards set by the person running the scenario (the command line), which may exceed the defaults. */
export type GuardOverrides = Partial<Guards>

/** A scenario's own limit that asked for more than the run allows, and what it got. */
export interface ClampedLimit {
  field: 'maxTime' | 'maxEvents'
  asked: number
  allowed: number
}

export interface ResolvedGuards extends Guards {
  clamped: ClampedLimit[]
}

/**
 * The guards of a run. A file comes from anyone, so its `limits` may only lower them: each is
 * the smaller of the file's value and the run's own (the command line's, else the default).
 */
export function resolveGuards(
  limits: { maxTime?: number; maxEvents?: number } | undefined,
  overrides: GuardOverrides = {}
): ResolvedGuards {
  const clamped: ClampedLimit[] = []
  const pick = (field: ClampedLimit['field'], allowed: number): number => {
    const asked = limits?.[field]
    if (asked === undefined) return allowed
    if (asked > allowed) {
      clamped.push({ field, asked, allowed })
      return allowed
    }
    return asked
  }
  return {
    maxTime: pick('maxTime', overrides.maxTime ?? LIMITS.defaultMaxTime),
    maxEvents: pick('maxEvents', overrides.maxEvents ?? LIMITS.defaultMaxEvents),
    maxTrace: overrides.maxTrace ?? LIMITS.defaultMaxTrace,
    clamped
  }
}

/** "limits.maxEvents: 1000000000000 is above the run's guard of 50000000; the run stops at 50000000". */
export function clampedMessage(c: ClampedLimit): string {
  return `limits.${c.field}: ${c.asked} is above the run's guard of ${c.allowed}; a file may only lower it, so the run stops at ${c.allowed}`
}
