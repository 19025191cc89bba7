// Bounded runs (issue 10): a scenario's limits may lower the guards but never raise them, the
// trace stops a run at its memory budget, a run may record no trace at all, and periodic job rows
// are capped while every job still counts in the summary.
import { describe, expect, it } from 'vitest'
import {
  LIMITS,
  resolveGuards,
  resultForJson,
  simulate,
  Simulation,
  validateScenario,
  type Scenario
} from '../../sim-core/index'
import { nextCapacity } from '../../sim-core/trace/trace-store'

function scenario(input: Record<string, unknown>): Scenario {
  const v = validateScenario({ format: 'schedlab/scenario', version: 1, name: 'bounded', ...input })
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return v.scenario
}

/** Two threads of `cpu` ticks each under rr with quantum 1 on one core: one segment per tick. */
const pingPong = (cpu: number, limits?: Record<string, number>) =>
  scenario({
    machine: { cores: 1 },
    scheduler: { policy: 'rr', quantum: 1 },
    limits,
    processes: [
      {
        name: 'p',
        threads: [
          { name: 'a', ops: [{ cpu }] },
          { name: 'b', ops: [{ cpu }] }
        ]
      }
    ]
  })

describe('guards: a file may lower them, only the command line may raise them', () => {
  it('takes the lower of the file and the run, and reports what it clamped', () => {
    expect(resolveGuards(undefined)).toEqual({
      maxTime: LIMITS.defaultMaxTime,
      maxEvents: LIMITS.defaultMaxEvents,
      maxTrace: LIMITS.defaultMaxTrace,
      clamped: []
    })
    // Lowering is the file's right: 1,000 events and time 500 stand.
    expect(resolveGuards({ maxEvents: 1000, maxTime: 500 })).toMatchObject({
      maxEvents: 1000,
      maxTime: 500,
      clamped: []
    })
    // 10^12 events is above the default 5·10^7: clamped to it, and said so.
    expect(resolveGuards({ maxEvents: 1e12 })).toMatchObject({
      maxEvents: 50_000_000,
      clamped: [{ field: 'maxEvents', asked: 1e12, allowed: 50_000_000 }]
    })
    // The command line raised the guard to 10^8: the file's 10^12 is clamped to that instead,
    // and a file value under it (maxTime 7) still lowers maxTime below the raised 10^15.
    expect(
      resolveGuards({ maxEvents: 1e12, maxTime: 7 }, { maxEvents: 1e8, maxTime: 1e15 })
    ).toMatchObject({
      maxEvents: 1e8,
      maxTime: 7,
      clamped: [{ field: 'maxEvents', asked: 1e12, allowed: 1e8 }]
    })
  })

  it('stops a file that asks for 10^12 events at the default guard', () => {
    // The run is cut by maxEvents 1,000 given on the "command line"; the file's 10^12 is clamped.
    const sim = new Simulation(pingPong(1e12, { maxEvents: 1e12 }), {
      maxEvents: 1000,
      trace: false
    })
    sim.step()
    expect(sim.clamped).toEqual([{ field: 'maxEvents', asked: 1e12, allowed: 1000 }])
    expect(sim.status).toBe('limit')
    expect(sim.limitHit).toBe('maxEvents')
    // Two arrivals at t=0, then one slice expiry per tick: event 1,000 is handled at t=998, and
    // the run stops before the next instant, with makespan 998.
    expect(sim.events).toBe(1000)
    expect(sim.makespan).toBe(998)
  })
})

