// Message latency between nodes. A link's latency applies in both directions (a link is a cable,
// not a one-way street); pairs without a link, and the outside world, use the default latency.
// Bandwidth contention is not modelled: every message takes exactly its link's latency.

export interface NetworkSpec {
  latency: number
  links?: readonly { from: string; to: string; latency: number }[]
}

/** The outside world (where `requests` come from and replies go back to). */
export const OUTSIDE = -1

export class Network {
  private readonly byPair = new Map<string, number>()

  constructor(
    private readonly spec: NetworkSpec,
    nodeIndex: (name: string) => number
  ) {
    for (const link of spec.links ?? []) {
      const a = nodeIndex(link.from)
      const b = nodeIndex(link.to)
      this.byPair.set(Network.key(a, b), link.latency)
      this.byPair.set(Network.key(b, a), link.latency)
    }
  }

  private static key(from: number, to: number): string {
    return `${from}>${to}`
  }

  /** Ticks a message from node `from` to node `to` takes (OUTSIDE for the outside world). */
  latency(from: number, to: number): number {
    if (from === to && from !== OUTSIDE) return 0
    return this.byPair.get(Network.key(from, to)) ?? this.spec.latency
  }
}
