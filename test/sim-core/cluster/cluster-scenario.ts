// The cluster tests' scenario: one-core fcfs machine defaults, the one process the format asks
// for (a 1-tick client thread on the first node, done at t=1, before any request lands), and
// the test's cluster parts (nodes, network, services, requests, faults) on top.
import { validateScenario } from '../../../sim-core/scenario/parse'
import type { Scenario } from '../../../sim-core/scenario/schema'

export function clusterScenario(extra: Record<string, unknown>, name = 'cluster'): Scenario {
  const r = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name,
    machine: { cores: 1 },
    scheduler: { policy: 'fcfs' },
    processes: [{ name: 'client', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
    ...extra
  })
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.scenario
}
