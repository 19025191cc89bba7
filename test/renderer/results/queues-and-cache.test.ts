// The renderer's view of per-core run queues and caches, from a hand-made trace whose every
// figure is worked out below: the warm class in core lanes, migration markers, each core's queue
// at the cursor, the run-queue chart's series, and the timeline's SVG export.
import { describe, expect, it } from 'vitest'
import type { SimResult } from '../../../sim-core'
import { runQueueLegend, runQueueSeries } from '../../../renderer/src/features/charts/run-queues'
import { LIGHT } from '../../../renderer/src/features/charts/theme'
import { timelineSvg } from '../../../renderer/src/features/export/timeline-svg'
import { Cls } from '../../../renderer/src/features/timeline/lane'
import { buildLaneIndex } from '../../../renderer/src/features/timeline/lane-index'
import { machineAt } from '../../../renderer/src/features/timeline/machine-state'
import {
  migrationDecisions,
  migrationHit,
  visibleMigrations
} from '../../../renderer/src/features/timeline/migration-marks'
import { runSummary } from '../../../renderer/src/features/timeline/run-summary'
import { defaultSnapshot, sceneFor } from '../../../renderer/src/features/timeline/snapshot'
import { demoResult } from './fixtures'
import { PER_CORE } from './per-core-trace'
import { traceOf, type TraceParts } from './trace-builder'

function resultOf(parts: TraceParts): SimResult {
  const base = demoResult().result
  return { ...base, makespan: 20, trace: traceOf(parts) }
}

describe('core lanes of a run with caches', () => {
  it('draw warm segments in their own class and count warm time and migrations', () => {
    const index = buildLaneIndex(resultOf(PER_CORE))
    expect(Array.from(index.cores[0].cls.subarray(0, index.cores[0].n))).toEqual([
      Cls.run,
      Cls.runWarm,
      Cls.run
    ])
    expect(Array.from(index.cores[1].cls.subarray(0, index.cores[1].n))).toEqual([
      Cls.run,
      Cls.runWarm,
      Cls.run
    ])
    expect(index.presentClasses().has(Cls.runWarm)).toBe(true)
    // Running: 6 + 4 + 4 on core 0, 5 + 4 + 6 on core 1 = 29; warm: 4 + 4 = 8.
    expect(runSummary(index)).toEqual({ running: 29, warm: 8, warmSegments: 2, migrations: 2 })
  })

  it('a run without a cache has no warm class', () => {
    const cold: TraceParts = {
      ...PER_CORE,
      segs: PER_CORE.segs?.map(([a, b, c, k]) => [a, b, c, k, 0])
    }
    const index = buildLaneIndex(resultOf(cold))
    expect(index.presentClasses().has(Cls.runWarm)).toBe(false)
    expect(runSummary(index).warm).toBe(0)
  })
})

describe('migration markers', () => {
  it('are the dispatches whose thread last ran on another core', () => {
    const trace = traceOf(PER_CORE)
    expect(Array.from(migrationDecisions(trace))).toEqual([3, 4])
    // A first dispatch (from -1) and a dispatch back on the same core are not migrations.
    const same = traceOf({
      decs: [
        [0, 0, 0, -1],
        [4, 0, 0, 0],
        [8, 1, 0, 0]
      ]
    })
    expect(Array.from(migrationDecisions(same))).toEqual([2])
  })

  it('sit at the segment start in the core lane they arrive in, and the pointer finds them', () => {
    const index = buildLaneIndex(resultOf(PER_CORE))
    const scene = sceneFor(index, defaultSnapshot(index), LIGHT)
    const marks = visibleMigrations(scene)
    expect(marks.map((m) => [m.core, m.from, m.task, m.time])).toEqual([
      [0, 1, 1, 10],
      [1, 0, 0, 14]
    ])
    const lane1 = scene.layout.rows.find((r) => r.kind === 'core' && r.id === 1)
    expect(marks[1].y).toBe(lane1?.y)
    const hit = migrationHit(scene, marks[1].x + 2, marks[1].y + 3)
    expect(hit?.from).toBe(0)
    expect(migrationHit(scene, marks[1].x + 40, marks[1].y + 3)).toBeNull()
  })

  it('keep one marker per pixel column per core when zoomed out', () => {
    // Ten migrations on core 0 within one tick of a 10,000-tick run: one pixel column.
    const decs: [number, number, number, number][] = Array.from({ length: 10 }, (_, i) => [
      5000 + i / 10,
      0,
      i % 5,
      1
    ])
    const index = buildLaneIndex({ ...resultOf({ decs }), makespan: 10_000 })
    expect(index.migrations.length).toBe(10)
    const scene = sceneFor(index, defaultSnapshot(index), LIGHT)
    expect(visibleMigrations(scene)).toHaveLength(1)
  })
})

