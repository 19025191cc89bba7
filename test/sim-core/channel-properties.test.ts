// Channel runs under fast-check: threads and coroutines sending and receiving at random on
// rendezvous and buffered channels (some receives with timeouts), on 1-3 cores. Whatever the
// mix, a run is deterministic and conserves values: every value a channel accepted was
// received or is still in its buffer (sends = receives + final occupancy), and the buffer
// never holds more than its capacity.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  resultForJson,
  simulate,
  validateScenario,
  type Scenario,
  type ScenarioInput,
  type SimResult
} from '../../sim-core/index'

const CHANNELS = ['a', 'b']

const channelOp = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }).map((cpu) => ({ cpu })) },
  { weight: 3, arbitrary: fc.constantFrom(...CHANNELS).map((send) => ({ send })) },
  { weight: 2, arbitrary: fc.constantFrom(...CHANNELS).map((recv) => ({ recv })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...CHANNELS), fc.integer({ min: 1, max: 8 }))
      .map(([recv, timeout]) => ({ recv, timeout }))
  },
  { weight: 1, arbitrary: fc.constant({ yield: true as const }) }
)

const ops = fc.array(channelOp, { minLength: 1, maxLength: 6 })

const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    cores: fc.integer({ min: 1, max: 3 }),
    policy: fc.constantFrom('fcfs' as const, 'rr' as const),
    capacities: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    threads: fc.array(ops, { minLength: 1, maxLength: 3 }),
    coroutines: fc.array(ops, { minLength: 0, maxLength: 3 }),
    switches: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
  })
  .map((g) => ({
    format: 'schedlab/scenario' as const,
    version: 1 as const,
    name: 'channel property',
    machine: {
      cores: g.cores,
      costs: { threadSwitch: g.switches[0], coroutineSwitch: g.switches[1] }
    },
    scheduler:
      g.policy === 'rr' ? { policy: 'rr' as const, quantum: 3 } : { policy: 'fcfs' as const },
    channels: CHANNELS.map((name, i) => ({ name, capacity: g.capacities[i] })),
    processes: [
      {
        name: 'p',
        threads: [
          ...g.threads.map((o, i) => ({ name: `t${i}`, ops: o })),
          ...(g.coroutines.length > 0
            ? [
                {
                  name: 'loop',
                  runtime: { kind: 'event-loop' as const },
                  coroutines: g.coroutines.map((o, i) => ({ name: `c${i}`, ops: o }))
                }
              ]
            : [])
        ]
      }
    ]
  }))

function valid(input: unknown): Scenario {
  const v = validateScenario(input)
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return v.scenario
}

/** The last occupancy sample of each channel (0 without one). */
function finalOccupancy(r: SimResult): number[] {
  const occ = r.channels.map(() => 0)
  const t = r.trace
  for (let i = 0; i < t.chSamples; i++) occ[t.chChannel[i]] = t.chOccupancy[i]
  return occ
}

describe('channels (fast-check)', () => {
  it('conserve values, respect capacity, and run the same way twice', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const s = valid(input)
        const r = simulate(s)
        expect(['completed', 'deadlock']).toContain(r.status)
        const occ = finalOccupancy(r)
        r.channels.forEach((c, i) => {
          expect(c.sends).toBe(c.receives + occ[i])
          expect(c.peakOccupancy).toBeLessThanOrEqual(c.capacity)
        })
        for (let i = 0; i < r.trace.chSamples; i++) {
          const occupancy = r.trace.chOccupancy[i]
          expect(occupancy).toBeGreaterThanOrEqual(0)
          expect(occupancy).toBeLessThanOrEqual(r.channels[r.trace.chChannel[i]].capacity)
        }
        // Hand-offs are rendezvous only.
        for (let i = 0; i < r.trace.hoCount; i++)
          expect(r.channels[r.trace.hoChannel[i]].capacity).toBe(0)
        // Timeouts counted per task add up to those counted per channel (no lock here).
        const perTask =
          r.threads.reduce((a, t) => a + t.timeouts, 0) +
          r.coroutines.reduce((a, c) => a + c.timeouts, 0)
        expect(perTask).toBe(r.channels.reduce((a, c) => a + c.timeouts, 0))
        const again = simulate(valid(input))
        expect(JSON.stringify(resultForJson(again))).toBe(JSON.stringify(resultForJson(r)))
        expect(Array.from(again.trace.hoTime)).toEqual(Array.from(r.trace.hoTime))
        expect(Array.from(again.trace.chOccupancy)).toEqual(Array.from(r.trace.chOccupancy))
      }),
      { numRuns: 300, seed: 14 }
    )
  })
})
