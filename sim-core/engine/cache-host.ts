// The machine's caches (machine.cache): what warmth changes for a running task. A task running
// warm on a core does warmRate units of work per tick; its warm-up advances while it runs cold
// there, and the core gets an event at the tick it turns warm, where its run segment ends and the
// faster rate starts. Runtime hosts never warm (their time goes to their coroutines' ops).
import { CacheModel } from '../model/cache'
import type { Cpu } from '../model/cpu'
import type { Task } from '../model/task'
import type { Scenario } from '../scenario/schema'

/** The machine's caches, or null when the scenario has none. */
export function cacheFor(
  scenario: Scenario,
  workingSet: Float64Array,
  m: { readonly tasks: readonly Task[]; isHost(id: number): boolean }
): CacheHost | null {
  const config = scenario.machine.cache
  if (!config) return null
  return new CacheHost(scenario.machine.cores, config, workingSet, m.tasks, (id) => m.isHost(id))
}

export class CacheHost {
  readonly model: CacheModel

  constructor(
    cores: number,
    config: { size: number; warmupTime: number; warmRate: number },
    workingSet: Float64Array,
    private readonly tasks: readonly Task[],
    private readonly isHost: (id: number) => boolean
  ) {
    this.model = new CacheModel(cores, config, workingSet)
  }

  /** Whether `task` would run warm on `cpu` now (what placement asks: "previous core if warm"). */
  isWarm(cpu: number, task: number): boolean {
    return this.model.isWarm(cpu, task)
  }

  /** `task` starts running on core `c`: a task new to that cache starts warming it. */
  start(c: Cpu, id: number): void {
    if (!this.isHost(id)) this.model.onPick(c.id, id)
  }

  /**
   * Ticks until core `c`'s next event for a task with `left` units of work in its op and
   * `sliceLeft` ticks of slice: the op's end at the current rate, the slice's end, or the tick it
   * turns warm, whichever comes first. Sets whether the run from now on is warm.
   */
  until(c: Cpu, id: number, left: number, sliceLeft: number): number {
    const cold = left < sliceLeft ? left : sliceLeft
    c.runWarm = false
    if (this.isHost(id)) return cold
    const toWarm = this.model.ticksUntilWarm(c.id, id)
    if (toWarm === 0) {
      c.runWarm = true
      // Upstream's time_left = max(0, time_left - rate): the last warm tick may do less.
      const ticks = Math.ceil(left / this.model.config.warmRate)
      return ticks < sliceLeft ? ticks : sliceLeft
    }
    return toWarm < cold ? toWarm : cold
  }

  /**
   * Core `c` ran task `id` for `ran` ticks at the rate set by `until`: returns the work done (at
   * most `left`), and counts warm ticks or advances the warm-up.
   */
  work(c: Cpu, id: number, ran: number, left: number): number {
    if (c.runWarm) {
      this.tasks[id].warmTime += ran
      c.warm += ran
      const done = ran * this.model.config.warmRate
      return done < left ? done : left
    }
    if (!this.isHost(id)) this.model.ran(c.id, id, ran)
    return ran
  }
}
