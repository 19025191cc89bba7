import { parseScenario, simulate, resultForJson } from './sim-core/index'
const sc = (policy: object, ops: object[][], cores=1, costs={}) => JSON.stringify({ format: 'schedlab/scenario', version: 1, name: 't', machine: { cores, costs }, scheduler: policy,
  processes: ops.map((o, i) => ({ name: 'p'+i, threads: [{ name: 't', ops: o }] })) })
for (const pol of [{policy:'fcfs'},{policy:'sjf'},{policy:'rr',quantum:1}]) {
  const r = parseScenario(sc(pol, [[{cpu:3}],[{cpu:5}],[{cpu:2}]]))
  if (!r.ok) { console.log(r.problems); continue }
  const res = simulate(r.scenario)
  console.log(pol.policy, res.makespan, res.threads.map(t => [t.firstRun, t.finish, t.waiting].join('/')).join(' '), res.summary.contextSwitches, res.trace.segments)
}
const r = parseScenario(sc({policy:'rr', quantum: 2}, [[{cpu:3},{io:5},{cpu:2}],[{cpu:5}],[{cpu:2}, {sleep: 3}, {cpu: 1}]], 2, {threadSwitch: 1, processSwitch: 2, migration: 1}))
if (r.ok) { const res = simulate(r.scenario); console.log(JSON.stringify(resultForJson(res)).slice(0, 1500)) } else console.log(r.problems)
