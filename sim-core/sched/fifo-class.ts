// The shared core of fcfs and rr: one FIFO run queue (or id round robin), an optional slice.
import type { Decision } from './decision'
import type { SchedContext, SchedPolicy } from './policy'
import { CyclicReadySet, FifoQueue } from './run-queue'

/** One run queue's ready tasks: FIFO, or the id-round-robin set (process-run.py's order). */
export interface FifoState {
  fifo: FifoQueue
  cyclic: CyclicReadySet | null
}

export function fifoClass(
  name: string,
  slice: number,
  readyOrder: 'fifo' | 'id-round-robin'
): SchedPolicy<undefined, FifoState> {
  const rule: Decision = { code: readyOrder === 'fifo' ? 'rule.head' : 'rule.nextById', params: {} }
  return {
    name,
    createQueue: (_s, _cpu, ctx: SchedContext) => ({
      fifo: new FifoQueue(),
      cyclic: readyOrder === 'fifo' ? null : new CyclicReadySet(ctx.taskCount)
    }),
    enqueue(_s, { q }, task, reason) {
      if (q.cyclic) q.cyclic.add(task)
      // A preempted task has not had its turn: it goes back where it was, at the head.
      else if (reason === 'preempted') q.fifo.pushFront(task)
      else q.fifo.pushBack(task)
    },
    dequeue(_s, { q }, task) {
      if (q.cyclic) q.cyclic.remove(task)
      else q.fifo.remove(task)
    },
    pickNext(_s, { q }, cpu, ctx) {
      const accept = ctx.hasAffinity ? (id: number) => ctx.canRun(id, cpu) : undefined
      return q.cyclic ? q.cyclic.popAfter(ctx.lastTaskOn(cpu), accept) : q.fifo.popFirst(accept)
    },
    timeSlice: () => slice,
    queued: (_s, { q }) => (q.cyclic ? q.cyclic.toArray() : q.fifo.toArray()),
    rule
  }
}
