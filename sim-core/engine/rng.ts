// Seeded random sources (mulberry32): every random choice derives from the scenario's seed, so
// the same scenario gives the same result. Each subsystem draws from its own stream, so a change
// in one (say, work stealing drawing a victim) never shifts another's draws (say, a lottery's).
export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1)
  }
}

/**
 * The seed of stream `k` of a run: `seed` itself for stream 0 (so the M:N runtime, the one user
 * of randomness before streams existed, draws exactly as before), else murmur3's 32-bit
 * finalizer of seed XOR k * 0x9e3779b9 (the golden-ratio increment): well-mixed, distinct
 * streams for nearby seeds and stream numbers.
 */
export function streamSeed(seed: number, k: number): number {
  if (k === 0) return seed >>> 0
  let h = (seed ^ Math.imul(k, 0x9e3779b9)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** One stream per subsystem; the numbers are part of the format (changing one changes results). */
/** network: a cluster's request arrivals (poisson) and two-choices draws (a new stream shifts no other). */
export const STREAM = { runtime: 0, policy: 1, workload: 2, network: 3 } as const

export interface RngStreams {
  readonly runtime: Rng
  readonly policy: Rng
  readonly workload: Rng
  readonly network: Rng
}

export function rngStreams(seed: number): RngStreams {
  return {
    runtime: new Rng(streamSeed(seed, STREAM.runtime)),
    policy: new Rng(streamSeed(seed, STREAM.policy)),
    workload: new Rng(streamSeed(seed, STREAM.workload)),
    network: new Rng(streamSeed(seed, STREAM.network))
  }
}
