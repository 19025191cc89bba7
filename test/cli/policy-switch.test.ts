// Switching a scenario to another policy means the same thing everywhere (issue 12 item 6): the
// CLI's --policy (run, compare, chart), a `schedlab sweep` cell and the app's Compare variant all
// go through sim-core's schedulerFor, so for every pair of policies they must build the same
// scheduler. The issue found copies that disagreed: sjf→srtf kept the estimate in the CLI but not
// in Compare, rr→priority kept the quantum in one and not the other.
import { describe, expect, it } from 'vitest'
import { POLICY_NAMES, validateScenario, type PolicyName, type Scenario } from '../../sim-core'
import { applyOverrides } from '../../cli/overrides'
import { cellScenario } from '../../cli/sweep/cell'
import { variantScenario } from '../../renderer/src/features/compare/variants'

/** Per policy, a scheduler with every setting away from its default, so a dropped one shows. */
const ENGINE = {
  queues: 'per-core',
  balance: { interval: 5, steal: false },
  switchOnIo: false,
  ioCompletionPreempts: true,
  pickBeforeWakeups: true
}
const ESTIMATE = { estimate: 'exponential', alpha: 0.25, initial: 7 }
const SCHEDULERS: Record<PolicyName, Record<string, unknown>> = {
  fcfs: { policy: 'fcfs', readyOrder: 'id-round-robin', ...ENGINE },
  sjf: { policy: 'sjf', ...ESTIMATE, ...ENGINE },
  srtf: { policy: 'srtf', ...ESTIMATE, ...ENGINE },
  rr: { policy: 'rr', quantum: 3, readyOrder: 'id-round-robin', ...ENGINE },
  priority: {
    policy: 'priority',
    preemptive: false,
    quantum: 5,
    aging: { interval: 10, step: 2 },
    ...ENGINE
  },
  mlfq: {
    policy: 'mlfq',
    levels: [{ quantum: 2, allotment: 2 }, { quantum: 6 }],
    boost: 40,
    ioResetsAllotment: true,
    ioReturnsToFront: true,
    ...ENGINE
  },
  cfs: { policy: 'cfs', targetLatency: 30, minGranularity: 2, wakeupGranularity: 5, ...ENGINE },
  eevdf: { policy: 'eevdf', baseSlice: 5, ...ENGINE },
  lottery: {
    policy: 'lottery',
    quantum: 7,
    random: 'python',
    randomSkip: 3,
    alignedQuanta: true,
    ...ENGINE
  },
  stride: { policy: 'stride', quantum: 2, ...ENGINE },
  edf: { policy: 'edf', onMiss: 'continue', partition: 'worst-fit', ...ENGINE },
  rm: { policy: 'rm', onMiss: 'continue', partition: 'best-fit', ...ENGINE }
}

function scenarioUnder(scheduler: Record<string, unknown>): Scenario {
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'switch',
    seed: 9,
    machine: { cores: 2 },
    scheduler,
    processes: [{ name: 'p', threads: [{ name: 't', ops: [{ cpu: 3 }, { io: 2 }, { cpu: 1 }] }] }]
  })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return v.scenario
}

/** The scheduler each front end builds when `base` moves to `policy`. */
function switched(base: Scenario, policy: PolicyName) {
  const cli = applyOverrides(base, { policy }, 'test').scheduler
  const compare = variantScenario(base, { policy, cores: base.machine.cores })
  const grid = { policies: [policy], cores: [base.machine.cores], seeds: [base.seed], sets: [] }
  const cell = { index: 0, policy, cores: base.machine.cores, seed: base.seed, values: [] }
  const sweep = cellScenario(base, grid, cell)
  if (!compare.ok) throw new Error(compare.error)
  if (!sweep.ok) throw new Error(sweep.error)
  return { cli, compare: compare.scenario.scheduler, sweep: sweep.scenario.scheduler }
}

