import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { arrivalTimes } from '../../../sim-core/cluster/arrivals'
import { createBalancer, type ReplicaView } from '../../../sim-core/cluster/balancer'
import { latencyStats, nearestRank } from '../../../sim-core/cluster/latency-stats'
import { Network, OUTSIDE } from '../../../sim-core/cluster/network'
import { Rng } from '../../../sim-core/engine/rng'

function view(up: boolean[], inFlight: number[]): ReplicaView {
  return { count: up.length, isUp: (r) => up[r], inFlight: (r) => inFlight[r] }
}

describe('request arrivals', () => {
  it('uniform: rate 0.5 puts request i at floor(i / 0.5) = 2i', () => {
    expect(arrivalTimes({ kind: 'uniform', rate: 0.5, count: 5 }, new Rng(1))).toEqual([
      0, 2, 4, 6, 8
    ])
  })

  it('uniform: rate 3 puts three requests on each tick (floor(i / 3))', () => {
    expect(arrivalTimes({ kind: 'uniform', rate: 3, count: 7, start: 10 }, new Rng(1))).toEqual([
      10, 10, 10, 11, 11, 11, 12
    ])
  })

  it('poisson: integer, non-decreasing, seeded, with a mean gap near 1 / rate', () => {
    const a = arrivalTimes({ kind: 'poisson', rate: 0.1, count: 20_000 }, new Rng(7))
    const b = arrivalTimes({ kind: 'poisson', rate: 0.1, count: 20_000 }, new Rng(7))
    expect(a).toEqual(b)
    for (let i = 1; i < a.length; i++) {
      expect(Number.isInteger(a[i])).toBe(true)
      expect(a[i]).toBeGreaterThanOrEqual(a[i - 1])
    }
    // Exponential gaps with mean 1 / 0.1 = 10 ticks, rounded to the nearest tick (rounding is
    // unbiased to within ~0.01 here): 19,999 gaps average 10 within 2% (the standard error of
    // the mean is 10 / sqrt(19,999) = 0.07, so 0.2 is about three of them).
    const meanGap = a[a.length - 1] / (a.length - 1)
    expect(meanGap).toBeGreaterThan(9.8)
    expect(meanGap).toBeLessThan(10.2)
  })
})

describe('balancers', () => {
  it('round-robin cycles through replicas and skips a node that is down', () => {
    const b = createBalancer('round-robin', new Rng(1))
    const picks = [0, 1, 2, 3].map(() => b.pick(view([true, true, true], [0, 0, 0])))
    expect(picks).toEqual([0, 1, 2, 0])
    // Replica 1 goes down: after 0 comes 2, then 0 again.
    const down = view([true, false, true], [0, 0, 0])
    expect([b.pick(down), b.pick(down), b.pick(down)]).toEqual([2, 0, 2])
    expect(b.pick(view([false, false, false], [0, 0, 0]))).toBe(-1)
  })

  it('least-outstanding picks the fewest in flight, ties to the lowest index', () => {
    const b = createBalancer('least-outstanding', new Rng(1))
    expect(b.pick(view([true, true, true], [3, 1, 1]))).toBe(1)
    expect(b.pick(view([true, false, true], [3, 0, 1]))).toBe(2)
  })

  it('least-outstanding never picks a replica with more in flight than another up one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.nat(20)), { minLength: 1, maxLength: 12 }),
        (reps) => {
          const v = view(
            reps.map((r) => r[0]),
            reps.map((r) => r[1])
          )
          const pick = createBalancer('least-outstanding', new Rng(1)).pick(v)
          const up = reps.map((r, i) => i).filter((i) => reps[i][0])
          if (up.length === 0) return pick === -1
          return v.isUp(pick) && up.every((i) => v.inFlight(pick) <= v.inFlight(i))
        }
      )
    )
  })

  it('two-choices picks the less loaded of two draws, never a down replica, same seed same picks', () => {
    const v = view([true, true, false, true], [5, 0, 0, 2])
    const run = (seed: number) => {
      const b = createBalancer('two-choices', new Rng(seed))
      return Array.from({ length: 200 }, () => b.pick(v))
    }
    const picks = run(3)
    expect(run(3)).toEqual(picks)
    expect(picks).not.toContain(2)
    // Replica 0 (5 in flight) loses to either other up replica, so it is never picked.
    expect(picks).not.toContain(0)
    expect(new Set(picks)).toEqual(new Set([1, 3]))
  })
})

describe('latency statistics', () => {
  it('nearest rank: p50 of 1..10 is 5, p95 and p99 are 10', () => {
    const lat = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    expect(latencyStats(lat)).toEqual({ mean: 5.5, p50: 5, p95: 10, p99: 10, max: 10 })
  })

  it('p99 of 1..200 is the 198th value (ceil(0.99 * 200) = 198)', () => {
    const sorted = Array.from({ length: 200 }, (_, i) => i + 1)
    expect(nearestRank(sorted, 99)).toBe(198)
    expect(nearestRank(sorted, 95)).toBe(190)
  })

  it('an empty sample has no statistics', () => {
    expect(latencyStats([])).toBeNull()
  })
})

describe('network', () => {
  const index = (n: string) => ['web-1', 'web-2', 'db'].indexOf(n)
  const net = new Network({ latency: 2, links: [{ from: 'web-1', to: 'db', latency: 5 }] }, index)

  it('a link applies both ways; other pairs and the outside use the default', () => {
    expect(net.latency(0, 2)).toBe(5)
    expect(net.latency(2, 0)).toBe(5)
    expect(net.latency(1, 2)).toBe(2)
    expect(net.latency(OUTSIDE, 1)).toBe(2)
    expect(net.latency(1, OUTSIDE)).toBe(2)
  })

  it('a message within one node takes no time', () => {
    expect(net.latency(1, 1)).toBe(0)
  })
})
