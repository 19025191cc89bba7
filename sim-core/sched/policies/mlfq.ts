// Multi-level feedback queue (OSTEP ch. 8). Level 0 is the highest priority. A task runs for its
// level's quantum; after `allotment` whole quanta at a level it moves down one level. `boost`
// periodically moves every task to the top. Without `ioResetsAllotment`, a task keeps its partly
// used quantum and allotment across I/O (the anti-gaming rule). Preemption is immediate: a task
// that enters a higher level takes the CPU, and the preempted task stays at the head of its level.
import type { SchedulerConfig } from '../../scenario/schema'
import type { AnyPolicy, SchedPolicy } from '../policy'
import { FifoQueue } from '../run-queue'

/** One run queue: a FIFO queue per level. */
type Levels = FifoQueue[]

interface MlfqState {
  level: Int32Array
  ticksLeft: Float64Array
  allotLeft: Float64Array
}

export function mlfq(config: Extract<SchedulerConfig, { policy: 'mlfq' }>): AnyPolicy {
  const levels = config.levels
  const bottom = levels.length - 1
  const reset = (s: MlfqState, task: number, level: number) => {
    s.level[task] = level
    s.ticksLeft[task] = levels[level].quantum
    s.allotLeft[task] = levels[level].allotment
  }
  const policy: SchedPolicy<MlfqState, Levels> = {
    name: 'mlfq',
    init: (ctx) => {
      const s: MlfqState = {
        level: new Int32Array(ctx.taskCount),
        ticksLeft: new Float64Array(ctx.taskCount),
        allotLeft: new Float64Array(ctx.taskCount)
      }
      for (let i = 0; i < ctx.taskCount; i++) reset(s, i, 0)
      return s
    },
    createQueue: () => levels.map(() => new FifoQueue()),
    enqueue(s, rq, task, reason) {
      const q = rq.q[s.level[task]]
      if (reason === 'preempted' || (reason === 'wakeup' && config.ioReturnsToFront))
        q.pushFront(task)
      else q.pushBack(task)
    },
    dequeue: (s, rq, task) => void rq.q[s.level[task]].remove(task),
    pickNext(_s, rq, cpu, ctx) {
      const accept = ctx.hasAffinity ? (id: number) => ctx.canRun(id, cpu) : undefined
      for (const q of rq.q) {
        const id = q.popFirst(accept)
        if (id !== null) return id
      }
      return null
    },
    putPrev(s, task, ran, reason) {
      if (reason === 'exit') return
      s.ticksLeft[task] -= ran
      const expired = s.ticksLeft[task] <= 0
      const level = s.level[task]
      if (reason === 'blocked' && config.ioResetsAllotment) {
        s.ticksLeft[task] = levels[level].quantum
        s.allotLeft[task] = levels[level].allotment
      }
      // Quantum expiry is processed even when the task also blocked on this tick, on the
      // possibly just-reset allotment (mlfq.py's order).
      if (expired) {
        s.allotLeft[task] -= 1
        if (s.allotLeft[task] <= 0) reset(s, task, Math.min(level + 1, bottom))
        else s.ticksLeft[task] = levels[level].quantum
      }
    },
    wakeupPreempt: (s, running, woken, why) =>
      s.level[woken] < s.level[running] ||
      (why === 'wakeup' && config.ioReturnsToFront && s.level[woken] === s.level[running]),
    timeSlice: (s, task) => s.ticksLeft[task],
    timerPeriod: () => config.boost,
    // The boost first takes every running task off its core, back to the head of its level...
    tick: () => 'resched',
    timer(s, rqs, ctx) {
      // ...then lower levels join the top queue lowest level first, after the tasks already there.
      for (const { q: queues } of rqs) {
        const top = queues[0]
        for (let l = bottom; l >= 1; l--) {
          let id: number | null
          while ((id = queues[l].popFirst()) !== null) top.pushBack(id)
        }
      }
      for (let i = 0; i < ctx.taskCount; i++) reset(s, i, 0)
    },
    queued: (_s, rq) => rq.q.flatMap((q) => q.toArray()),
    rule: { code: 'rule.mlfq', params: {} }
  }
  return policy as AnyPolicy
}
