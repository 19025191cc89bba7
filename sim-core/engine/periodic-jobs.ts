// The machine's periodic threads: the JobReleaser wired to the engine's events and to the
// program runner, and onMiss "abort" (a job still unfinished at its deadline leaves its core or
// its queue). Kept apart from machine.ts so the core of the machine stays about cores and queues.
import { CpuState } from '../model/cpu'
import { Run } from '../model/task'
import { ROW_BYTES, ROW_F64, ROW_I32, TB, TF, TI } from '../model/task-table'
import { BlockKind } from '../trace/trace-store'
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
 * in a sleep or an I/O (or queued for a device) has its job dropped too, at the deadline; the
 * sleep or the request already issued still ends when due, and then the thread goes on with its
 * next job (JobReleaser.abortBlocked). A thread waiting for or holding a lock, or holding its
 * core through an I/O (switchOnIo false), is left alone: its job runs late and counts as a miss
 * when it ends (dropping it would leave the lock or the core in mid-use).
 */
function abortAtDeadline(m: Machine, jobs: JobReleaser, id: number): void {
  const t = m.tasks[id]
  if (t.state === Run.done || !jobs.overdue(t)) return
  if (t.heldLocks.length > 0) return
  if (t.state === Run.blocked) {
    const kind = m.tb[id * ROW_BYTES + TB.blockKind]
    const dropsHere = kind === BlockKind.sleep || kind === BlockKind.io || kind === BlockKind.device
    if (dropsHere && m.ti[id * ROW_I32 + TI.holding] < 0 && !m.isHost(id)) jobs.abortBlocked(t)
    return
  }
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
