// Lanes built in the simulation worker (prebuildLanes) and attached to the result must be the
// lanes the page would build itself: the worker only moves the work off the UI thread.
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario } from '../../../sim-core'
import type { Lane } from '../../../renderer/src/features/timeline/lane'
import {
  attachLanes,
  buildLaneIndex,
  laneBuffers,
  prebuildLanes
} from '../../../renderer/src/features/timeline/lane-index'

const plain = (lane: Lane) => ({
  n: lane.n,
  start: [...lane.start],
  end: [...lane.end],
  cls: [...lane.cls],
  key: [...lane.key],
  rec: [...lane.rec],
  cum: [...lane.cum]
})

function run() {
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'lanes',
    machine: { cores: 2, costs: { threadSwitch: 1, processSwitch: 1, migration: 1 } },
    scheduler: { policy: 'rr', quantum: 2 },
    processes: [
      {
        name: 'p',
        threads: [
          { name: 'a', ops: [{ cpu: 5 }, { io: 3 }, { cpu: 2 }] },
          { name: 'b', ops: [{ cpu: 4 }, { sleep: 2 }, { cpu: 3 }] },
          { name: 'c', arrival: 3, ops: [{ cpu: 6 }] }
        ]
      }
    ]
  })
  if (!v.ok) throw new Error('invalid')
  return simulate(v.scenario)
}

describe('lanes built in the worker', () => {
  it('give the same core lanes, thread lanes and classes as lanes built on the page', () => {
    const own = buildLaneIndex(run())
    const result = run()
    const lanes = prebuildLanes(result)
    attachLanes(result, lanes)
    const handed = buildLaneIndex(result)
    expect(handed.cores).toBe(lanes.cores)
    expect(handed.cores.map(plain)).toEqual(own.cores.map(plain))
    for (let k = 0; k < 3; k++) {
      expect(plain(handed.threadLane(k))).toEqual(plain(own.threadLane(k)))
      expect(handed.threadLane(k).n).toBeGreaterThan(0)
    }
    expect([...handed.presentClasses()].sort()).toEqual([...own.presentClasses()].sort())
  })

  it('list each buffer once for the transfer (thread lanes share theirs)', () => {
    const lanes = prebuildLanes(run())
    const buffers = laneBuffers(lanes)
    expect(new Set(buffers).size).toBe(buffers.length)
    // 2 cores × 6 columns, and the thread columns' 8 arrays over 8 buffers.
    expect(buffers).toHaveLength(2 * 6 + 8)
  })
})
