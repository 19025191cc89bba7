// Threads are numbered as the engine numbers them, so result.threads[k] is the k-th thread the
// run lists. Results are keyed by that index; the "process/thread" id is only for display.
// One machine lists threads in declaration order, process by process. A cluster lists them node
// by node (sim-core/cluster/node-scenario.ts): each node's own processes in declaration order
// (a process without `node` is on the first node), then the handler threads of the service
// replicas placed on it, which have no place in the scenario's process list. A node may add
// threads at run time (an m:n hand-off runtime's extra kernel threads, at the end of its block),
// so where each node's block starts is taken from the run (result.cluster.nodes) when known.

interface Shape {
  processes: readonly { threads: readonly unknown[]; node?: string }[]
  nodes?: readonly { name: string }[]
  services?: readonly { replicas: readonly string[]; handler: { threads: number } }[]
}

/** Where each node's threads begin in the run (SimResult.cluster.nodes). */
export type NodeSpans = readonly { firstThread: number }[]

/** Where the run's k-th thread comes from: { p, t } of the scenario, or null for a handler thread. */
function runOrder(scenario: Shape, spans?: NodeSpans): ({ p: number; t: number } | null)[] {
  const order: ({ p: number; t: number } | null)[] = []
  const own = (p: number): void => {
    for (let t = 0; t < scenario.processes[p].threads.length; t++) order.push({ p, t })
  }
  const nodes = scenario.nodes ?? []
  if (nodes.length === 0) {
    scenario.processes.forEach((_, p) => own(p))
    return order
  }
  nodes.forEach((node, i) => {
    const first = spans?.[i]?.firstThread ?? order.length
    while (order.length < first) order.push(null)
    scenario.processes.forEach((process, p) => {
      if (process.node === undefined ? i === 0 : process.node === node.name) own(p)
    })
    for (const service of scenario.services ?? [])
      for (const replica of service.replicas)
        if (replica === node.name)
          for (let k = 0; k < service.handler.threads; k++) order.push(null)
  })
  return order
}

/** The index of thread `t` of process `p` in the run's threads, or -1 when there is none. */
export function threadIndex(scenario: Shape, p: number, t: number, spans?: NodeSpans): number {
  const process = scenario.processes[p]
  if (!process || t < 0 || t >= process.threads.length) return -1
  return runOrder(scenario, spans).findIndex((at) => at !== null && at.p === p && at.t === t)
}

/** Which scenario thread the run's thread `k` is ({ p, t }), or null for a handler or an index past them. */
export function threadAt(
  scenario: Shape,
  k: number,
  spans?: NodeSpans
): { p: number; t: number } | null {
  if (k < 0) return null
  return runOrder(scenario, spans)[k] ?? null
}
