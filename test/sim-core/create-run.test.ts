// createRun(): the one step loop the worker, the page fallback, the CLI and simulate() share.
// Stepping in chunks must not change a run (chunks end between instants), progress is reported
// between chunks only, and a stopped run has no result.
import { describe, expect, it } from 'vitest'
import {
  createRun,
  progressFraction,
  resultForJson,
  simulate,
  validateScenario,
  type Progress,
  type Scenario
} from '../../sim-core/index'

/**
 * Two threads of 50 ticks each under rr with quantum 1 on one core: they alternate every tick,
 * so the run is about 100 instants (one switch each) and ends at t = 100.
 */
function pingPong(): Scenario {
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'ping-pong',
    machine: { cores: 1 },
    scheduler: { policy: 'rr', quantum: 1 },
    processes: [
      {
        name: 'p',
        threads: [
          { name: 'a', ops: [{ cpu: 50 }] },
          { name: 'b', ops: [{ cpu: 50 }] }
        ]
      }
    ]
  })
  if (!v.ok) throw new Error('fixture invalid')
  return v.scenario
}

const json = (r: ReturnType<typeof simulate>) => JSON.stringify(resultForJson(r))

describe('createRun', () => {
  it('gives the same result in one go, in chunks of 1 event, and through simulate()', () => {
    const whole = createRun(pingPong())
    whole.finish()
    const chunks: Progress[] = []
    const chunked = createRun(pingPong())
    chunked.finish({ chunkEvents: 1, onChunk: (p) => chunks.push(p) })
    expect(json(chunked.result())).toBe(json(whole.result()))
    expect(json(simulate(pingPong()))).toBe(json(whole.result()))
    expect(whole.result().makespan).toBe(100)
    // Many chunks, each reported while the run was still going, with the clock moving forward.
    expect(chunks.length).toBeGreaterThan(50)
    expect(chunks.every((p) => p.status === 'running')).toBe(true)
    for (let i = 1; i < chunks.length; i++)
      expect(chunks[i].events).toBeGreaterThan(chunks[i - 1].events)
  })

  it('builds the result once, and refuses to build one before the run has ended', () => {
    const run = createRun(pingPong())
    expect(() => run.result()).toThrow(/before the run has ended/)
    run.finish()
    expect(run.result()).toBe(run.result())
  })

  it('yields between chunks and stops when asked, leaving no result', async () => {
    const run = createRun(pingPong())
    let pauses = 0
    const finished = await run.finishYielding({
      chunkEvents: 5,
      pause: async () => {
        pauses++
      },
      stopped: () => pauses >= 3
    })
    expect(finished).toBe(false)
    expect(pauses).toBe(3)
    expect(() => run.result()).toThrow()
    const full = createRun(pingPong())
    expect(await full.finishYielding({ chunkEvents: 5, pause: async () => {} })).toBe(true)
    expect(json(full.result())).toBe(json(simulate(pingPong())))
  })

  it('measures progress as finished threads over threads, 1 once the run is over', () => {
    const base = { now: 0, events: 0, total: 4, status: 'running' } as const
    expect(progressFraction({ ...base, finished: 1 })).toBe(0.25)
    expect(progressFraction({ ...base, finished: 0, total: 0 })).toBe(1)
    expect(progressFraction({ ...base, finished: 1, status: 'completed' })).toBe(1)
  })
})
