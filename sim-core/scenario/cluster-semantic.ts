// The cluster's checks the schema cannot express (SCENARIO.md §2b): node, service and process
// placement names must be unique and must exist, and a declared channel may not take the name
// of a replica's inbox channel; each problem names the field it is about.
import { nodePlan } from '../cluster/node-scenario'
import { codedProblem } from './problem-codes'
import { formatPath, type Problem } from './problems'
import type { Scenario } from './schema'

function unique(names: readonly string[], base: string, out: Problem[]): void {
  const seen = new Map<string, number>()
  names.forEach((n, i) => {
    const first = seen.get(n)
    if (first !== undefined)
      out.push(
        codedProblem(formatPath([base, i, 'name']), 'duplicateName', {
          name: n,
          other: formatPath([base, first])
        })
      )
    else seen.set(n, i)
  })
}

export function clusterProblems(s: Scenario, out: Problem[]): void {
  const nodes = new Set((s.nodes ?? []).map((n) => n.name))
  const services = new Set((s.services ?? []).map((v) => v.name))
  const node = (name: string, path: (string | number)[]) => {
    if (!nodes.has(name)) out.push(codedProblem(formatPath(path), 'unknownNode', { name }))
  }
  unique(
    (s.nodes ?? []).map((n) => n.name),
    'nodes',
    out
  )
  unique(
    (s.services ?? []).map((v) => v.name),
    'services',
    out
  )
  s.processes.forEach((p, i) => {
    if (p.node !== undefined) node(p.node, ['processes', i, 'node'])
  })
  ;(s.network?.links ?? []).forEach((l, i) => {
    node(l.from, ['network', 'links', i, 'from'])
    node(l.to, ['network', 'links', i, 'to'])
  })
  ;(s.services ?? []).forEach((v, i) =>
    v.replicas.forEach((r, k) => node(r, ['services', i, 'replicas', k]))
  )
  ;(s.requests ?? []).forEach((r, i) => {
    if (!services.has(r.to))
      out.push(codedProblem(formatPath(['requests', i, 'to']), 'unknownService', { name: r.to }))
  })
  ;(s.faults ?? []).forEach((f, i) => node(f.node, ['faults', i, 'node']))
  inboxNamesTaken(s, out)
}

/** A declared channel named as a replica's inbox (`<replica process>.inbox`) would be two channels with one name on that node. */
function inboxNamesTaken(s: Scenario, out: Problem[]): void {
  const declared = s.channels ?? []
  if (declared.length === 0 || (s.services ?? []).length === 0) return
  const index = new Map(declared.map((c, i) => [c.name, i]))
  const reported = new Set<number>()
  ;(s.nodes ?? []).forEach((n, i) => {
    const plan = nodePlan(s, n, i)
    const channels = plan.scenario.channels ?? []
    plan.replicas.forEach((r, slot) => {
      const name = channels[plan.firstInbox + slot].name
      const at = index.get(name)
      if (at === undefined || reported.has(at)) return
      reported.add(at)
      out.push(
        codedProblem(formatPath(['channels', at, 'name']), 'duplicateName', {
          name,
          other: formatPath(['services', r.service, 'replicas', r.replica])
        })
      )
    })
  })
}
