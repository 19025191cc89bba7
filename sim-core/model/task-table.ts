// The per-thread state the engine touches on every event, in one table of 128-byte rows instead of
// fields spread over each thread's object: with ten thousand threads the engine is bound by the
// cache lines it touches per event, and a row is two adjacent lines. Times and counts are float64
// (ticks reach 10^12); indices and the program cursor are int32, small codes are bytes, all in
// the same row: three views of one buffer.
import { CURSOR_FIELDS } from './program'

/** float64 slots per row. */
export const ROW_F64 = 16
/** int32 slots and bytes per row (the same memory). */
export const ROW_I32 = 32
export const ROW_BYTES = 128

/** Float64 fields of a row (offsets in float64 slots). Dispatch touches the first line only. */
export const TF = {
  readySince: 0,
  waiting: 1,
  remainingOp: 2,
  firstRun: 3,
  switches: 4,
  migrations: 5,
  overhead: 6,
  cpuTime: 7,
  blockedSince: 8,
  blockedTime: 9,
  preemptions: 10,
  finish: 11
} as const

/** Int32 fields of a row (offsets in int32 slots; bytes 96 to 123). */
export const TI = {
  lastCpu: 24,
  ioDevice: 25,
  holding: 26,
  /** The program cursor's CURSOR_FIELDS fields start here. */
  cursor: 27
} as const

/** Byte fields of a row (offsets in bytes; 124 to 127). */
export const TB = {
  state: 124,
  blockKind: 125,
  flags: 126
} as const

/** Bits of TB.flags: what sends a thread off the plain path. */
/** handler: a cluster service's handler thread (it loops over requests, cluster/service-host.ts). */
export const TaskFlag = { host: 1, periodic: 2, pinned: 4, handler: 8 } as const

// The three views must not overlap.
if (
  Object.values(TF).reduce<number>((m, v) => Math.max(m, v), 0) * 8 + 8 > TI.lastCpu * 4 ||
  (TI.cursor + CURSOR_FIELDS) * 4 > TB.state
)
  throw new Error('task row fields overlap')

export class TaskTable {
  readonly f: Float64Array
  readonly i: Int32Array
  readonly b: Uint8Array

  constructor(readonly size: number) {
    const bytes = new ArrayBuffer(size * ROW_BYTES)
    this.f = new Float64Array(bytes)
    this.i = new Int32Array(bytes)
    this.b = new Uint8Array(bytes)
  }
}
