// One node's view of the cluster's Engine: the node's Machine registers and schedules its own
// event kinds (each node's kinds are offset by its base, so the handler table has no clash), and
// its clock, guards, random streams and cancel are the engine's. A node does not end the run: a
// machine whose tasks are all done says "completed" to its view, which ignores it (the cluster
// decides, cluster.ts); a lock deadlock inside a node ends the run.
import type { Engine, EngineView, Handler, LimitKind, RunStatus } from '../engine/engine'
import type { Guards } from '../scenario/limits'
import type { RngStreams } from '../engine/rng'

/** Event kinds reserved per node (events.ts uses 0..9). */
export const KINDS_PER_NODE = 16

export class NodeEngine implements EngineView {
  constructor(
    private readonly engine: Engine,
    readonly base: number
  ) {}

  get now(): number {
    return this.engine.now
  }
  get guards(): Guards {
    return this.engine.guards
  }
  get rng(): RngStreams {
    return this.engine.rng
  }

  on(kind: number, handler: Handler): void {
    this.engine.on(this.base + kind, handler)
  }

  at(time: number, priority: number, kind: number, subject: number): number {
    return this.engine.at(time, priority, this.base + kind, subject)
  }

  cancel(handle: number): void {
    this.engine.cancel(handle)
  }

  finish(status: RunStatus, at: number, limit: LimitKind | null = null): void {
    if (status === 'completed') return
    this.engine.finish(status, at, limit)
  }
}
