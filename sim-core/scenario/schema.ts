// The scenario format v1 (SCENARIO.md §1–2): the single source of truth for validation, the
// TypeScript types and the published JSON Schema.
import { z } from 'zod'
import {
  bool,
  fraction,
  intRange,
  list,
  name,
  object,
  oneOf,
  positiveTicks,
  safeNameChars,
  ticks
} from './fields'
import { coroutineOp, threadOp } from './ops-schema'

export const TIME_UNITS = ['tick', 'ns', 'us', 'ms', 's'] as const
export const MAX_CORES = 1024

const costs = object(
  {
    threadSwitch: ticks().default(0),
    processSwitch: ticks().default(0),
    coroutineSwitch: ticks().default(0),
    migration: ticks().default(0)
  },
  'switch costs'
)

/**
 * Per-core caches (SCENARIO.md §2b): a thread whose working set fits becomes warm on a core after
 * `warmupTime` ticks of running there, and then does `warmRate` ticks of work per tick.
 */
const cache = object(
  {
    size: positiveTicks(),
    warmupTime: ticks().default(10),
    warmRate: intRange(1, 1000).default(2)
  },
  'the cache'
)

const machine = object(
  {
    cores: intRange(1, MAX_CORES),
    costs: costs.default({ threadSwitch: 0, processSwitch: 0, coroutineSwitch: 0, migration: 0 }),
    cache: cache.optional()
  },
  'the machine'
)

/** Options every policy accepts: how the engine itself behaves around the policy. */
const engineOptions = {
  /** "global": one run queue shared by every core; "per-core": one per core, with placement and balancing. */
  queues: oneOf(['global', 'per-core']).default('global'),
  /** Per-core queues only: pull balancing every `interval` ticks (0 = never), and idle cores steal. */
  balance: object(
    {
      interval: ticks().default(0),
      steal: bool().default(true),
      /**
       * false: balancing never moves a thread that has an affinity (multi.py's check never does).
       * Absent = true, and not filled in.
       */
      movePinned: bool().optional()
    },
    'the balancing'
  ).optional(),
  /** false: a thread blocked in I/O keeps its core, which idles until the I/O completes. */
  switchOnIo: bool().default(true),
  /** true: a thread whose I/O completes preempts a running thread when no core is free. */
  ioCompletionPreempts: bool().default(false),
  /** true: a core freed at an instant picks before that instant's I/O completions join the queue. */
  pickBeforeWakeups: bool().default(false),
  /** Periodic threads in a real-time class above the policy (Linux's class chain: rt above fair). */
  realtime: oneOf(['edf', 'rm', 'fifo']).optional()
}

/** The engine options of edf and rm, which are real-time classes themselves. */
const { realtime: _realtime, ...rtEngineOptions } = engineOptions

/** edf / rm: what happens to a job at its deadline, and the partitioning with per-core queues. */
const rtOptions = {
  onMiss: oneOf(['abort', 'continue']).default('abort'),
  partition: oneOf(['first-fit', 'best-fit', 'worst-fit']).default('first-fit')
}

/** How FIFO-queue policies choose among ready threads. */
const readyOrder = oneOf(['fifo', 'id-round-robin']).default('fifo')

const estimate = {
  estimate: oneOf(['oracle', 'exponential']).default('oracle'),
  alpha: fraction().default(0.5),
  initial: positiveTicks().default(10)
}

const mlfqLevel = object(
  { quantum: positiveTicks(), allotment: intRange(1, 1_000_000).default(1) },
  'a level'
)

const policyError = (iss: { input?: unknown }) => {
  const got =
    iss.input !== null && typeof iss.input === 'object'
      ? (iss.input as { policy?: unknown }).policy
      : iss.input
  return `expected a policy: one of "fcfs", "sjf", "srtf", "rr", "priority", "mlfq", "cfs", "eevdf", "lottery", "stride", "edf", "rm", got ${got === undefined ? 'nothing' : JSON.stringify(got)}`
}

