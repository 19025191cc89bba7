// A cluster run: one Engine drives one Machine per node (each through its NodeEngine view, so
// each node keeps its own scheduler, run queues and event handlers), the Network carries
// requests and replies between them as engine events, and this class decides when the run
// ends: every request completed or failed and every ordinary thread done (handler threads
// waiting on an empty inbox are idle servers then, not a deadlock).
import { Engine, type EngineClient, type LimitKind, type RunStatus } from '../engine/engine'
import { EvPriority } from '../engine/events'
import { Machine } from '../engine/machine'
import { checkNothingLost } from '../engine/watchdog'
import type { ClampedLimit } from '../scenario/limits'
import type { Scenario } from '../scenario/schema'
import type { SimOptions } from '../engine/simulation'
import { arrivalTimes } from './arrivals'
import { createBalancer, type Balancer, type ReplicaView } from './balancer'
import { Network, OUTSIDE } from './network'
import { KINDS_PER_NODE, NodeEngine } from './node-engine'
import { nodePlan } from './node-scenario'
import { OUTSIDE_CALLER, RequestLog } from './request-log'
import { ServiceHost } from './service-host'

/** The cluster's own event kinds (after every node's). */
const K = { create: 0, deliver: 1, reply: 2, down: 3, up: 4 } as const

interface ReplicaPlace {
  node: number
  /** The replica's slot in its node's ServiceHost. */
  slot: number
}

export class Cluster implements EngineClient {
  readonly engine: Engine
  readonly nodeNames: string[]
  readonly machines: Machine[] = []
  readonly hosts: ServiceHost[] = []
  readonly network: Network
  readonly log = new RequestLog()
  /** Per service, per replica: where it runs, and its requests in flight (sent, not yet answered or failed). */
  readonly places: ReplicaPlace[][]
  readonly inFlight: Int32Array[]
  /** Per node: open down windows (> 0 = down). */
  readonly down: Int32Array
  /** Per node: its threads that are not handler threads (the run waits for them to finish). */
  readonly ownTasks: number[] = []
  readonly clamped: ClampedLimit[]
  private readonly balancers: Balancer[]
  private readonly views: ReplicaView[]
  private readonly base: number

  constructor(
    readonly scenario: Scenario,
    options: SimOptions = {}
  ) {
    const nodes = scenario.nodes ?? []
    this.engine = new Engine(scenario, options)
    this.clamped = this.engine.clamped
    this.nodeNames = nodes.map((n) => n.name)
    const nodeIndex = new Map(this.nodeNames.map((n, i) => [n, i]))
    this.network = new Network(scenario.network ?? { latency: 0 }, (n) => nodeIndex.get(n) ?? -1)
    this.down = new Int32Array(nodes.length)
    const services = scenario.services ?? []
    this.places = services.map((v) =>
      v.replicas.map((r) => ({ node: nodeIndex.get(r) ?? 0, slot: -1 }))
    )
    this.inFlight = services.map((v) => new Int32Array(v.replicas.length))
    nodes.forEach((node, i) => {
      const plan = nodePlan(scenario, node, i)
      const view = new NodeEngine(this.engine, i * KINDS_PER_NODE)
      const m = new Machine(view, plan.scenario, options.trace ?? true)
      plan.replicas.forEach((r, slot) => (this.places[r.service][r.replica].slot = slot))
      this.machines.push(m)
      this.ownTasks.push(m.tasks.filter((t) => t.process < plan.own).length)
      this.hosts.push(
        new ServiceHost(m, plan, this.log, {
          reply: (r) => this.send(r, i, this.log.callerNode[r], K.reply),
          fail: (r) => this.fail(r),
          call: (service, task) => {
            const r = this.log.add(this.engine.now, service, i, task)
            this.at(this.engine.now, EvPriority.arrival, K.create, r)
          }
        })
      )
    })
    this.base = nodes.length * KINDS_PER_NODE
    this.balancers = services.map((v) => createBalancer(v.balancer, this.engine.rng.network))
    this.views = services.map((_, s) => ({
      count: this.places[s].length,
      isUp: (r: number) => this.down[this.places[s][r].node] === 0,
      inFlight: (r: number) => this.inFlight[s][r]
    }))
    this.registerHandlers()
    const serviceIndex = new Map(services.map((v, i) => [v.name, i]))
    for (const spec of scenario.requests ?? []) {
      const s = serviceIndex.get(spec.to) ?? 0
      for (const t of arrivalTimes(spec, this.engine.rng.network)) {
        const r = this.log.add(t, s, OUTSIDE_CALLER, -1)
        this.at(t, EvPriority.arrival, K.create, r)
      }
    }
    // Down at `from` before anything else of that instant (the balancer already skips the node),
    // up again at `to`.
    for (const f of scenario.faults ?? []) {
      const n = nodeIndex.get(f.node) ?? 0
      this.at(f.down[0], EvPriority.cpu, K.down, n)
      this.at(f.down[1], EvPriority.cpu, K.up, n)
    }
    this.engine.attach(this, this.machines[0].trace)
    if (this.settled()) this.engine.status = 'completed'
  }

