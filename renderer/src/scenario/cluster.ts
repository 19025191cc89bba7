// The cluster parts of a draft (SCENARIO.md §2b, docs/clusters.md): nodes, the network,
// services, request streams and faults, and the edits that keep every reference to a node or a
// service in step with it. Pure, like edits.ts: each result is one undo step.
import { NO_ITEMS, type Draft, type OpDraft, type ServiceDraft, type ThreadDraft } from './draft'
import { withoutKey } from './paths'

export type NodeDraft = NonNullable<Draft['nodes']>[number]
export type NetworkDraft = NonNullable<Draft['network']>
export type LinkDraft = NonNullable<NetworkDraft['links']>[number]
export type { ServiceDraft }
export type RequestsDraft = NonNullable<Draft['requests']>[number]
export type FaultDraft = NonNullable<Draft['faults']>[number]

/** The top-level lists of a cluster. */
export type ClusterList = 'nodes' | 'services' | 'requests' | 'faults'

/** A top-level cluster list, read defensively; NO_ITEMS when none, so selectors stay stable. */
export function clusterList<K extends ClusterList>(
  d: Draft,
  key: K
): readonly NonNullable<Draft[K]>[number][] {
  const v = d[key]
  return Array.isArray(v) ? (v as NonNullable<Draft[K]>[number][]) : NO_ITEMS
}

export const draftNodes = (d: Draft): readonly NodeDraft[] => clusterList(d, 'nodes')
export const draftServices = (d: Draft): readonly ServiceDraft[] => clusterList(d, 'services')

/** The links of the network, read defensively. */
export function draftLinks(d: Draft): readonly LinkDraft[] {
  const links = d.network?.links
  return Array.isArray(links) ? links : NO_ITEMS
}

const namesOf = (items: readonly { name?: unknown }[]): string[] =>
  items.map((x) => x.name).filter((n): n is string => typeof n === 'string')

export const nodeNames = (d: Draft): string[] => namesOf(draftNodes(d))
export const serviceNames = (d: Draft): string[] => namesOf(draftServices(d))

/** True when the draft has any cluster part: the tree then shows the cluster rows. */
export function isCluster(d: Draft): boolean {
  return (['nodes', 'network', 'services', 'requests', 'faults'] as const).some(
    (k) => d[k] !== undefined
  )
}

function nextName(prefix: string, taken: readonly string[]): string {
  const set = new Set(taken)
  for (let i = 1; ; i++) if (!set.has(`${prefix}-${i}`)) return `${prefix}-${i}`
}

/** Sets a top-level list; an emptied one leaves the file, as devices and locks do. */
function withList(d: Draft, key: ClusterList, items: readonly unknown[]): Draft {
  return items.length === 0 ? withoutKey(d, key) : ({ ...d, [key]: items } as Draft)
}

/**
 * A new node with the scenario's machine (its cores) and no scheduler of its own (it then runs
 * the scenario's). Returns the draft and the new node's index.
 */
export function addNode(d: Draft): { draft: Draft; index: number } {
  const nodes = draftNodes(d)
  const cores = typeof d.machine?.cores === 'number' ? d.machine.cores : 1
  const node: NodeDraft = { name: nextName('node', nodeNames(d)), machine: { cores } }
  return { draft: { ...d, nodes: [...nodes, node] }, index: nodes.length }
}

/** Removes node `index`; what names it (replicas, links, faults, processes) is left for the validator to flag. */
export function removeNode(d: Draft, index: number): Draft {
  return withList(
    d,
    'nodes',
    draftNodes(d).filter((_, i) => i !== index)
  )
}

/** Renames within a list of names, keeping every other entry. */
const swap = (v: unknown, from: string, to: string): unknown => (v === from ? to : v)

/**
 * Renames node `index` and every reference to it: processes' `node`, services' replicas, the
 * network's links and the faults. When another node has the old name too (an invalid file),
 * the references cannot tell which was meant and are left as they are; so are they when another
 * node already has the new name: the two nodes' references would merge and a rename back (to fix
 * the duplicate) could no longer tell them apart, moving the other node's replicas and faults.
 */
export function renameNode(d: Draft, index: number, name: string): Draft {
  const nodes = draftNodes(d)
  const old = nodes[index]?.name
  if (old === undefined || old === name) return d
  const renamed: Draft = { ...d, nodes: nodes.map((n, i) => (i === index ? { ...n, name } : n)) }
  if (nodes.filter((n) => n.name === old || n.name === name).length > 1) return renamed
  const out: Draft = {
    ...renamed,
    processes: d.processes.map((p) => (p.node === old ? { ...p, node: name } : p))
  }
  if (Array.isArray(d.services)) {
    out.services = d.services.map((s) =>
      Array.isArray(s.replicas)
        ? { ...s, replicas: s.replicas.map((r) => swap(r, old, name) as string) }
        : s
    )
  }
  if (d.network && Array.isArray(d.network.links)) {
    out.network = {
      ...d.network,
      links: d.network.links.map((l) => ({
        ...l,
        from: swap(l.from, old, name) as string,
        to: swap(l.to, old, name) as string
      }))
    }
  }
  if (Array.isArray(d.faults)) {
    out.faults = d.faults.map((f) => (f.node === old ? { ...f, node: name } : f))
  }
  return out
}

