// What an op's interpreter step may do: the engine side each interpreter offers its op kinds.
// ProgramRunner (threads) and RuntimeDriver (coroutines) implement these; the steps themselves
// live with their op kinds in op-table.ts.
import type { Task } from '../model/task'
import type { Coroutine } from '../runtime/coroutine'
import type { BlockKindCode } from '../trace/trace-store'
import type { LockTable } from '../engine/lock-table'
import type { ChannelTable } from '../engine/channel-table'
import type { Waiter } from '../model/channel'

export interface ThreadStepHost {
  readonly now: number
  /** The compiled op table (program.ts): an op's ARG and REF at slot + ARG / + REF. */
  readonly ops: Float64Array
  readonly tasks: Task[]
  readonly locks: LockTable
  /** The ticks of the cpu op the thread starts. */
  setRemainingOp(id: number, ticks: number): void
  /** Marks the thread blocked (state, since, trace) with the op's block kind. */
  block(id: number, kind: BlockKindCode): void
  /** Start an I/O of `ticks` on `device` (-1: no device). */
  startIo(id: number, ticks: number, device: number): void
  /** Wake the task `ticks` from now. */
  wakeAfter(id: number, ticks: number): void
  readonly channels: ChannelTable
  /** A wait (on a channel or a lock) begins: it ends after `ticks` unless something ends it first (0: no timeout). */
  armTimeout(w: Waiter, ticks: number): void
}

export interface CoroutineStepHost {
  readonly now: number
  /** Schedule a coroutine event (arrival or end of an await) at `at`. */
  scheduleCoroutine(co: Coroutine, at: number): void
  /** Moves a coroutine on to its next op that needs the host; true if it needs the host now. */
  prepare(co: Coroutine): boolean
  readonly channels: ChannelTable
  /** As ThreadStepHost.armTimeout. */
  armTimeout(w: Waiter, ticks: number): void
}
