// `await` with a device (issue 14 item 5): the await queues for the device's channels like a
// blocking io does, but only the coroutine waits; its host runs other coroutines meanwhile.
import { describe, expect, it } from 'vitest'
import { parseScenario, simulate, type SimResult } from '../../sim-core'
import type { Scenario } from '../../sim-core/scenario/schema'

function scenario(threads: object[], channels = 1): Scenario {
  const parsed = parseScenario(
    JSON.stringify({
      format: 'schedlab/scenario',
      version: 1,
      name: 'device awaits',
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      devices: [{ name: 'disk', channels }],
      processes: [{ name: 'web', threads }]
    })
  )
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.scenario
}

const loop = (awaitOp: object) => ({
  name: 'loop',
  runtime: { kind: 'event-loop' },
  coroutines: [
    { name: 'a', ops: [awaitOp] },
    { name: 'b', ops: [awaitOp] },
    { name: 'c', ops: [{ cpu: 15 }] }
  ]
})
const finishes = (r: SimResult) => r.coroutines.map((c) => c.finish)

describe('await on a device with one channel', () => {
  it('serialises two awaiting coroutines while the host runs a third', () => {
    // At 0, a takes the disk's channel (await 0-10); b finds it busy and queues; c computes on
    // the host 0-15 meanwhile. At 10 a is done and b gets the channel: 10-20.
    const r = simulate(scenario([loop({ await: 10, device: 'disk' })]))
    expect(r.status).toBe('completed')
    expect(finishes(r)).toEqual([10, 20, 15])
    // The host never blocked: it ran c without a break and parked only once c was done.
    expect(r.coroutines[2]).toMatchObject({ firstRun: 0, stalled: 0 })
    expect(r.coroutines[1]).toMatchObject({ awaited: 20 })
    expect(r.devices).toEqual([
      { name: 'disk', channels: 1, requests: 2, peakQueue: 1, totalWait: 10 }
    ])
  })

  it('without a device (or with two channels) the awaits overlap: both end at 10', () => {
    expect(finishes(simulate(scenario([loop({ await: 10 })])))).toEqual([10, 10, 15])
    const two = simulate(scenario([loop({ await: 10, device: 'disk' })], 2))
    expect(finishes(two)).toEqual([10, 10, 15])
    expect(two.devices[0]).toMatchObject({ requests: 2, peakQueue: 0, totalWait: 0 })
  })

  it('a thread io and a coroutine await share the device queue in FIFO order', () => {
    // Coroutines arrive before threads at an instant: at 0, a's await takes the channel (0-10)
    // and b's queues; then the thread is dispatched and its io queues behind b. FIFO: b gets
    // the channel at 10 (10-20), the thread at 20 (20-28). c computes 0-15 on the host once the
    // thread has left the core (at 0, in zero time).
    const r = simulate(
      scenario([
        { name: 'reader', ops: [{ io: 8, device: 'disk' }] },
        loop({ await: 10, device: 'disk' })
      ])
    )
    expect(r.threads[0]).toMatchObject({ finish: 28, blocked: 28 })
    expect(finishes(r)).toEqual([10, 20, 15])
    expect(r.devices[0]).toMatchObject({ requests: 3, peakQueue: 2, totalWait: 10 + 20 })
  })
})
