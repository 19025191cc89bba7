// A node's service replicas: each replica's inbox (requests in arrival order) and its handler
// threads. A handler thread loops: take the oldest request, run the handler's ops on the node's
// cores like any thread, send the reply; with the inbox empty it blocks (BlockKind.channel)
// until a request is handed to it. The machine calls endRequest where a thread's ops end
// (program-runner.ts), so a handler starts its life "at the end of its ops": its first call
// takes its first request.
import { Next, type NextCode } from '../engine/next'
import type { Machine, RequestServer } from '../engine/machine'
import { END, PC } from '../model/program'
import { ROW_BYTES, ROW_I32, TaskFlag, TB, TI } from '../model/task-table'
import { BlockKind } from '../trace/trace-store'
import type { NodePlan } from './node-scenario'
import type { RequestLog } from './request-log'

export interface ServiceHostEvents {
  /** Handler `r`'s reply leaves the node. */
  reply(r: number): void
  /** Request `r` fails now (its node went down). */
  fail(r: number): void
  /** Thread `task` of this node calls service `service` (a `call` op). */
  call(service: number, task: number): void
}

export class ServiceHost implements RequestServer {
  /** Per replica slot on this node: queued request ids (from `head` on) and idle handler threads. */
  private readonly inbox: number[][]
  private readonly head: number[]
  private readonly idle: number[][]
  /** Per task: its replica slot (-1: not a handler), its request being served, the one handed to it while it waited. */
  private readonly slotOf: Int32Array
  private readonly current: Int32Array
  private readonly assigned: Int32Array

  constructor(
    private readonly m: Machine,
    plan: NodePlan,
    private readonly log: RequestLog,
    private readonly events: ServiceHostEvents
  ) {
    const n = m.tasks.length
    this.inbox = plan.replicas.map(() => [])
    this.head = plan.replicas.map(() => 0)
    this.idle = plan.replicas.map(() => [])
    this.slotOf = new Int32Array(n).fill(-1)
    this.current = new Int32Array(n).fill(-1)
    this.assigned = new Int32Array(n).fill(-1)
    for (let id = 0; id < n; id++) {
      const slot = m.processOf[id] - plan.own
      if (slot < 0) continue
      this.slotOf[id] = slot
      m.tb[id * ROW_BYTES + TB.flags] |= TaskFlag.handler
      const c = id * ROW_I32 + TI.cursor
      m.ti[c + PC] = m.ti[c + END]
    }
    m.serve = this
  }

  /** Request `r` reaches replica slot `slot`'s inbox: handed to an idle handler, or queued. */
  deliver(r: number, slot: number): void {
    this.log.queued[r] = this.m.now
    const idle = this.idle[slot]
    if (idle.length > 0) {
      const t = idle.shift() as number
      this.assigned[t] = r
      this.m.wakeAt(t, this.m.now)
    } else this.inbox[slot].push(r)
  }

  call(id: number, service: number): void {
    this.events.call(service, id)
  }

  endRequest(id: number): NextCode | null {
    const log = this.log
    const now = this.m.now
    const cur = this.current[id]
    if (cur >= 0) {
      this.current[id] = -1
      // A request that failed meanwhile (its node went down) gets no reply.
      if (log.isOpen(cur)) {
        log.replied[cur] = now
        this.events.reply(cur)
      }
    }
    const slot = this.slotOf[id]
    let next = this.assigned[id]
    this.assigned[id] = -1
    if (next >= 0 && !log.isOpen(next)) next = -1
    const q = this.inbox[slot]
    while (next < 0 && this.head[slot] < q.length) {
      const r = q[this.head[slot]++]
      if (log.isOpen(r)) next = r
    }
    if (this.head[slot] === q.length && q.length > 0) {
      q.length = 0
      this.head[slot] = 0
    }
    if (next >= 0) {
      this.current[id] = next
      log.started[next] = now
      log.handler[next] = id
      this.m.tasks[id].reset()
      return null
    }
    this.idle[slot].push(id)
    this.m.block(id, BlockKind.channel)
    return Next.blocked
  }

  /** The node goes down: every request queued here, handed over or being served fails. */
  failAll(): void {
    for (let s = 0; s < this.inbox.length; s++) {
      const q = this.inbox[s]
      for (let k = this.head[s]; k < q.length; k++) this.events.fail(q[k])
      q.length = 0
      this.head[s] = 0
    }
    for (let id = 0; id < this.current.length; id++) {
      if (this.current[id] >= 0) this.events.fail(this.current[id])
      if (this.assigned[id] >= 0) this.events.fail(this.assigned[id])
    }
  }
}
