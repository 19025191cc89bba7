// Every request of a cluster run, one row each (what the trace and the latency figures read):
// created (left the caller), the replica the balancer chose, queued (reached the replica's
// inbox), started (a handler thread took it), replied (the reply left), done (the reply reached
// the caller) or failed. Times are ticks; -1 = did not happen.

/** The caller of a request from `requests` (outside the cluster). */
export const OUTSIDE_CALLER = -1

export class RequestLog {
  readonly created: number[] = []
  readonly service: number[] = []
  /** Index into the service's replicas, or -1 (none was up). */
  readonly replica: number[] = []
  readonly queued: number[] = []
  readonly started: number[] = []
  /** The handler thread (task id on the replica's node) that took it, or -1 (for the trace). */
  readonly handler: number[] = []
  readonly replied: number[] = []
  readonly done: number[] = []
  readonly failed: number[] = []
  /** Where the reply goes: OUTSIDE_CALLER, or a node index (a `call` from a thread there). */
  readonly callerNode: number[] = []
  /** The calling thread (task id on callerNode), or -1. */
  readonly callerTask: number[] = []
  completedCount = 0
  failedCount = 0

  get count(): number {
    return this.created.length
  }

  add(created: number, service: number, callerNode: number, callerTask: number): number {
    this.created.push(created)
    this.service.push(service)
    this.replica.push(-1)
    this.queued.push(-1)
    this.started.push(-1)
    this.handler.push(-1)
    this.replied.push(-1)
    this.done.push(-1)
    this.failed.push(-1)
    this.callerNode.push(callerNode)
    this.callerTask.push(callerTask)
    return this.created.length - 1
  }

  isOpen(r: number): boolean {
    return this.done[r] < 0 && this.failed[r] < 0
  }

  fail(r: number, at: number): void {
    this.failed[r] = at
    this.failedCount++
  }

  complete(r: number, at: number): void {
    this.done[r] = at
    this.completedCount++
  }
}
