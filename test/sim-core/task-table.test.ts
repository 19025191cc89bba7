import { describe, expect, it } from 'vitest'
import { buildModel } from '../../sim-core/engine/build-model'
import { ARG, SLOT } from '../../sim-core/model/program'
import { validateScenario, type ScenarioInput } from '../../sim-core/index'

const input: ScenarioInput = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'rows',
  machine: { cores: 4 },
  scheduler: { policy: 'rr', quantum: 2 },
  processes: [
    {
      name: 'a',
      affinity: [1],
      threads: [
        { name: 't0', ops: [{ repeat: 3, ops: [{ cpu: 5 }, { io: 7 }] }] },
        { name: 't1', ops: [{ cpu: 11 }] }
      ]
    },
    { name: 'b', threads: [{ name: 't2', ops: [{ cpu: 13 }] }] }
  ]
}

// Every field a task keeps in its table row, with the type of value it holds.
const fields = [
  'readySince',
  'waiting',
  'remainingOp',
  'firstRun',
  'switches',
  'migrations',
  'overhead',
  'cpuTime',
  'blockedSince',
  'blockedTime',
  'preemptions',
  'finish',
  'lastCpu',
  'ioDevice',
  'holding'
] as const

describe('the task table', () => {
  it('keeps every field of every row apart: writing one changes no other, in no other row', () => {
    const v = validateScenario(input)
    if (!v.ok) throw new Error('fixture invalid')
    const { tasks } = buildModel(v.scenario)
    expect(tasks.map((t) => [t.state, t.lastCpu, t.firstRun, t.finish, t.holding])).toEqual([
      [0, -1, -1, -1, -1],
      [0, -1, -1, -1, -1],
      [0, -1, -1, -1, -1]
    ])
    // Distinct values per (task, field); big times check the float64 fields keep 10^12 ticks.
    const value = (k: number, f: number) => (f < 12 ? 1e12 + 100 * k + f : 100 * k + f)
    tasks.forEach((t, k) => {
      fields.forEach((name, f) => {
        t[name] = value(k, f)
      })
      t.state = 3
      t.blockKind = 4
    })
    tasks.forEach((t, k) => {
      fields.forEach((name, f) => expect(t[name], `${t.name}.${name}`).toBe(value(k, f)))
      expect(t.state).toBe(3)
      expect(t.blockKind).toBe(4)
    })
    // Flags share the row's last bytes: they survive, and the cursor still walks the program.
    expect(tasks.map((t) => [t.affinity !== null, t.runtime, t.periodic])).toEqual([
      [true, null, null],
      [true, null, null],
      [false, null, null]
    ])
    const first = tasks[0]
    const ticks: number[] = []
    for (let i = first.next(); i >= 0; i = first.next()) ticks.push(first.store.ops[i + ARG])
    expect(ticks).toEqual([5, 7, 5, 7, 5, 7])
    expect(tasks[1].next()).toBeGreaterThanOrEqual(0)
    expect(tasks[1].store.ops[tasks[1].pc - SLOT + ARG]).toBe(11)
  })
})