export const schedulerSchema = z.discriminatedUnion(
  'policy',
  [
    object({ policy: z.literal('fcfs'), readyOrder, ...engineOptions }, 'the scheduler'),
    object({ policy: z.literal('sjf'), ...estimate, ...engineOptions }, 'the scheduler'),
    object({ policy: z.literal('srtf'), ...estimate, ...engineOptions }, 'the scheduler'),
    object(
      {
        policy: z.literal('rr'),
        quantum: positiveTicks().default(4),
        readyOrder,
        /**
         * true: slices follow one clock for all cores: at every multiple of `quantum` each running
         * thread goes to the tail of its run queue (in core order, even when nothing else waits),
         * and a thread dispatched between two multiples runs only until the next (OSTEP multi.py).
         * Absent = false, and not filled in, so existing scenarios read and print as before.
         */
        alignedSlices: bool().optional(),
        ...engineOptions
      },
      'the scheduler'
    ),
    object(
      {
        policy: z.literal('priority'),
        preemptive: bool().default(true),
        quantum: positiveTicks().optional(),
        aging: object(
          { interval: positiveTicks(), step: intRange(1, 1000).default(1) },
          'aging'
        ).optional(),
        ...engineOptions
      },
      'the scheduler'
    ),
    object(
      {
        policy: z.literal('mlfq'),
        levels: list(mlfqLevel, 'levels')
          .min(1, { error: 'expected at least one level' })
          .max(64, { error: 'expected at most 64 levels' })
          .default([
            { quantum: 10, allotment: 1 },
            { quantum: 10, allotment: 1 },
            { quantum: 10, allotment: 1 }
          ]),
        boost: ticks().default(0),
        ioResetsAllotment: bool().default(false),
        ioReturnsToFront: bool().default(false),
        ...engineOptions
      },
      'the scheduler'
    ),
    object({ policy: z.literal('edf'), ...rtOptions, ...rtEngineOptions }, 'the scheduler'),
    object({ policy: z.literal('rm'), ...rtOptions, ...rtEngineOptions }, 'the scheduler'),
    // cfs: the kernel's 6 ms : 0.75 ms : 1 ms (sysctl_sched_latency, _min_granularity,
    // _wakeup_granularity) at 1 tick = 0.25 ms.
    object(
      {
        policy: z.literal('cfs'),
        targetLatency: positiveTicks().default(24),
        minGranularity: positiveTicks().default(3),
        wakeupGranularity: ticks().default(4),
        ...engineOptions
      },
      'the scheduler'
    ),
    // eevdf: sysctl_sched_base_slice, 0.75 ms at 1 tick = 0.25 ms.
    object(
      { policy: z.literal('eevdf'), baseSlice: positiveTicks().default(3), ...engineOptions },
      'the scheduler'
    ),
    object(
      {
        policy: z.literal('lottery'),
        quantum: positiveTicks().default(1),
        /** Where the draws come from (docs/policies.md, "lottery"): the policy's stream, or CPython's. */
        random: oneOf(['engine', 'python']).default('engine'),
        /** "python" only: random() values to discard before the first draw. */
        randomSkip: intRange(0, 1_000_000_000).default(0),
        /** Quanta start only at multiples of `quantum` (lottery.py's clock). */
        alignedQuanta: bool().default(false),
        ...engineOptions
      },
      'the scheduler'
    ),
    object(
      { policy: z.literal('stride'), quantum: positiveTicks().default(1), ...engineOptions },
      'the scheduler'
    )
  ],
  { error: policyError }
)

const coreList = () =>
  list(intRange(0, MAX_CORES - 1), 'core ids').min(1, { error: 'expected at least one core' })

const device = object({ name: name(), channels: intRange(1, 1_000_000).default(1) }, 'a device')

const lock = object(
  {
    name: name(),
    kind: oneOf(['mutex', 'semaphore']).default('mutex'),
    permits: intRange(1, 1_000_000).optional(),
    protocol: oneOf(['none', 'inheritance']).default('none')
  },
  'a lock'
)