describe('each core’s run queue at the cursor', () => {
  it('lists the ready threads by the queue their latest state names', () => {
    const index = buildLaneIndex(resultOf(PER_CORE))
    const names = (q: { task: number }[]) => q.map((th) => th.task)
    const at3 = machineAt(index, 3)
    expect(at3.queues.map(names)).toEqual([[2], [3, 4]])
    // Thread 3 runs from 5; balancing moved thread 4 to core 0's queue at 7.
    const at8 = machineAt(index, 8)
    expect(at8.queues.map(names)).toEqual([[2, 4], []])
    expect(names(at8.ready)).toEqual([2, 4])
  })

  it('keeps one list with one shared queue', () => {
    const global: TraceParts = { ...PER_CORE, runQueues: 1 }
    const index = buildLaneIndex(resultOf(global))
    expect(machineAt(index, 3).queues.map((q) => q.map((th) => th.task))).toEqual([[2, 3, 4]])
  })
})

describe('the run-queue chart’s series', () => {
  it('averages each queue’s length over each bucket', () => {
    // Two buckets of 10: queue 0 holds 1 over [0,10) → 1, then 0; queue 1 holds 2 over [0,5)
    // and 1 over [5,10) → 1.5, then 1 over [10,14) and 0 over [14,20) → 0.4.
    const s = runQueueSeries(traceOf(PER_CORE), 20, 2)
    expect(s.bucket).toBe(10)
    expect(s.times).toEqual([0, 10])
    expect(s.avg).toEqual([
      [1, 0],
      [1.5, 0.4]
    ])
    expect(s.peak).toBe(2)
  })

  it('has one series per core with per-core queues, and one "Run queue" otherwise', () => {
    expect(runQueueLegend(4).map((e) => e.name)).toEqual([
      'Core 0 queue',
      'Core 1 queue',
      'Core 2 queue',
      'Core 3 queue'
    ])
    expect(runQueueLegend(1).map((e) => e.name)).toEqual(['Run queue'])
    expect(runQueueLegend(2, 'zh').map((e) => e.name)).toEqual(['核 0 的队列', '核 1 的队列'])
    const global = runQueueSeries(
      traceOf({
        rq: [
          [0, 0, 3],
          [4, 0, 1]
        ]
      }),
      8,
      1
    )
    // 3 over [0,4) and 1 over [4,8): (12 + 4) / 8 = 2.
    expect(global.avg).toEqual([[2]])
  })
})

describe('the timeline’s SVG export', () => {
  it('hatches warm running and marks migrations, with both in the legend', () => {
    const index = buildLaneIndex(resultOf(PER_CORE))
    const { svg } = timelineSvg(sceneFor(index, defaultSnapshot(index), LIGHT), 'Timeline', 'test')
    expect(svg).toContain(`fill="url(#sl-pat-${Cls.runWarm})"`)
    expect(svg).toContain(`<pattern id="sl-pat-${Cls.runWarm}"`)
    expect(svg.match(/fill="#7b3fb3"/g)?.length).toBe(2 + 1) // two markers and the legend's
    expect(svg).toContain('Hatched: running warm')
    expect(svg).toContain('Arrived from another core (migration)')
  })
})
