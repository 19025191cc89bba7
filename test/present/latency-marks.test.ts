// The histogram's percentile markers: one line per distinct value, so coinciding percentiles
// (a short run: p95 and p99 are the same request) are named together on one readable label.
import { describe, expect, it } from 'vitest'
import { PERCENTILES, percentileMarks } from '../../present/latency-bins'
import type { LatencyStats } from '../../sim-core'

const stats = (p50: number, p95: number, p99: number): LatencyStats => ({
  mean: 0,
  p50,
  p95,
  p99,
  max: p99
})

const colour = (key: string) => PERCENTILES.find((p) => p.key === key)?.color

describe('percentile markers', () => {
  it('draws one line each for p50, p95 and p99 when they differ', () => {
    // The online-shop preset's figures: p50 26, p95 146, p99 162.
    const marks = percentileMarks(stats(26, 146, 162))
    expect(marks.map((m) => [m.value, m.label])).toEqual([
      [26, 'p50 26'],
      [146, 'p95 146'],
      [162, 'p99 162']
    ])
    expect(marks[2].color).toBe(colour('p99'))
  })

  it('names p95 and p99 on one line when they coincide, in p99 colour', () => {
    // Ten requests with latencies 8, 10, ..., 26 (docs/clusters.md "One replica falls behind"):
    // nearest rank p50 = the 5th = 16, p95 = p99 = the 10th = 26.
    const marks = percentileMarks(stats(16, 26, 26))
    expect(marks.map((m) => [m.value, m.label])).toEqual([
      [16, 'p50 16'],
      [26, 'p95 = p99 26']
    ])
    expect(marks[1].color).toBe(colour('p99'))
  })

  it('names all three on one line when every latency is the same', () => {
    expect(percentileMarks(stats(8, 8, 8)).map((m) => m.label)).toEqual(['p50 = p95 = p99 8'])
  })
})