/** A service on the first node (or none yet), round-robin, one handler thread doing 4 ticks of CPU. */
export function addService(d: Draft): Draft {
  const first = nodeNames(d)[0]
  const service: ServiceDraft = {
    name: nextName('service', serviceNames(d)),
    replicas: first === undefined ? [] : [first],
    balancer: 'round-robin',
    handler: { threads: 1, ops: [{ cpu: 4 }] }
  }
  return { ...d, services: [...draftServices(d), service] }
}

export function removeService(d: Draft, index: number): Draft {
  return withList(
    d,
    'services',
    draftServices(d).filter((_, i) => i !== index)
  )
}

function renameCalls(ops: readonly OpDraft[], from: string, to: string): OpDraft[] {
  return ops.map((op): OpDraft => {
    if ('repeat' in op && Array.isArray(op.ops))
      return { ...op, ops: renameCalls(op.ops, from, to) }
    if ('call' in op && op.call === from) return { ...op, call: to }
    return op
  })
}

function renameThreadCalls(t: ThreadDraft, from: string, to: string): ThreadDraft {
  return {
    ...t,
    ...(Array.isArray(t.ops) ? { ops: renameCalls(t.ops, from, to) } : {}),
    ...(Array.isArray(t.coroutines)
      ? {
          coroutines: t.coroutines.map((c) =>
            Array.isArray(c.ops) ? { ...c, ops: renameCalls(c.ops, from, to) } : c
          )
        }
      : {})
  }
}

/**
 * Renames service `index` and every reference to it: request streams' `to` and the `call` ops
 * of threads, coroutines and service handlers. A duplicated old name leaves references alone,
 * and so does a new name another service has (its references and these would merge).
 */
export function renameService(d: Draft, index: number, name: string): Draft {
  const services = draftServices(d)
  const old = services[index]?.name
  if (old === undefined || old === name) return d
  const duplicated = services.filter((s) => s.name === old || s.name === name).length > 1
  const next = services.map((s, i) => (i === index ? { ...s, name } : s))
  if (duplicated) return { ...d, services: next }
  const out: Draft = {
    ...d,
    services: next.map((s) =>
      s.handler && Array.isArray(s.handler.ops)
        ? { ...s, handler: { ...s.handler, ops: renameCalls(s.handler.ops, old, name) } }
        : s
    ),
    processes: d.processes.map((p) => ({
      ...p,
      threads: p.threads.map((t) => renameThreadCalls(t, old, name))
    }))
  }
  if (Array.isArray(d.requests)) {
    out.requests = d.requests.map((r) => (r.to === old ? { ...r, to: name } : r))
  }
  return out
}

/** Puts node `node` in or out of service `index`'s replicas, keeping the nodes' order. */
export function toggleReplica(d: Draft, index: number, node: string, on: boolean): Draft {
  const services = draftServices(d)
  const service = services[index]
  if (!service) return d
  const current = Array.isArray(service.replicas) ? service.replicas : []
  const order = nodeNames(d)
  const set = new Set(current)
  if (on) set.add(node)
  else set.delete(node)
  // Nodes in the tree's order first, then any name the file had that is not a node.
  const replicas = [
    ...order.filter((n) => set.has(n)),
    ...current.filter((n) => set.has(n) && !order.includes(n))
  ]
  return { ...d, services: services.map((s, i) => (i === index ? { ...s, replicas } : s)) }
}

/** A uniform stream of 10 requests, one every 2 ticks, to the first service. */
export function addRequests(d: Draft): Draft {
  const to = serviceNames(d)[0] ?? ''
  const stream: RequestsDraft = { to, kind: 'uniform', rate: 0.5, count: 10, start: 0 }
  return { ...d, requests: [...clusterList(d, 'requests'), stream] }
}

/** The first node down from tick 100 to 200. */
export function addFault(d: Draft): Draft {
  const fault: FaultDraft = { node: nodeNames(d)[0] ?? '', down: [100, 200] }
  return { ...d, faults: [...clusterList(d, 'faults'), fault] }
}

export function removeListEntry(d: Draft, key: 'requests' | 'faults', index: number): Draft {
  return withList(
    d,
    key,
    (clusterList(d, key) as readonly unknown[]).filter((_, i) => i !== index)
  )
}

/** A link between the first two nodes, at the network's default latency. */
export function addLink(d: Draft): Draft {
  const [a = '', b = a] = nodeNames(d)
  const network: NetworkDraft = d.network ?? {}
  const latency = typeof network.latency === 'number' ? network.latency : 0
  return { ...d, network: { ...network, links: [...draftLinks(d), { from: a, to: b, latency }] } }
}

export function removeLink(d: Draft, index: number): Draft {
  const network: NetworkDraft = d.network ?? {}
  const links = draftLinks(d).filter((_, i) => i !== index)
  return {
    ...d,
    network: links.length === 0 ? withoutKey(network, 'links') : { ...network, links }
  }
}