describe('the trace budget', () => {
  it('stops the run with limit maxTrace when the trace reaches its budget', () => {
    const r = simulate(pingPong(10), { maxTrace: 4 })
    // a runs [0,1), b [1,2), a [2,3), … one segment per tick; each dispatch writes its decision
    // when the slice starts, so at t=3 the trace holds 3 segments and 4 decisions — the budget
    // admits 1 decision per segment, 4 of them — and the run stops there, after that instant.
    expect(r.status).toBe('limit')
    expect(r.limit).toBe('maxTrace')
    expect(r.makespan).toBe(3)
    expect(r.trace.segments).toBe(3)
    expect(r.trace.decisions).toBe(4)
    expect(r.threads.map((t) => t.cpu)).toEqual([2, 1])
  })

  it('lets a run within its budget complete as before', () => {
    // 20 ticks of work, 20 segments: a budget of 21 segments (and decisions) is enough.
    const r = simulate(pingPong(10), { maxTrace: 21 })
    expect(r.status).toBe('completed')
    expect(r.makespan).toBe(20)
    expect(r.trace.segments).toBe(20)
  })

  it('records nothing with trace: false, and the metrics are those of a traced run', () => {
    const s = scenario({
      machine: { cores: 2, costs: { threadSwitch: 1, processSwitch: 2, migration: 1 } },
      scheduler: { policy: 'rr', quantum: 3 },
      locks: [{ name: 'm', kind: 'mutex' }],
      processes: [
        {
          name: 'p',
          threads: [
            { name: 'a', ops: [{ cpu: 5 }, { lock: 'm' }, { cpu: 2 }, { unlock: 'm' }, { io: 4 }] },
            { name: 'b', ops: [{ lock: 'm' }, { cpu: 7 }, { unlock: 'm' }] },
            { name: 'c', periodic: { period: 6, jobs: 4 }, ops: [{ cpu: 2 }] }
          ]
        }
      ]
    })
    const traced = simulate(s)
    // A budget of one segment would stop a traced run at once; an untraced one ignores it.
    const bare = simulate(s, { trace: false, maxTrace: 1 })
    expect(bare.trace.segments + bare.trace.states + bare.trace.decisions).toBe(0)
    expect(traced.trace.segments).toBeGreaterThan(0)
    expect(resultForJson(bare)).toEqual(resultForJson(traced))
  })

  it('grows a column group by doubling up to the budget, then by an eighth', () => {
    expect(nextCapacity(1024, 4_000_000)).toBe(2048)
    // 2^21 doubled would be 4,194,304 > 4,000,000: it stops at the budget.
    expect(nextCapacity(1 << 21, 4_000_000)).toBe(4_000_000)
    expect(nextCapacity(4_000_000, 4_000_000)).toBe(4_500_000)
  })
})

describe('periodic job rows', () => {
  // One thread released every tick whose jobs each need 2 ticks: job k (released at k, deadline
  // k + 1) finishes at 2(k + 1), always late.
  const overloaded = (limits?: Record<string, number>) =>
    scenario({
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      limits,
      processes: [
        {
          name: 'p',
          threads: [
            { name: 'late', periodic: { period: 1, deadline: 1, jobs: 12_000 }, ops: [{ cpu: 2 }] }
          ]
        }
      ]
    })

  it('lists the first maxJobRows jobs and counts every deadline miss', () => {
    expect(LIMITS.maxJobRows).toBe(10_000)
    const r = simulate(overloaded(), { trace: false })
    // All 12,000 jobs finish (at 24,000), all late; 10,000 are listed, 2,000 counted only.
    expect(r.status).toBe('completed')
    expect(r.makespan).toBe(24_000)
    expect(r.jobs).toHaveLength(10_000)
    expect(r.jobsOmitted).toBe(2_000)
    expect(r.summary.deadlineMisses).toBe(12_000)
    expect(r.jobs[9_999]).toMatchObject({ job: 9_999, release: 9_999, finish: 20_000 })
  })

  it('counts the open jobs whose deadline passed, listed or not', () => {
    // Stopped at maxTime 20,000: all 12,000 jobs are released (the last at 11,999), jobs
    // 0..9,999 finished (job k at 2k + 2 ≤ 20,000), late; the 2,000 still open (the omitted
    // ones) have deadlines ≤ 12,000 < 20,000, so they count as missed too: 12,000 in all.
    const r = simulate(overloaded({ maxTime: 20_000 }), { trace: false })
    expect(r.status).toBe('limit')
    expect(r.jobsOmitted).toBe(2_000)
    expect(r.summary.deadlineMisses).toBe(12_000)
    // At maxTime 1,000: jobs 0..499 finished (late); jobs 500..1,000 are open and those with a
    // deadline k + 1 < 1,000 (k ≤ 998) missed: 500 + 499 = 999, as the listed rows say too.
    const s = simulate(overloaded({ maxTime: 1000 }), { trace: false })
    expect(s.jobsOmitted).toBeUndefined()
    expect(s.jobs).toHaveLength(1001)
    expect(s.summary.deadlineMisses).toBe(999)
    expect(s.jobs.filter((j) => j.missed)).toHaveLength(999)
  })
})
