// fast-check generators of valid scenarios, shared by the engine's property tests.
import fc from 'fast-check'
import type { ScenarioInput } from '../../sim-core/index'

type Ops = NonNullable<ScenarioInput['processes'][number]['threads'][number]['ops']>

const leafOp = (devices: string[]) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 1, max: 12 }).map((cpu) => ({ cpu })) },
    {
      weight: 2,
      arbitrary:
        devices.length === 0
          ? fc.integer({ min: 0, max: 12 }).map((io) => ({ io }))
          : fc
              .tuple(
                fc.integer({ min: 0, max: 12 }),
                fc.option(fc.constantFrom(...devices), { nil: undefined })
              )
              .map(([io, device]) => (device === undefined ? { io } : { io, device }))
    },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 }).map((sleep) => ({ sleep })) },
    { weight: 1, arbitrary: fc.constant({ yield: true as const }) }
  )

const opsArb = (devices: string[]): fc.Arbitrary<Ops> =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: leafOp(devices) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(
              fc.integer({ min: 1, max: 4 }),
              fc.array(leafOp(devices), { minLength: 1, maxLength: 3 })
            )
            .map(([repeat, ops]) => ({ repeat, ops }))
        }
      ),
      { minLength: 1, maxLength: 6 }
    )
    // A thread needs some CPU work to be interesting; make sure there is at least one burst.
    .map((ops) => [{ cpu: 1 }, ...ops])

const schedulerArb = fc.oneof(
  fc.record({
    policy: fc.constant('fcfs' as const),
    readyOrder: fc.constantFrom('fifo' as const, 'id-round-robin' as const)
  }),
  fc.record({
    policy: fc.constant('sjf' as const),
    estimate: fc.constantFrom('oracle' as const, 'exponential' as const)
  }),
  fc.record({
    policy: fc.constant('srtf' as const),
    estimate: fc.constantFrom('oracle' as const, 'exponential' as const)
  }),
  fc.record({ policy: fc.constant('rr' as const), quantum: fc.integer({ min: 1, max: 6 }) }),
  fc.record({
    policy: fc.constant('priority' as const),
    preemptive: fc.boolean(),
    quantum: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    aging: fc.option(
      fc.record({
        interval: fc.integer({ min: 1, max: 20 }),
        step: fc.integer({ min: 1, max: 3 })
      }),
      { nil: undefined }
    )
  }),
  fc.record({
    policy: fc.constant('mlfq' as const),
    levels: fc.array(
      fc.record({
        quantum: fc.integer({ min: 1, max: 8 }),
        allotment: fc.integer({ min: 1, max: 3 })
      }),
      {
        minLength: 1,
        maxLength: 4
      }
    ),
    // A boost period at or below the switch cost is a livelock by design (ends at the event limit); keep it above.
    boost: fc.constantFrom(0, 0, 12, 25),
    ioResetsAllotment: fc.boolean(),
    ioReturnsToFront: fc.boolean()
  }),
  fc.record({
    policy: fc.constant('cfs' as const),
    targetLatency: fc.integer({ min: 1, max: 30 }),
    minGranularity: fc.integer({ min: 1, max: 6 }),
    wakeupGranularity: fc.integer({ min: 0, max: 6 })
  }),
  fc.record({ policy: fc.constant('eevdf' as const), baseSlice: fc.integer({ min: 1, max: 6 }) }),
  // Issue 13: proportional share, with either draw source and lottery.py's aligned quanta.
  fc.record({
    policy: fc.constant('lottery' as const),
    quantum: fc.integer({ min: 1, max: 6 }),
    random: fc.constantFrom('engine' as const, 'python' as const),
    randomSkip: fc.integer({ min: 0, max: 5 }),
    alignedQuanta: fc.boolean()
  }),
  fc.record({ policy: fc.constant('stride' as const), quantum: fc.integer({ min: 1, max: 6 }) })
)

const engineOptionsArb = fc.record({
  switchOnIo: fc.boolean(),
  ioCompletionPreempts: fc.boolean(),
  pickBeforeWakeups: fc.boolean()
})

