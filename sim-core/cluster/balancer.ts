// How a service spreads requests over its replicas. Every balancer skips replicas on a node that
// is down (fail-over); when every replica is down it returns -1 and the request fails.
import type { Rng } from '../engine/rng'

export type BalancerKind = 'round-robin' | 'least-outstanding' | 'two-choices'

/** What a balancer may look at: per replica, whether its node is up and its requests in flight. */
export interface ReplicaView {
  readonly count: number
  isUp(replica: number): boolean
  inFlight(replica: number): number
}

export interface Balancer {
  /** The replica for the next request, or -1 when none is up. */
  pick(view: ReplicaView): number
}

/** Next up replica after the previous pick, wrapping around. */
function roundRobin(): Balancer {
  let next = 0
  return {
    pick(view) {
      for (let k = 0; k < view.count; k++) {
        const r = (next + k) % view.count
        if (view.isUp(r)) {
          next = (r + 1) % view.count
          return r
        }
      }
      return -1
    }
  }
}

/** Fewest requests in flight; ties go to the lowest replica index (deterministic, documented). */
function leastOutstanding(): Balancer {
  return {
    pick(view) {
      let best = -1
      for (let r = 0; r < view.count; r++) {
        if (!view.isUp(r)) continue
        if (best < 0 || view.inFlight(r) < view.inFlight(best)) best = r
      }
      return best
    }
  }
}

/**
 * "The power of two choices": two distinct up replicas drawn from the seed, the one with fewer
 * requests in flight wins (a tie keeps the first drawn). One up replica is picked without a draw.
 */
function twoChoices(rng: Rng): Balancer {
  return {
    pick(view) {
      const up: number[] = []
      for (let r = 0; r < view.count; r++) if (view.isUp(r)) up.push(r)
      if (up.length === 0) return -1
      if (up.length === 1) return up[0]
      const i = rng.below(up.length)
      let j = rng.below(up.length - 1)
      if (j >= i) j++
      const a = up[i]
      const b = up[j]
      return view.inFlight(b) < view.inFlight(a) ? b : a
    }
  }
}

export function createBalancer(kind: BalancerKind, rng: Rng): Balancer {
  switch (kind) {
    case 'round-robin':
      return roundRobin()
    case 'least-outstanding':
      return leastOutstanding()
    case 'two-choices':
      return twoChoices(rng)
  }
}