describe('switching policy', () => {
  it('builds the same scheduler in the CLI, a sweep cell and the app’s Compare, for every pair', () => {
    let pairs = 0
    for (const from of POLICY_NAMES) {
      const base = scenarioUnder(SCHEDULERS[from])
      for (const to of POLICY_NAMES) {
        const s = switched(base, to)
        expect(s.compare, `${from}→${to} (Compare)`).toEqual(s.cli)
        expect(s.sweep, `${from}→${to} (sweep)`).toEqual(s.cli)
        expect(s.cli.policy).toBe(to)
        // The engine's own options always carry over, whatever the policies.
        expect(s.cli, `${from}→${to}`).toMatchObject(ENGINE)
        pairs++
      }
    }
    expect(pairs).toBe(POLICY_NAMES.length ** 2)
  })

  it('keeps what both policies understand: the estimate and the rr/priority quantum', () => {
    const fromSjf = switched(scenarioUnder(SCHEDULERS.sjf), 'srtf')
    expect(fromSjf.compare).toMatchObject(ESTIMATE)
    const rrToPriority = switched(scenarioUnder(SCHEDULERS.rr), 'priority')
    expect(rrToPriority.compare).toMatchObject({ quantum: 3 })
    const priorityToRr = switched(scenarioUnder(SCHEDULERS.priority), 'rr')
    expect(priorityToRr.compare).toMatchObject({ quantum: 5 })
    // …and drops what the new policy does not take, so it gets its own default.
    expect(switched(scenarioUnder(SCHEDULERS.srtf), 'fcfs').compare).not.toHaveProperty('estimate')
    expect(rrToPriority.compare).toMatchObject({ preemptive: true })
    expect(switched(scenarioUnder(SCHEDULERS.rr), 'fcfs').compare).not.toHaveProperty('quantum')
    // cfs and eevdf share no setting beyond the engine's: each gets the other's defaults.
    const cfsToEevdf = switched(scenarioUnder(SCHEDULERS.cfs), 'eevdf').compare
    expect(cfsToEevdf).toMatchObject({ baseSlice: 3 })
    expect(cfsToEevdf).not.toHaveProperty('targetLatency')
    expect(switched(scenarioUnder(SCHEDULERS.eevdf), 'cfs').compare).toMatchObject({
      targetLatency: 24,
      minGranularity: 3,
      wakeupGranularity: 4
    })
  })

  it('carries the quantum between rr, priority, lottery and stride, and nothing else of lottery', () => {
    expect(switched(scenarioUnder(SCHEDULERS.rr), 'lottery').compare).toMatchObject({ quantum: 3 })
    expect(switched(scenarioUnder(SCHEDULERS.lottery), 'stride').compare).toMatchObject({
      quantum: 7
    })
    expect(switched(scenarioUnder(SCHEDULERS.stride), 'rr').compare).toMatchObject({ quantum: 2 })
    expect(switched(scenarioUnder(SCHEDULERS.priority), 'stride').compare).toMatchObject({
      quantum: 5
    })
    const toStride = switched(scenarioUnder(SCHEDULERS.lottery), 'stride').compare
    for (const key of ['random', 'randomSkip', 'alignedQuanta'])
      expect(toStride).not.toHaveProperty(key)
    // mlfq's quantum is per level: moving to lottery gets lottery's own default quantum (1).
    expect(switched(scenarioUnder(SCHEDULERS.mlfq), 'lottery').compare).toMatchObject({
      quantum: 1,
      random: 'engine',
      alignedQuanta: false
    })
  })

  it('keeps scheduler.realtime between the fair policies, keeps onMiss and partition between edf and rm, and drops each elsewhere', () => {
    const rrRt = scenarioUnder({ ...SCHEDULERS.rr, realtime: 'edf' })
    expect(switched(rrRt, 'priority').compare).toMatchObject({ realtime: 'edf' })
    // edf and rm are real-time classes themselves: they take no realtime option.
    expect(switched(rrRt, 'edf').compare).not.toHaveProperty('realtime')
    expect(switched(scenarioUnder(SCHEDULERS.edf), 'rm').compare).toMatchObject({
      onMiss: 'continue',
      partition: 'worst-fit'
    })
    expect(switched(scenarioUnder(SCHEDULERS.rm), 'rr').compare).not.toHaveProperty('onMiss')
  })
})
