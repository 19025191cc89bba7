// A cluster node as a one-machine scenario: the node's machine and scheduler (the top level's
// when it sets none), the processes placed on it (`node`, default the first node), and one
// process per service replica on it whose threads are the handler's threads, and per replica
// its inbox channel, after the scenario's channels. The Machine then runs it like any scenario;
// only the handler threads' end of ops differs (service-host.ts).
import type { NodeSpec, ProcessSpec, Scenario } from '../scenario/schema'

type ChannelSpec = NonNullable<Scenario['channels']>[number]

/**
 * An inbox's capacity: the largest a scenario's channel may have. The network does not wait, so
 * a request reaching a full inbox is lost (clusters.md, "The service inbox").
 */
export const INBOX_CAPACITY = 1_000_000

/** The inbox channel of the replica run by process `process`. */
export const inboxName = (process: string): string => `${process}.inbox`

export interface ReplicaOnNode {
  service: number
  /** Index into the service's replicas. */
  replica: number
}

export interface NodePlan {
  scenario: Scenario
  /** Processes of the scenario that are the node's own (the rest are replicas, in `replicas` order). */
  own: number
  replicas: ReplicaOnNode[]
  /** The channel index of the first replica's inbox in `scenario` (replica k's is firstInbox + k). */
  firstInbox: number
}

export function nodePlan(s: Scenario, node: NodeSpec, index: number): NodePlan {
  const own = s.processes.filter((p) => (p.node === undefined ? index === 0 : p.node === node.name))
  const replicas: ReplicaOnNode[] = []
  const handlers: ProcessSpec[] = []
  const taken = new Set(own.map((p) => p.name))
  ;(s.services ?? []).forEach((v, si) =>
    v.replicas.forEach((r, ri) => {
      if (r !== node.name) return
      // A process name per replica: the service's, or with the replica index when taken.
      const name = taken.has(v.name) ? `${v.name}-${ri}` : v.name
      taken.add(name)
      replicas.push({ service: si, replica: ri })
      handlers.push({
        name,
        arrival: 0,
        priority: 0,
        nice: 0,
        tickets: 100,
        threads: Array.from({ length: v.handler.threads }, (_, k) => ({
          name: `handler-${k}`,
          arrival: 0,
          ops: v.handler.ops
        }))
      })
    })
  )
  const declared = s.channels ?? []
  const inboxes: ChannelSpec[] = handlers.map((h) => ({
    name: inboxName(h.name),
    capacity: INBOX_CAPACITY
  }))
  const scenario: Scenario = {
    ...s,
    // A node without replicas keeps the scenario's channels as they are.
    channels: inboxes.length > 0 ? [...declared, ...inboxes] : s.channels,
    machine: node.machine as Scenario['machine'],
    scheduler: (node.scheduler ?? s.scheduler) as Scenario['scheduler'],
    processes: [...own, ...handlers],
    nodes: undefined,
    // Kept for the `call` op's names (build-model.ts); the machine does not run them.
    services: s.services,
    requests: undefined,
    faults: undefined,
    network: undefined
  }
  return { scenario, own: own.length, replicas, firstInbox: declared.length }
}
