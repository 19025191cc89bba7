// Event kinds and their order at one instant. The heap orders events by (time, priority, seq):
// a core's burst or slice end first, then policy timers, arrivals and releases, then wakeups
// (I/O and sleep completions, lock hand-offs, coroutine events); FIFO within each priority.
// Each kind is handled by the subsystem that registers it with Engine.on.

/** Kind codes (the index into the engine's handler table). */
export const Ev = {
  cpu: 0,
  timer: 1,
  arrival: 2,
  wake: 3,
  coroutine: 4,
  release: 5,
  coroutineArrival: 6,
  balance: 7,
  sliceClock: 8,
  /** A periodic job's deadline check (onMiss "abort"). */
  deadline: 9,
  /** A timed wait (recv, lock) reaches its timeout (wait-timeouts.ts). */
  waitTimeout: 10
} as const
export type EvKind = (typeof Ev)[keyof typeof Ev]

/** Priorities (smaller first at the same instant). */
export const EvPriority = {
  cpu: 0,
  /** rr's alignedSlices clock: after the cores' own events, before the balance and policy timers. */
  slice: 1,
  timer: 2,
  arrival: 3,
  wake: 4
} as const
