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
  defaultMaxEvents: 50_000_000
} as const
