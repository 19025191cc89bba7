// Periodic threads: job releases, the end of each job, and deadline misses. A job released
// while the previous one still runs starts when it ends; a thread that finishes a job before
// the next release sleeps until then. Under a real-time policy (its JobRules): a job still
// unfinished at its deadline is dropped (onMiss "abort", SimSo's abort_on_miss) and the next
// one starts; and a job that starts as its predecessor ends goes back through the run queue.
import { LIMITS } from '../scenario/limits'
import type { Periodic, Task } from '../model/task'
import type { JobRules } from '../sched/policy'
import { BlockKind } from '../trace/trace-store'
import { Next, type NextCode } from './next'

export interface JobHost {
  readonly now: number
  readonly tasks: Task[]
  /** Schedule the release of job `t.released` at `time`. */
  scheduleRelease(id: number, time: number): void
  /** The task blocks (waiting for its next release). */
  block(id: number, kind: typeof BlockKind.sleep): void
  /** The released task starts its next job: interpret its ops from the first. */
  resume(id: number): void
  /** Schedule the deadline check of the job just released (only with abortOnMiss). */
  scheduleDeadline(id: number, time: number): void
}

/** A job's row in Task.jobFinish while it is open, and once it was aborted. */
export const JOB_OPEN = -1
export const JOB_ABORTED = -2

export class JobReleaser {
  /** Jobs released, over all threads, and those of them finished after their deadline. */
  released = 0
  missed = 0

  /** Jobs dropped at their deadline, over all threads. */
  aborted = 0

  constructor(
    private readonly host: JobHost,
    private readonly rules: JobRules = { abortOnMiss: false, requeueBetweenJobs: false }
  ) {}

  /** A periodic thread's job is released: it starts now if the previous job is done, else after it. */
  release(t: Task): void {
    const p = t.periodic as Periodic
    t.released++
    // Only the first LIMITS.maxJobRows jobs of the run keep a row; the rest are counted.
    if (this.released++ < LIMITS.maxJobRows) t.jobFinish.push(JOB_OPEN)
    // The next release is posted before this job's deadline check, so with deadline = period
    // the next job is released first and starts the moment this one is dropped (SimSo's order).
    if (t.released < p.jobs) this.host.scheduleRelease(t.id, t.arrival + t.released * p.period)
    if (this.rules.abortOnMiss)
      this.host.scheduleDeadline(t.id, t.arrival + (t.released - 1) * p.period + p.deadline)
  }

  /** Whether the deadline check due now finds the thread's current job unfinished (to be dropped). */
  overdue(t: Task): boolean {
    const p = t.periodic as Periodic
    return (
      t.jobsDone < t.released && t.arrival + t.jobsDone * p.period + p.deadline === this.host.now
    )
  }

  /**
   * Drops the current job (the engine has taken the thread off its core and out of its queue):
   * a miss. Returns runnable when the next job is already released (its ops start from the
   * first), blocked when the thread waits for its next release, exit after its last job.
   */
  abort(t: Task): NextCode {
    this.drop(t)
    return this.afterDrop(t)
  }

  /**
   * Drops the current job of a thread blocked in a sleep or an I/O at its deadline: a miss now.
   * The sleep or the request in flight still ends when it was due (a device cannot recall it);
   * then the thread goes on with its next job (resumeDropped).
   */
  abortBlocked(t: Task): void {
    this.drop(t)
    this.droppedBlocked.add(t.id)
  }

  /** A thread wakes: if its job was dropped while it was blocked, what comes next (else null). */
  resumeDropped(id: number): NextCode | null {
    if (this.droppedBlocked.size === 0 || !this.droppedBlocked.delete(id)) return null
    return this.afterDrop(this.host.tasks[id])
  }

  /** Threads whose job was dropped while they were blocked, until they wake. */
  private readonly droppedBlocked = new Set<number>()

  private drop(t: Task): void {
    const job = t.jobsDone++
    if (job < t.jobFinish.length) t.jobFinish[job] = JOB_ABORTED
    t.jobsMissed++
    t.jobsAborted++
    this.missed++
    this.aborted++
    t.reset()
  }

  private afterDrop(t: Task): NextCode {
    const p = t.periodic as Periodic
    if (t.jobsDone === p.jobs) return Next.exit
    if (t.jobsDone < t.released) return Next.runnable
    t.awaitingRelease = true
    this.host.block(t.id, BlockKind.sleep)
    return Next.blocked
  }

  /** The release event of a periodic thread. */
  onRelease(id: number): void {
    const t = this.host.tasks[id]
    this.release(t)
    if (!t.awaitingRelease) return
    t.awaitingRelease = false
    t.blockedTime += this.host.now - t.blockedSince
    t.blockKind = BlockKind.none
    t.reset()
    this.host.resume(id)
  }

  /** A periodic thread reached the end of its ops: the job is done; start the next or wait for it. */
  endJob(t: Task): NextCode | null {
    const p = t.periodic as Periodic
    const now = this.host.now
    // Jobs run in release order: the one finishing is the oldest open one.
    const job = t.jobsDone++
    if (job < t.jobFinish.length) t.jobFinish[job] = now
    if (now > t.arrival + job * p.period + p.deadline) {
      t.jobsMissed++
      this.missed++
    }
    const done = t.jobsDone
    if (done === p.jobs) return Next.exit
    if (done < t.released) {
      t.reset()
      // The next job competes with its own key (a later deadline), as a new activation.
      return this.rules.requeueBetweenJobs ? Next.yieldRunnable : null
    }
    t.awaitingRelease = true
    this.host.block(t.id, BlockKind.sleep)
    return Next.blocked
  }
}
