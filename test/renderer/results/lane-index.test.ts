// Lanes built from a real trace add up to the result's own figures.
import { describe, expect, it } from 'vitest'
import { simulate, TaskState } from '../../../sim-core'
import { Cls } from '../../../renderer/src/features/timeline/lane'
import { buildLaneIndex } from '../../../renderer/src/features/timeline/lane-index'
import { machineAt, nextEventTime } from '../../../renderer/src/features/timeline/machine-state'
import { queueSeries } from '../../../renderer/src/features/charts/ready-queue'
import { demoResult, generated } from './fixtures'

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0)

describe('buildLaneIndex', () => {
  for (const [name, make] of [
    ['demo', () => demoResult().result],
    ['generated 40 threads on 4 cores', () => simulate(generated(8, 5, 4))]
  ] as const) {
    it(`${name}: core lanes are sorted, disjoint and sum to busy and overhead`, () => {
      const result = make()
      const index = buildLaneIndex(result)
      index.cores.forEach((lane, c) => {
        let busy = 0
        let overhead = 0
        for (let i = 0; i < lane.n; i++) {
          if (i > 0) expect(lane.start[i]).toBeGreaterThanOrEqual(lane.end[i - 1])
          const d = lane.end[i] - lane.start[i]
          if (lane.cls[i] === Cls.run) busy += d
          if (lane.cls[i] === Cls.switch || lane.cls[i] === Cls.migration) overhead += d
        }
        expect(busy).toBe(result.cores[c].busy)
        expect(overhead).toBe(result.cores[c].overhead)
        expect(lane.cum[lane.n]).toBe(
          sum(Array.from({ length: lane.n }, (_, i) => lane.end[i] - lane.start[i]))
        )
      })
    })

    it(`${name}: each thread lane's running time is its CPU plus switch-in overhead`, () => {
      const result = make()
      const index = buildLaneIndex(result)
      result.threads.forEach((t, k) => {
        const lane = index.threadLane(k)
        let running = 0
        for (let i = 0; i < lane.n; i++)
          if (lane.cls[i] === Cls.tRunning) running += lane.end[i] - lane.start[i]
        expect(running).toBe(t.cpu + t.overhead)
      })
    })
  }
})

describe('machineAt', () => {
  it('agrees with a brute-force replay of the state changes', () => {
    const result = simulate(generated(6, 4, 2))
    const index = buildLaneIndex(result)
    const tr = result.trace
    for (const t of [0, 3, 17, 40, Math.floor(result.makespan / 2), result.makespan - 1]) {
      const state = new Map<number, number>()
      for (let i = 0; i < tr.states && tr.stTime[i] <= t; i++)
        state.set(tr.stTask[i], tr.stState[i])
      const ready = [...state]
        .filter(([, s]) => s === TaskState.ready)
        .map(([k]) => k)
        .sort((a, b) => a - b)
      const blocked = [...state]
        .filter(([, s]) => s === TaskState.blocked)
        .map(([k]) => k)
        .sort((a, b) => a - b)
      const m = machineAt(index, t)
      expect(m.ready.map((x) => x.task).sort((a, b) => a - b)).toEqual(ready)
      expect(m.blocked.map((x) => x.task).sort((a, b) => a - b)).toEqual(blocked)
      // Longest waiting first.
      for (let i = 1; i < m.ready.length; i++)
        expect(m.ready[i].since).toBeGreaterThanOrEqual(m.ready[i - 1].since)
      const runningOnCores = m.cores
        .filter((c) => c.cls === Cls.run)
        .map((c) => c.task)
        .sort((a, b) => a - b)
      const runningStates = [...state].filter(([, s]) => s === TaskState.running).map(([k]) => k)
      for (const k of runningOnCores) expect(runningStates).toContain(k)
    }
  })

  it('steps from event to event up to the makespan', () => {
    const { result } = demoResult()
    const index = buildLaneIndex(result)
    const times: number[] = []
    let t = 0
    while (t < result.makespan && times.length < 1000) {
      const next = nextEventTime(index, t)
      expect(next).toBeGreaterThan(t)
      times.push(next)
      t = next
    }
    expect(t).toBe(result.makespan)
    // Every segment start is an event the Step button stops at.
    for (let i = 0; i < result.trace.segments; i++) {
      const s = result.trace.segStart[i]
      if (s > 0) expect(times).toContain(s)
    }
  })
})

describe('queueSeries', () => {
  it('integrates to the total waiting time of all threads', () => {
    const result = simulate(generated(5, 4, 2))
    const q = queueSeries(result.trace, result.threads.length, result.makespan, result.makespan)
    // With one bucket per tick, sum(avg ready) = sum of every thread's ready time = Σ waiting.
    const area = q.readyAvg.reduce(
      (a, v, b) => a + v * Math.min(q.bucket, result.makespan - b * q.bucket),
      0
    )
    expect(area).toBeCloseTo(sum(result.threads.map((t) => t.waiting)), 6)
    const blockedArea = q.blockedAvg.reduce(
      (a, v, b) => a + v * Math.min(q.bucket, result.makespan - b * q.bucket),
      0
    )
    expect(blockedArea).toBeCloseTo(sum(result.threads.map((t) => t.blocked)), 6)
    for (let b = 0; b < q.times.length; b++)
      expect(q.readyMax[b]).toBeGreaterThanOrEqual(q.readyAvg[b] - 1e-9)
  })
})
