// The shared core of fcfs and rr: one FIFO run queue (or id round robin), an optional slice.
import type { Decision } from './decision'
import type { SchedContext, SchedPolicy } from './policy'
import { CyclicReadySet, RunQueue } from './run-queue'

export interface FifoState {
  fifo: RunQueue
  cyclic: CyclicReadySet | null
}

export function fifoClass(
  name: string,
  slice: number,
  readyOrder: 'fifo' | 'id-round-robin'
): SchedPolicy<FifoState> {
  const rule: Decision = { code: readyOrder === 'fifo' ? 'rule.head' : 'rule.nextById', params: {} }
  return {
    name,
    init: (ctx: SchedContext) => ({
      fifo: new RunQueue(),
      cyclic: readyOrder === 'fifo' ? null : new CyclicReadySet(ctx.taskCount)
    }),
    enqueue(s, task, reason) {
      if (s.cyclic) s.cyclic.add(task)
      // A preempted task has not had its turn: it goes back where it was, at the head.
      else if (reason === 'preempted') s.fifo.pushFront(task)
      else s.fifo.pushBack(task)
    },
    dequeue(s, task) {
      if (s.cyclic) s.cyclic.remove(task)
      else s.fifo.remove(task)
    },
    pickNext(s, cpu, ctx) {
      const accept = ctx.hasAffinity ? (id: number) => ctx.canRun(id, cpu) : undefined
      return s.cyclic ? s.cyclic.popAfter(ctx.lastTaskOn(cpu), accept) : s.fifo.popFirst(accept)
    },
    timeSlice: () => slice,
    queued: (s) => (s.cyclic ? s.cyclic.toArray() : s.fifo.toArray()),
    rule
  }
}
