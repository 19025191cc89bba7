// I/O devices: each has `channels`; a request beyond them waits for one in FIFO order. The
// engine owns time and wakeups; this file owns channel state.
import type { Device } from '../model/device'
import type { Task } from '../model/task'
import { ROW_I32, TI } from '../model/task-table'
import { BlockKind, TaskState, type TraceStore } from '../trace/trace-store'

export interface DeviceHost {
  readonly now: number
  readonly tasks: Task[]
  readonly trace: TraceStore
  /** Wake the task at `time` (its I/O completes). */
  wakeAt(id: number, time: number): void
}

export class DeviceTable {
  constructor(
    readonly devices: Device[],
    private readonly ti: Int32Array,
    private readonly host: DeviceHost
  ) {}

  /** Starts an I/O of `ticks` for a task that has just blocked; `device` -1 is no device (no queueing). */
  startIo(id: number, ticks: number, device: number): void {
    const host = this.host
    if (device >= 0) {
      const d = this.devices[device]
      this.ti[id * ROW_I32 + TI.ioDevice] = device
      if (d.busy >= d.channels) {
        host.tasks[id].ioPending = ticks
        d.waiting.pushBack(id)
        host.trace.state(host.now, id, TaskState.blocked, BlockKind.device)
        return
      }
      d.busy++
    }
    host.wakeAt(id, host.now + ticks)
  }

  /** The I/O of a waking task ends: free its device's channel, for the first waiter if any. */
  complete(id: number): void {
    const r = id * ROW_I32 + TI.ioDevice
    const index = this.ti[r]
    if (index < 0) return
    this.ti[r] = -1
    const d = this.devices[index]
    d.busy--
    const next = d.waiting.popFirst()
    if (next !== null) {
      d.busy++
      const host = this.host
      host.trace.state(host.now, next, TaskState.blocked, BlockKind.io)
      host.wakeAt(next, host.now + host.tasks[next].ioPending)
    }
  }
}