export const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    cores: fc.integer({ min: 1, max: 4 }),
    costs: fc.record({
      threadSwitch: fc.integer({ min: 0, max: 2 }),
      processSwitch: fc.integer({ min: 0, max: 4 }),
      migration: fc.integer({ min: 0, max: 3 })
    }),
    scheduler: schedulerArb,
    engine: engineOptionsArb,
    devices: fc.constantFrom([] as string[], ['disk'], ['disk', 'net']),
    channels: fc.integer({ min: 1, max: 2 }),
    seed: fc.integer({ min: 0, max: 1000 })
  })
  .chain((base) =>
    fc
      .array(
        fc.record({
          arrival: fc.integer({ min: 0, max: 20 }),
          priority: fc.integer({ min: 0, max: 5 }),
          // Weights for cfs/eevdf (others ignore nice); a thread's own eevdf slice request.
          nice: fc.integer({ min: -20, max: 19 }),
          tickets: fc.integer({ min: 1, max: 500 }),
          affinity: fc.option(fc.subarray([...Array(base.cores).keys()], { minLength: 1 }), {
            nil: undefined
          }),
          threads: fc.array(
            fc.record({
              arrival: fc.integer({ min: 0, max: 10 }),
              ops: opsArb(base.devices),
              slice: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined })
            }),
            {
              minLength: 1,
              maxLength: 3
            }
          )
        }),
        { minLength: 1, maxLength: 4 }
      )
      .map((procs): ScenarioInput => ({
        format: 'schedlab/scenario',
        version: 1,
        name: 'property',
        seed: base.seed,
        machine: { cores: base.cores, costs: base.costs },
        scheduler: { ...base.scheduler, ...base.engine },
        devices: base.devices.map((name) => ({ name, channels: base.channels })),
        processes: procs.map((p, pi) => ({
          name: `p${pi}`,
          arrival: p.arrival,
          priority: p.priority,
          nice: p.nice,
          tickets: p.tickets,
          ...(p.affinity ? { affinity: p.affinity } : {}),
          threads: p.threads.map((t, ti) => ({
            name: `t${ti}`,
            arrival: t.arrival,
            ops: t.ops,
            ...(t.slice ? { slice: t.slice } : {})
          }))
        }))
      }))
  )

/** CPU ticks a list of ops asks for, repeats expanded. */
export function cpuAskedFor(ops: Ops): number {
  let n = 0
  for (const op of ops) {
    if ('cpu' in op) n += op.cpu
    else if ('repeat' in op) n += op.repeat * cpuAskedFor(op.ops)
  }
  return n
}

/**
 * scenarioArb with thread affinity too (issue 12): each thread may narrow its process's cores
 * (or all cores) to a non-empty subset, so the effective affinity is never empty.
 */
export const affinityScenarioArb: fc.Arbitrary<ScenarioInput> = scenarioArb.chain((s) => {
  const all = [...Array(s.machine.cores).keys()]
  const threadAffinity = (p: ScenarioInput['processes'][number]) =>
    fc.option(fc.subarray(p.affinity ?? all, { minLength: 1 }), { nil: undefined })
  return fc
    .tuple(...s.processes.map((p) => fc.tuple(...p.threads.map(() => threadAffinity(p)))))
    .map((perProcess) => ({
      ...s,
      processes: s.processes.map((p, pi) => ({
        ...p,
        threads: p.threads.map((t, ti) => {
          const affinity = perProcess[pi][ti]
          return affinity ? { ...t, affinity } : t
        })
      }))
    }))
})

/**
 * affinityScenarioArb with one run queue per core and random balancing (issue 12): a balance
 * timer of 0 (never) to 12 ticks, idle stealing on or off, or no `balance` at all (defaults);
 * and sometimes per-core caches, with a working set on some threads (placement prefers a core
 * where a thread is warm, so warmth changes where threads go).
 */
export const perCoreScenarioArb: fc.Arbitrary<ScenarioInput> = affinityScenarioArb.chain((s) =>
  fc
    .tuple(
      fc.option(fc.record({ interval: fc.integer({ min: 0, max: 12 }), steal: fc.boolean() }), {
        nil: undefined
      }),
      fc.option(
        fc.record({
          size: fc.integer({ min: 1, max: 20 }),
          warmupTime: fc.integer({ min: 0, max: 6 }),
          warmRate: fc.integer({ min: 1, max: 3 })
        }),
        { nil: undefined }
      ),
      fc.tuple(
        ...s.processes.map((p) =>
          fc.tuple(
            ...p.threads.map(() => fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }))
          )
        )
      )
    )
    .map(([balance, cache, workingSets]) => ({
      ...s,
      machine: { ...s.machine, ...(cache ? { cache } : {}) },
      scheduler: { ...s.scheduler, queues: 'per-core' as const, ...(balance ? { balance } : {}) },
      processes: s.processes.map((p, pi) => ({
        ...p,
        threads: p.threads.map((t, ti) => {
          const workingSet = workingSets[pi][ti]
          return workingSet === undefined ? t : { ...t, workingSet }
        })
      }))
    }))
)
