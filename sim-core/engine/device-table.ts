// I/O devices: each has `channels`; a request beyond them waits for one in FIFO order. A request
// is a thread's io (the thread blocks) or a coroutine's await (only the coroutine waits; its host
// runs other coroutines). The engine owns time and wakeups; this file owns channel state.
import type { Device } from '../model/device'
import type { Task } from '../model/task'
import { ROW_I32, TI } from '../model/task-table'
import type { Coroutine } from '../runtime/coroutine'
import { BlockKind, TaskState, type TraceStore } from '../trace/trace-store'

export interface DeviceHost {
  readonly now: number
  readonly tasks: Task[]
  readonly coroutines: Coroutine[]
  readonly trace: TraceStore
  /** Wake the task at `time` (its I/O completes). */
  wakeAt(id: number, time: number): void
  /** End the coroutine's await at `time`. */
  resumeCoroutine(co: Coroutine, time: number): void
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
      d.requests++
      if (d.busy >= d.channels) {
        host.tasks[id].ioPending = ticks
        this.queue(d, id)
        host.trace.state(host.now, id, TaskState.blocked, BlockKind.device)
        return
      }
      d.busy++
    }
    host.wakeAt(id, host.now + ticks)
  }

  /** A coroutine awaits `ticks` on `device`: it takes a channel, or queues for one like an io. */
  startAwait(co: Coroutine, ticks: number, device: number): void {
    const d = this.devices[device]
    co.awaitDevice = device
    d.requests++
    if (d.busy >= d.channels) {
      co.awaitPending = ticks
      this.queue(d, -1 - co.id)
      return
    }
    d.busy++
    this.host.resumeCoroutine(co, this.host.now + ticks)
  }

  /** The I/O of a waking task ends: free its device's channel, for the first waiter if any. */
  complete(id: number): void {
    const r = id * ROW_I32 + TI.ioDevice
    const index = this.ti[r]
    if (index < 0) return
    this.ti[r] = -1
    this.release(this.devices[index])
  }

  /** A coroutine's await on a device ends: its channel goes to the first waiter if any. */
  completeAwait(co: Coroutine): void {
    const index = co.awaitDevice
    if (index < 0) return
    co.awaitDevice = -1
    this.release(this.devices[index])
  }

  private queue(d: Device, request: number): void {
    d.waiting.pushBack(request)
    if (d.waiting.length > d.peakQueue) d.peakQueue = d.waiting.length
  }

  private release(d: Device): void {
    d.busy--
    const next = d.waiting.popFirst()
    if (next === null) return
    d.busy++
    const host = this.host
    if (next < 0) {
      // A coroutine's await: it waited since it began the await.
      const co = host.coroutines[-1 - next]
      d.totalWait += host.now - co.since
      host.resumeCoroutine(co, host.now + co.awaitPending)
      return
    }
    // A thread's io: it waited since it blocked for it.
    d.totalWait += host.now - host.tasks[next].blockedSince
    host.trace.state(host.now, next, TaskState.blocked, BlockKind.io)
    host.wakeAt(next, host.now + host.tasks[next].ioPending)
  }
}
