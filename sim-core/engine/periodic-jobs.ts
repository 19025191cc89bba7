// The machine's periodic threads: the JobReleaser wired to the engine's events and to the
// program runner, and onMiss "abort" (a job still unfinished at its deadline leaves its core or
// its queue). Kept apart from machine.ts so the core of the machine stays about cores and queues.
import { CpuState } from '../model/cpu'
import { Run } from '../model/task'
import { ROW_F64, TF } from '../model/task-table'
import { Ev, EvPriority } from './events'
import { JobReleaser } from './job-releaser'
import type { Machine } from './machine'
import { Next } from './next'

/** The machine's JobReleaser, with the release (and, under abortOnMiss, deadline) events handled. */
export function wirePeriodicJobs(m: Machine): JobReleaser {
  const engine = m.engine
  const rules = m.policyDef.jobs
  const jobs = new JobReleaser(
    {
      get now() {
        return engine.now
      },
      tasks: m.tasks,
      scheduleRelease: (id, time) => engine.at(time, EvPriority.arrival, Ev.release, id),
      block: (id, kind) => m.program.block(id, kind),
      resume: (id) => m.afterBlock(m.program.proceed(id, false), id, 'wakeup', false),
      scheduleDeadline: (id, time) => engine.at(time, EvPriority.arrival, Ev.deadline, id)
    },
    rules
  )
  engine.on(Ev.release, (id) => jobs.onRelease(id))
  if (rules?.abortOnMiss) engine.on(Ev.deadline, (id) => abortAtDeadline(m, jobs, id))
  return jobs
}

/**
 * A periodic job's deadline: still unfinished, it is dropped (onMiss "abort"). The thread
 * leaves its core or its queue, and starts its next job if that is released. A thread blocked
 * mid-job (I/O, sleep, a lock) or holding a lock is left alone: its job runs late and counts
 * as a miss when it ends (dropping it would leave the device or the lock in mid-use).
 */
function abortAtDeadline(m: Machine, jobs: JobReleaser, id: number): void {
  const t = m.tasks[id]
  if (t.state === Run.done || !jobs.overdue(t)) return
  if (t.state === Run.blocked || t.heldLocks.length > 0) return
  if (t.state === Run.running) {
    const c = m.cpus[t.lastCpu]
    m.ops.preempt(c)
    // Dropping a job is not a preemption: whatever the core runs next is not counted as one.
    c.displaced = -1
  } else if (m.queueOf[id] < 0) {
    // Picked at this round but not yet running: give it back to the queue first.
    const c = m.cpus.find((k) => k.state === CpuState.picked && k.task === id)
    if (c) m.ops.unpick(c)
  }
  const q = m.queueOf[id]
  if (q >= 0) {
    const rq = m.rqs[q]
    m.policy.dequeue(m.state, rq, id, 'aborted', m.ctx)
    m.taken(rq, id)
  }
  m.tf[id * ROW_F64 + TF.remainingOp] = 0
  const next = jobs.abort(t)
  if (next === Next.exit) m.finishTask(id)
  else if (next === Next.runnable) m.afterBlock(m.program.proceed(id, false), id, 'wakeup', false)
}