const channel = object(
  {
    name: name(),
    // 0: a rendezvous (no buffer).
    capacity: intRange(0, 1_000_000).default(0)
  },
  'a channel'
)

const periodic = object(
  {
    period: positiveTicks(),
    deadline: positiveTicks().optional(),
    offset: ticks().default(0),
    jobs: intRange(1, 1_000_000)
  },
  'a periodic release'
)

const runtime = z.discriminatedUnion(
  'kind',
  [
    object({ kind: z.literal('event-loop') }, 'a runtime'),
    object({ kind: z.literal('m:n'), workers: intRange(1, 1024) }, 'a runtime')
  ],
  {
    error: (iss) =>
      `expected a runtime kind: "event-loop" or "m:n", got ${JSON.stringify(iss.input)}`
  }
)

const coroutine = object(
  { name: name(), arrival: ticks().default(0), ops: list(coroutineOp, 'coroutine ops') },
  'a coroutine'
)

const thread = object(
  {
    name: name(),
    arrival: ticks().default(0),
    ops: list(threadOp, 'ops').default([]),
    periodic: periodic.optional(),
    /** Cores this thread may run on (within its process's affinity); default: the process's. */
    affinity: coreList().optional(),
    /** Cache footprint (in the cache's units); a thread without one never warms a cache. */
    workingSet: ticks().optional(),
    /** eevdf: the thread's time-slice request in ticks (sched_attr.sched_runtime); default the policy's baseSlice. */
    slice: positiveTicks().optional(),
    runtime: runtime.optional(),
    coroutines: list(coroutine, 'coroutines').optional()
  },
  'a thread'
)

const process = object(
  {
    name: name(),
    arrival: ticks().default(0),
    priority: intRange(0, 139).default(0),
    nice: intRange(-20, 19).default(0),
    tickets: intRange(1, 1_000_000).default(100),
    affinity: coreList().optional(),
    threads: list(thread, 'threads').min(1, { error: 'expected at least one thread' })
  },
  'a process'
)

export const scenarioSchema = object(
  {
    $schema: z.string().optional(),
    format: z.literal('schedlab/scenario', { error: 'expected "schedlab/scenario"' }),
    version: z.literal(1, {
      error: (iss) =>
        `unsupported version ${JSON.stringify(iss.input)}: this SchedLab reads version 1`
    }),
    name: z
      .string({ error: 'expected the scenario name (text)' })
      .min(1, { error: 'expected a non-empty name' })
      .max(200, { error: 'expected a name of at most 200 characters' })
      .refine(...safeNameChars),
    description: z
      .string({ error: 'expected a description (text)' })
      .max(10_000, { error: 'expected a description of at most 10,000 characters' })
      .optional(),
    timeUnit: oneOf(TIME_UNITS).default('tick'),
    seed: intRange(0, 2 ** 32 - 1).default(1),
    machine,
    scheduler: schedulerSchema,
    devices: list(device, 'devices').default([]),
    locks: list(lock, 'locks').default([]),
    // Optional (no default), so a parsed scenario without channels is what it was before them.
    channels: list(channel, 'channels').optional(),
    processes: list(process, 'processes').min(1, { error: 'expected at least one process' }),
    limits: object(
      { maxTime: positiveTicks().optional(), maxEvents: positiveTicks().optional() },
      'limits'
    ).optional()
  },
  'a scenario'
)

/** A scenario as written (defaults may be missing). */
export type ScenarioInput = z.input<typeof scenarioSchema>
/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>
export type SchedulerConfig = Scenario['scheduler']
export type PolicyName = SchedulerConfig['policy']
export type ProcessSpec = Scenario['processes'][number]
export type ThreadSpec = ProcessSpec['threads'][number]
export type CoroutineSpec = NonNullable<ThreadSpec['coroutines']>[number]
export type TimeUnit = (typeof TIME_UNITS)[number]
