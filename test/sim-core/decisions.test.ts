import { expect, it } from 'vitest'
import { EndReason, simulate, validateScenario } from '../../sim-core/index'

it('records every scheduling decision with the previous task, why it left, and the queue length', () => {
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'rr',
    machine: { cores: 1 },
    scheduler: { policy: 'rr', quantum: 2 },
    processes: [
      { name: 'a', threads: [{ name: 't', ops: [{ cpu: 3 }] }] },
      { name: 'b', threads: [{ name: 't', ops: [{ cpu: 2 }] }] }
    ]
  })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  const r = simulate(v.scenario)
  const t = r.trace
  const rows = Array.from({ length: t.decisions }, (_, i) => [
    t.decTime[i],
    t.decTask[i],
    t.decPrev[i],
    t.decPrevReason[i],
    t.decQueued[i]
  ])
  expect(rows).toEqual([
    [0, 0, -1, EndReason.none, 1],
    [2, 1, 0, EndReason.sliceExpired, 1],
    [4, 0, 1, EndReason.exit, 0]
  ])
  expect(r.policyRule).toEqual({ code: 'rule.head', params: {} })
})
