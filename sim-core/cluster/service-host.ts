// A node's service replicas: each replica's inbox and its handler threads. The inbox is a
// channel of the node's ChannelTable (`<replica process>.inbox`, node-scenario.ts), fed from
// outside by the network (ChannelTable.deliver) and received from by the handler threads like
// any channel, so its sends, receives, occupancy and waits are the channel's. A handler thread
// loops: receive the next request, run the handler's ops on the node's cores like any thread,
// send the reply; with the inbox empty it blocks on the channel (BlockKind.channel) until a
// request is handed to it. The machine calls endRequest where a thread's ops end
// (program-runner.ts), so a handler starts its life "at the end of its ops": its first call
// receives its first request.
import { ChanResult } from '../engine/channel-table'
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
  /**
   * Per replica slot on this node: the request ids in its inbox channel's buffer (from `head`
   * on). A channel holds no values, only their count, so the ids ride beside it: both are FIFO,
   * so the k-th value received is the k-th id queued here. A request handed straight to a
   * waiting handler never enters the buffer; it goes to `assigned` instead.
   */
  private readonly inbox: number[][]
  private readonly head: number[]
  /** Per replica slot: its inbox's channel index on this node. */
  private readonly channel: number[]
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
    this.channel = plan.replicas.map((_, slot) => plan.firstInbox + slot)
    for (const ch of this.channel) m.waits.channels.channels[ch].external = true
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

  /**
   * Request `r` reaches replica slot `slot`'s inbox: handed to the first waiting handler (woken
   * by the channel table), or queued. False: the inbox is full and the request is lost.
   */
  deliver(r: number, slot: number): boolean {
    const table = this.m.waits.channels
    const ch = this.channel[slot]
    if (table.full(ch)) return false
    this.log.queued[r] = this.m.now
    const handler = table.deliver(ch)
    if (handler === null) this.inbox[slot].push(r)
    else this.assigned[handler] = r
    return true
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
    // Handed over, then failed before the handler woke (its node went down): not served.
    if (next >= 0 && !log.isOpen(next)) next = -1
    if (next < 0) {
      if (this.m.waits.channels.recv(id, this.channel[slot]) === ChanResult.wait) {
        // Resumed by ChannelTable.deliver, the handler comes back here with `assigned` set.
        this.m.block(id, BlockKind.channel)
        return Next.blocked
      }
      // The buffer's oldest value: its id is the queue's head. Queued requests are all open
      // (a request fails in an inbox only when its node goes down, which drains it).
      const q = this.inbox[slot]
      next = q[this.head[slot]++]
      if (this.head[slot] === q.length) {
        q.length = 0
        this.head[slot] = 0
      }
    }
    this.current[id] = next
    log.started[next] = now
    log.handler[next] = id
    this.m.tasks[id].reset()
    return null
  }

  /**
   * The node goes down: every request queued here, handed over or being served fails. The
   * inboxes are drained, so the requests queued in them are never counted as received.
   */
  failAll(): void {
    const table = this.m.waits.channels
    for (let s = 0; s < this.inbox.length; s++) {
      table.drain(this.channel[s])
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
