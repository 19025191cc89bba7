// `alignedSlices` (rr; OSTEP multi.py's global time slice): slices follow one clock for every
// core. At each multiple of the quantum every running task's slice ends, core 0 first, even when
// nothing else waits: it goes to the tail of its core's run queue (the shared one with global
// queues), and the idle cores pick again in core order at the end of the round. A task picked in
// between runs only until the next multiple. The clock's events come after the cores' own events
// of that instant (a task that finishes there is not requeued) and before the balance timer's
// (multi.py requeues, then steals, then assigns).
import { CpuState } from '../model/cpu'
import { Ev, EvPriority } from './events'
import type { Machine } from './machine'

export class SliceClock {
  constructor(
    private readonly m: Machine,
    private readonly period: number
  ) {
    m.engine.on(Ev.sliceClock, () => this.onTick())
    m.engine.at(period, EvPriority.slice, Ev.sliceClock, 0)
  }

  private onTick(): void {
    const m = this.m
    if (m.finished === m.tasks.length) return
    for (const c of m.cpus) {
      if (c.state !== CpuState.running) continue
      m.ops.account(c, c.task)
      m.ops.stopTask(c, c.task, 'slice-expired')
    }
    m.engine.at(m.now + this.period, EvPriority.slice, Ev.sliceClock, 0)
  }
}
