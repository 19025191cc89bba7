// Periodic threads: job releases, the end of each job, and deadline misses. A job released
// while the previous one still runs starts when it ends; a thread that finishes a job before
// the next release sleeps until then.
import { LIMITS } from '../scenario/limits'
import type { Periodic, Task } from '../model/task'
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
}

export class JobReleaser {
  /** Jobs released, over all threads, and those of them finished after their deadline. */
  released = 0
  missed = 0

  constructor(private readonly host: JobHost) {}

  /** A periodic thread's job is released: it starts now if the previous job is done, else after it. */
  release(t: Task): void {
    const p = t.periodic as Periodic
    t.released++
    // Only the first LIMITS.maxJobRows jobs of the run keep a row; the rest are counted.
    if (this.released++ < LIMITS.maxJobRows) t.jobFinish.push(-1)
    if (t.released < p.jobs) this.host.scheduleRelease(t.id, t.arrival + t.released * p.period)
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
      return null
    }
    t.awaitingRelease = true
    this.host.block(t.id, BlockKind.sleep)
    return Next.blocked
  }
}
