// Per-core caches (SCENARIO.md §2b), with the rules of OSTEP's multi.py (SEMANTICS.md §4):
// a thread warms a core's cache by running there `warmupTime` ticks, then runs `warmRate` times
// faster there. Each core keeps the threads it holds warm newest first; when their working sets
// no longer fit, the oldest-warmed one is evicted (not the least recently run) and must warm up
// again. Warm-up progress is kept across deschedules and never decays.
//
// Shaped for an event-driven engine: the engine asks `ticksUntilWarm` when it starts a run,
// schedules an event there, and reports the ticks run with `ran` whenever it accounts the core.

export interface CacheConfig {
  /** Capacity, in the units of the threads' working sets. */
  size: number
  /** Ticks a thread must run on a core before its working set is warm there. */
  warmupTime: number
  /** Work done per tick by a thread running warm (a cold one does 1). */
  warmRate: number
}

/** One core's cache. Task ids index `workingSet` (the model's). */
class CoreCache {
  /** Warm tasks, newest warmed first. */
  readonly contents: number[] = []
  /** Sum of the working sets in `contents`. */
  held = 0
  /** Task -> ticks of running here still needed to turn warm (0 after an eviction with warmupTime 0). */
  readonly warming = new Map<number, number>()
}

export class CacheModel {
  private readonly cores: CoreCache[]

  /**
   * @param workingSet each task's working set, or -1 for a task without one (it never warms and
   *   never touches a cache).
   */
  constructor(
    cores: number,
    readonly config: CacheConfig,
    private readonly workingSet: ArrayLike<number>
  ) {
    this.cores = Array.from({ length: cores }, () => new CoreCache())
  }

  /** A core picks `task`: a task new to this cache starts warming it (at once with warmupTime 0). */
  onPick(cpu: number, task: number): void {
    if (this.workingSet[task] < 0) return
    const c = this.cores[cpu]
    if (c.warming.has(task) || c.contents.includes(task)) return
    if (this.config.warmupTime === 0) this.insert(c, task)
    else c.warming.set(task, this.config.warmupTime)
  }

  isWarm(cpu: number, task: number): boolean {
    return this.workingSet[task] >= 0 && this.cores[cpu].contents.includes(task)
  }

  /** Work per tick of `task` on `cpu` now: warmRate when warm there, else 1. */
  rate(cpu: number, task: number): number {
    return this.isWarm(cpu, task) ? this.config.warmRate : 1
  }

  /**
   * Ticks `task` must still run on `cpu` (picked there) until it runs warm: 0 when it is warm,
   * Infinity when it never will be (no working set, or one larger than the cache). A countdown
   * of 0 (an eviction with warmupTime 0) still takes one cold tick, as upstream decrements first.
   */
  ticksUntilWarm(cpu: number, task: number): number {
    const ws = this.workingSet[task]
    if (ws < 0 || ws > this.config.size) return Infinity
    const c = this.cores[cpu]
    const left = c.warming.get(task)
    if (left === undefined) return c.contents.includes(task) ? 0 : Infinity
    return Math.max(1, left)
  }

  /**
   * `task` ran `ticks` ticks on `cpu`: its countdown advances; at zero it is warm there, at the
   * front, and older entries are evicted while the working sets exceed the size. A task larger
   * than the cache evicts everything including itself and starts over, each time its countdown
   * runs out. The caller splits runs at `ticksUntilWarm`, so a task that turns warm here has no
   * ticks left over (any would have run warm).
   */
  ran(cpu: number, task: number, ticks: number): void {
    const c = this.cores[cpu]
    let left = ticks
    while (left > 0) {
      const count = c.warming.get(task)
      if (count === undefined) return
      const step = Math.max(1, count)
      if (left < step) {
        c.warming.set(task, count - left)
        return
      }
      left -= step
      c.warming.delete(task)
      this.insert(c, task)
      // Warm now, or evicted at once (too large): a large task flushes an already empty cache
      // each further countdown, which changes nothing but where its countdown stands.
      if (c.contents.length === 0 && c.warming.has(task)) {
        const period = Math.max(1, this.config.warmupTime)
        left %= period
      }
    }
  }

  /** The tasks warm on `cpu`, newest first (a copy). */
  warmTasks(cpu: number): number[] {
    return [...this.cores[cpu].contents]
  }

  /** Ticks `task` still needs on `cpu` to finish warming, or undefined when it is not warming there. */
  warmingLeft(cpu: number, task: number): number | undefined {
    return this.cores[cpu].warming.get(task)
  }

  private insert(c: CoreCache, task: number): void {
    c.contents.unshift(task)
    c.held += this.workingSet[task]
    while (c.held > this.config.size) {
      const gone = c.contents.pop() as number
      c.held -= this.workingSet[gone]
      c.warming.set(gone, this.config.warmupTime)
    }
  }
}
