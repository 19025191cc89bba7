// The discrete-event core: the clock, the event heap, a table of event handlers (each subsystem
// registers the handler of the kinds it owns; no closed switch), the run's guards, the trace and
// the random streams. Time jumps from event to event; an instant may take several rounds (a
// round handles every event due now, and events it schedules for now make another round).
import {
  resolveGuards,
  type ClampedLimit,
  type GuardOverrides,
  type Guards
} from '../scenario/limits'
import type { Scenario } from '../scenario/schema'
import type { TraceStore } from '../trace/trace-store'
import { EventQueue } from './event-queue'
import { rngStreams, type RngStreams } from './rng'

export type RunStatus = 'running' | 'completed' | 'deadlock' | 'limit'

/** The guard that stopped a run with status "limit". */
export type LimitKind = 'maxTime' | 'maxEvents' | 'maxTrace'

/** What the engine drives: the machine (or, later, a cluster of them). */
export interface EngineClient {
  /** After the last event of a round: pick, check, and end the run when every task is done. */
  endRound(t: number): void
  /** The heap is empty with tasks unfinished: nothing can happen any more. */
  stalled(): void
  /** The run ends at `at`: close every open interval there. */
  close(at: number): void
}

export type Handler = (subject: number) => void

/**
 * What a Machine uses of the engine: the Engine itself on one machine, a node's view of it in a
 * cluster (cluster/node-engine.ts: the node's own event kinds, its finish routed to the cluster).
 */
export interface EngineView {
  readonly now: number
  readonly guards: Guards
  readonly rng: RngStreams
  on(kind: number, handler: Handler): void
  at(time: number, priority: number, kind: number, subject: number): number
  cancel(handle: number): void
  finish(status: RunStatus, at: number, limit?: LimitKind | null): void
}

export class Engine implements EngineView {
  now = 0
  events = 0
  status: RunStatus = 'running'
  makespan = 0
  limitHit: LimitKind | null = null
  readonly queue = new EventQueue()
  readonly guards: Guards
  /** The scenario's own limits that asked for more than this run allows (each was lowered). */
  readonly clamped: ClampedLimit[]
  readonly rng: RngStreams
  private readonly handlers: Handler[] = []
  private client: EngineClient | null = null
  /** The run's trace (sized by the machine, which knows the workload). */
  trace: TraceStore | null = null

  constructor(scenario: Scenario, overrides: GuardOverrides) {
    const resolved = resolveGuards(scenario.limits, overrides)
    this.guards = resolved
    this.clamped = resolved.clamped
    this.rng = rngStreams(scenario.seed)
  }

  attach(client: EngineClient, trace: TraceStore): void {
    this.client = client
    this.trace = trace
  }

  /** Registers the handler of an event kind (one per kind). */
  on(kind: number, handler: Handler): void {
    if (this.handlers[kind]) throw new Error(`event kind ${kind} already has a handler`)
    this.handlers[kind] = handler
  }

  /** Schedules an event; the handle cancels it. */
  at(time: number, priority: number, kind: number, subject: number): number {
    return this.queue.push(time, priority, kind, subject)
  }

  cancel(handle: number): void {
    this.queue.cancel(handle)
  }

  /** Runs whole instants until about `budget` events have been handled or the run ends; true when it has ended. */
  step(budget = Infinity): boolean {
    const stopAt = this.events + budget
    while (this.status === 'running' && this.events < stopAt) this.runRound()
    return this.status !== 'running'
  }

  /** Ends the run with `status` at `at`. */
  finish(status: RunStatus, at: number, limit: LimitKind | null = null): void {
    this.status = status
    this.now = at
    this.makespan = at
    if (limit) this.limitHit = limit
    this.client?.close(at)
  }

  private runRound(): void {
    const client = this.client as EngineClient
    const q = this.queue
    const t = q.peekTime()
    if (t === Infinity) {
      client.stalled()
      return
    }
    if (t > this.guards.maxTime) {
      this.finish('limit', this.guards.maxTime, 'maxTime')
      return
    }
    if (this.events >= this.guards.maxEvents) {
      this.finish('limit', this.now, 'maxEvents')
      return
    }
    // The trace's memory budget is spent: stop here, with the trace complete up to now.
    if ((this.trace as TraceStore).full) {
      this.finish('limit', this.now, 'maxTrace')
      return
    }
    this.now = t
    const handlers = this.handlers
    while (q.peekTime() === t) {
      const h = q.pop()
      const kind = q.kindOf(h)
      const subject = q.subjectOf(h)
      this.events++
      handlers[kind](subject)
    }
    client.endRound(t)
  }
}
