// A core: what it runs, since when, and what it has spent its time on.
// `picked`: the core has taken its next task from the queue but runs it only at the end of the
// round (pickBeforeWakeups: it picks before the instant's wakeups join the queue).
export const CpuState = { idle: 0, switching: 1, running: 2, holding: 3, picked: 4 } as const
export type CpuStateCode = (typeof CpuState)[keyof typeof CpuState]

export class Cpu {
  state: CpuStateCode = CpuState.idle
  task = -1
  /** The task whose context the core last loaded (switch costs compare against it), or -1. */
  lastTask = -1
  /** Start of the current idle, overhead or run segment. */
  segStart = 0
  /** Progress of the running task has been accounted up to here. */
  accountedAt = 0
  sliceLeft = Infinity
  /** Handle of the pending core event (burst end, slice end or end of switch), or -1. */
  event = -1
  dispatchTime = -1
  ranSinceDispatch = 0
  /** Overhead phases of the current switch: context switch then migration, in ticks. */
  switchCost = 0
  migrationCost = 0
  /** A task this core descheduled involuntarily at this instant: counts as preempted if another task gets the core. */
  displaced = -1
  /** A wakeup claimed this idle core at this instant (so a second one looks elsewhere). */
  claimedAt = -1
  /** A task the engine must run next here (an I/O completion that preempts), or -1. */
  forced = -1
  /** Tasks left queued when this core picked (state picked), for the decision record. */
  pickQueued = 0
  /** Why the core's last task left it (an EndReason code). */
  lastStop = 0
  busy = 0
  overhead = 0
  idle = 0
  /** Ticks of `busy` a thread ran warm here. */
  warm = 0
  /** Whether the running task runs warm since the last accounting (machine.cache's rate applies). */
  runWarm = false
  /** Dispatches here of a task that last ran on another core. */
  migrations = 0

  constructor(readonly id: number) {}
}