  private at(time: number, priority: number, kind: number, subject: number): void {
    this.engine.at(time, priority, this.base + kind, subject)
  }

  private registerHandlers(): void {
    const e = this.engine
    e.on(this.base + K.create, (r) => this.create(r))
    e.on(this.base + K.deliver, (r) => this.deliver(r))
    e.on(this.base + K.reply, (r) => this.replyArrives(r))
    e.on(this.base + K.down, (n) => this.nodeDown(n))
    e.on(this.base + K.up, (n) => this.down[n]--)
  }

  // ---- requests -----------------------------------------------------------------------------

  /** A request leaves its caller: the balancer picks a replica that is up, or it fails. */
  private create(r: number): void {
    const s = this.log.service[r]
    const replica = this.balancers[s].pick(this.views[s])
    if (replica < 0) {
      this.fail(r)
      return
    }
    this.log.replica[r] = replica
    this.inFlight[s][replica]++
    this.send(r, this.log.callerNode[r], this.places[s][replica].node, K.deliver)
  }

  /** Request (or reply) `r` travels from node `from` to node `to` (OUTSIDE = -1). */
  private send(r: number, from: number, to: number, kind: number): void {
    const fromNode = from < 0 ? OUTSIDE : from
    const toNode = to < 0 ? OUTSIDE : to
    this.at(this.engine.now + this.network.latency(fromNode, toNode), EvPriority.wake, kind, r)
  }

  private deliver(r: number): void {
    if (!this.log.isOpen(r)) return
    const place = this.places[this.log.service[r]][this.log.replica[r]]
    // A node that is down receives nothing, and a full inbox takes nothing more: the request is
    // lost, and counted as failed.
    if (this.down[place.node] > 0 || !this.hosts[place.node].deliver(r, place.slot)) this.fail(r)
  }

  private replyArrives(r: number): void {
    if (!this.log.isOpen(r)) return
    this.log.complete(r, this.engine.now)
    this.inFlight[this.log.service[r]][this.log.replica[r]]--
    this.wakeCaller(r)
  }

  /** A `call`'s thread goes on at its reply, or at once when its request fails. */
  private wakeCaller(r: number): void {
    const task = this.log.callerTask[r]
    if (task >= 0) this.machines[this.log.callerNode[r]].wakeAt(task, this.engine.now)
  }

  private fail(r: number): void {
    if (!this.log.isOpen(r)) return
    this.log.fail(r, this.engine.now)
    const replica = this.log.replica[r]
    if (replica >= 0) this.inFlight[this.log.service[r]][replica]--
    this.wakeCaller(r)
  }

  private nodeDown(n: number): void {
    if (this.down[n]++ === 0) this.hosts[n].failAll()
  }

  // ---- the run ------------------------------------------------------------------------------

  /** Every request answered or failed, and every node's own threads done. */
  private settled(): boolean {
    const log = this.log
    if (log.completedCount + log.failedCount !== log.count) return false
    for (let i = 0; i < this.machines.length; i++)
      if (this.machines[i].finished < this.ownTasks[i]) return false
    return true
  }

  endRound(t: number): void {
    const e = this.engine
    for (const m of this.machines) {
      m.endRound(t)
      if (e.status !== 'running') return
    }
    if (this.settled()) e.finish('completed', t)
    else if (this.traceFull()) e.finish('limit', t, 'maxTrace')
  }

  /**
   * The trace budget (--max-trace) is the cluster's, not each node's: the run stops when the
   * nodes' shares of it add up to the whole, so memory does not grow with the node count.
   */
  private traceFull(): boolean {
    let used = 0
    for (const m of this.machines) used += m.trace.used
    return used >= 1
  }

  stalled(): void {
    for (const m of this.machines) checkNothingLost(m)
    for (const m of this.machines) {
      const deadlock = m.waits.findDeadlock()
      if (deadlock) {
        m.deadlock = deadlock
        break
      }
    }
    this.engine.finish('deadlock', this.engine.now)
  }

  close(at: number): void {
    for (const m of this.machines) m.close(at)
  }

  /** Runs whole instants until about `budget` events have been handled or the run ends; true when it has ended. */
  step(budget = Infinity): boolean {
    return this.engine.step(budget)
  }

  get status(): RunStatus {
    return this.engine.status
  }
  get makespan(): number {
    return this.engine.makespan
  }
  get limitHit(): LimitKind | null {
    return this.engine.limitHit
  }
}
