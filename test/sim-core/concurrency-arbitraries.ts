// fast-check generators of scenarios with locks and coroutine runtimes.
import fc from 'fast-check'
import type { ScenarioInput } from '../../sim-core/index'

type ThreadSpec = ScenarioInput['processes'][number]['threads'][number]
type Ops = NonNullable<ThreadSpec['ops']>
type CoOps = NonNullable<ThreadSpec['coroutines']>[number]['ops']

const LOCKS = ['a', 'b', 'c']

/** A critical section, possibly with a second lock nested inside (always released in reverse order). */
const criticalSection: fc.Arbitrary<Ops> = fc
  .tuple(
    fc.constantFrom(...LOCKS),
    fc.option(fc.constantFrom(...LOCKS), { nil: undefined }),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 5 })
  )
  .map(([outer, inner, x, y]) =>
    inner === undefined || inner === outer
      ? [{ lock: outer }, { cpu: x }, { unlock: outer }]
      : [
          { lock: outer },
          { cpu: x },
          { lock: inner },
          { cpu: y },
          { unlock: inner },
          { unlock: outer }
        ]
  )

const lockingThread: fc.Arbitrary<Ops> = fc
  .array(
    fc.oneof(
      criticalSection,
      fc.integer({ min: 1, max: 6 }).map((cpu): Ops => [{ cpu }]),
      fc.integer({ min: 0, max: 6 }).map((io): Ops => [{ io }])
    ),
    {
      minLength: 1,
      maxLength: 4
    }
  )
  .map((parts) => [{ cpu: 1 }, ...parts.flat()])

const coroutineOps: fc.Arbitrary<CoOps> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }).map((cpu) => ({ cpu })) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }).map((a) => ({ await: a })) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 }).map((io) => ({ io })) },
      { weight: 1, arbitrary: fc.constant({ yield: true as const }) }
    ),
    { minLength: 1, maxLength: 5 }
  )
  .map((ops) => [{ cpu: 1 }, ...ops])

const hostThread: fc.Arbitrary<ThreadSpec> = fc
  .tuple(
    fc.oneof(
      fc.constant({ kind: 'event-loop' as const }),
      fc.integer({ min: 1, max: 3 }).map((workers) => ({ kind: 'm:n' as const, workers }))
    ),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 15 }), coroutineOps), {
      minLength: 1,
      maxLength: 8
    }),
    fc.integer({ min: 0, max: 5 })
  )
  .map(([runtime, cos, arrival]) => ({
    name: 'host',
    arrival,
    runtime,
    coroutines: cos.map(([a, ops], i) => ({ name: `co${i}`, arrival: a, ops }))
  }))

export const concurrencyScenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    cores: fc.integer({ min: 1, max: 3 }),
    policy: fc.constantFrom(
      { policy: 'rr' as const, quantum: 3 },
      { policy: 'fcfs' as const },
      { policy: 'priority' as const, preemptive: true },
      { policy: 'mlfq' as const, boost: 30 },
      { policy: 'srtf' as const },
      { policy: 'cfs' as const },
      { policy: 'eevdf' as const }
    ),
    costs: fc.record({
      threadSwitch: fc.integer({ min: 0, max: 2 }),
      coroutineSwitch: fc.integer({ min: 0, max: 2 })
    }),
    locks: fc.array(fc.record({ semaphore: fc.boolean(), inheritance: fc.boolean() }), {
      minLength: 3,
      maxLength: 3
    }),
    lockers: fc.array(
      fc.record({
        priority: fc.integer({ min: 0, max: 5 }),
        arrival: fc.integer({ min: 0, max: 10 }),
        ops: lockingThread
      }),
      {
        minLength: 0,
        maxLength: 5
      }
    ),
    hosts: fc.array(hostThread, { minLength: 0, maxLength: 2 }),
    seed: fc.integer({ min: 0, max: 99 })
  })
  .filter((r) => r.lockers.length + r.hosts.length > 0)
  .map((r): ScenarioInput => ({
    format: 'schedlab/scenario',
    version: 1,
    name: 'concurrency property',
    seed: r.seed,
    machine: { cores: r.cores, costs: r.costs },
    scheduler: r.policy,
    locks: r.locks.map((l, i) => ({
      name: LOCKS[i],
      kind: l.semaphore ? 'semaphore' : 'mutex',
      ...(l.semaphore ? { permits: 2 } : {}),
      protocol: l.inheritance ? 'inheritance' : 'none'
    })),
    processes: [
      ...r.lockers.map((t, i) => ({
        name: `locker${i}`,
        priority: t.priority,
        arrival: t.arrival,
        threads: [{ name: 'main', ops: t.ops }]
      })),
      ...r.hosts.map((h, i) => ({ name: `app${i}`, threads: [h] }))
    ]
  }))

export function coroutineCpuAsked(ops: CoOps): number {
  let n = 0
  for (const op of ops) if ('cpu' in op) n += op.cpu
  return n
}

/** Threads that each take two locks in a random order, on several cores: deadlocks are common. */
export const deadlockProneArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    cores: fc.integer({ min: 2, max: 4 }),
    threads: fc.array(
      fc.tuple(
        fc.shuffledSubarray(LOCKS, { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 })
      ),
      { minLength: 2, maxLength: 5 }
    )
  })
  .map((r): ScenarioInput => ({
    format: 'schedlab/scenario',
    version: 1,
    name: 'deadlock-prone',
    machine: { cores: r.cores },
    scheduler: { policy: 'rr', quantum: 2 },
    locks: LOCKS.map((name) => ({ name })),
    processes: r.threads.map(([[first, second], work, arrival], i) => ({
      name: `t${i}`,
      arrival,
      threads: [
        {
          name: 'main',
          ops: [
            { cpu: 1 },
            { lock: first },
            { cpu: work },
            { lock: second },
            { cpu: 1 },
            { unlock: second },
            { unlock: first }
          ]
        }
      ]
    }))
  }))
