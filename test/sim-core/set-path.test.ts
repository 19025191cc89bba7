// sim-core's path variations (scenario/set-path.ts), shared by `sweep --set`, `compare --set`
// and the app's Compare: values with lists, and problems that name the path and the assignment.
import { describe, expect, it } from 'vitest'
import { applySetValues, parsePath, parseSetValues, validateScenario } from '../../sim-core'

function cluster() {
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'c',
    machine: { cores: 1 },
    scheduler: { policy: 'fcfs' },
    processes: [{ name: 'p', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }],
    nodes: [
      { name: 'n0', machine: { cores: 1 } },
      { name: 'n1', machine: { cores: 1 } }
    ],
    services: [{ name: 's', replicas: ['n0'], handler: { ops: [{ cpu: 1 }] } }],
    requests: [{ to: 's', rate: 1, count: 1 }]
  })
  if (!v.ok) throw new Error('fixture invalid')
  return v.scenario
}

describe('parseSetValues', () => {
  it('splits on top-level commas only; lists take bare words or JSON', () => {
    expect(parseSetValues('[n0],[n0,n1],["n0","n1"]x')).toEqual({
      ok: false,
      message: '["n0","n1"]x: expected a list such as [a,b]'
    })
    expect(parseSetValues('[n0], [n0, n1],4,true,"a,b",fifo')).toEqual({
      ok: true,
      values: [['n0'], ['n0', 'n1'], 4, true, 'a,b', 'fifo']
    })
    expect(parseSetValues('[]')).toEqual({ ok: true, values: [[]] })
  })

  it('says what is wrong with a malformed list', () => {
    expect(parseSetValues('[a,[b]]')).toMatchObject({ ok: false, message: /a list inside a list/ })
    expect(parseSetValues('[a')).toEqual({ ok: false, message: 'a "[" is not closed' })
    expect(parseSetValues('a]')).toEqual({
      ok: false,
      message: 'a "]" without its "[" at character 2'
    })
    expect(parseSetValues('a,,b')).toEqual({
      ok: false,
      message: 'expected a value between every comma'
    })
    expect(parseSetValues('[a,b],[ a , b ]')).toEqual({
      ok: false,
      message: '["a","b"] is listed twice'
    })
  })
})

describe('applySetValues', () => {
  it('sets a list and a scalar and returns the validated scenario; the base is untouched', () => {
    const base = cluster()
    const r = applySetValues(base, [
      { parts: parsePath('services[0].replicas') ?? [], value: ['n0', 'n1'] },
      { parts: parsePath('services[0].balancer') ?? [], value: 'two-choices' }
    ])
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.scenario.services?.[0].replicas).toEqual(['n0', 'n1'])
    expect(r.scenario.services?.[0].balancer).toBe('two-choices')
    expect(base.services?.[0].replicas).toEqual(['n0'])
  })

  it('names the path a value breaks and the assignment that broke it', () => {
    const r = applySetValues(cluster(), [
      { parts: ['services', 0, 'replicas'], value: ['n0', 'n7'] }
    ])
    expect(r).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          path: 'services[0].replicas[1]',
          message: expect.stringMatching(
            /unknown node "n7".*\(set by services\[0\]\.replicas = \["n0","n7"\]\)$/
          )
        })
      ]
    })
  })

  it('a path the scenario lacks is a problem at that path, and nothing is validated', () => {
    const r = applySetValues(cluster(), [{ parts: ['services', 3, 'balancer'], value: 'x' }])
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          path: 'services[3].balancer',
          message: 'cannot be set: services has 1 entries (indexes 0 to 0)'
        }
      ]
    })
  })
})
