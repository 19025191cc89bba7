/**
 * Independent oracle for OSTEP cpu-sched/scheduler.py (FIFO / SJF / RR), written only from
 * SEMANTICS.md section 1. Every job arrives at t=0; there is no I/O and no switch cost.
 */

import { pyRound2 } from './py-format'

export type SchedulerPolicy = 'FIFO' | 'SJF' | 'RR'

export interface SchedulerOracleJob {
  id: number
  response: number
  turnaround: number
  wait: number
  completion: number
}

export interface SchedulerOracleReport {
  /** In job-id order. */
  jobs: SchedulerOracleJob[]
  /** The means as upstream prints them (`%.2f`, see pyRound2). */
  average: { response: number; turnaround: number; wait: number }
  /** The exact means. */
  average_exact: { response: number; turnaround: number; wait: number }
  /** One entry per dispatch (FIFO/SJF: one per job; RR: one per slice); done_at null if unfinished. */
  trace: { time: number; job: number; ran: number; done_at: number | null }[]
  run_order: number[]
  total_time: number
}

interface JobState {
  id: number
  length: number
  remaining: number
  firstRun: number | null
  lastRan: number
  wait: number
  end: number | null
}

export function schedulerOracle(
  lengths: readonly number[],
  policy: SchedulerPolicy,
  quantum: number
): SchedulerOracleReport {
  const jobs: JobState[] = lengths.map((length, id) => ({
    id,
    length,
    remaining: length,
    firstRun: null,
    lastRan: 0,
    wait: 0,
    end: null
  }))
  const trace: SchedulerOracleReport['trace'] = []
  const runOrder: number[] = []
  let now = 0

  if (policy === 'FIFO' || policy === 'SJF') {
    // SJF: Python's sorted() is stable, so equal lengths keep job-id order. Then exactly FIFO.
    const order =
      policy === 'SJF'
        ? jobs
            .map((j, idx) => ({ j, idx }))
            .sort((a, b) => a.j.length - b.j.length || a.idx - b.idx)
            .map((x) => x.j)
        : jobs.slice()
    for (const job of order) {
      job.firstRun = now
      job.wait = now
      trace.push({ time: now, job: job.id, ran: job.length, done_at: now + job.length })
      runOrder.push(job.id)
      now += job.length
      job.remaining = 0
      job.end = now
    }
  } else {
    if (!(quantum > 0)) throw new Error(`RR needs a positive quantum, got ${quantum}`)
    const queue: JobState[] = jobs.slice()
    while (queue.length > 0) {
      const job = queue.shift() as JobState
      if (job.firstRun === null) job.firstRun = now
      job.wait += now - job.lastRan
      let ran: number
      if (job.remaining > quantum) {
        ran = quantum
        job.remaining -= quantum
        queue.push(job)
      } else {
        // remaining == quantum finishes in this slice; a short last slice ends early.
        ran = job.remaining
        job.remaining = 0
      }
      trace.push({ time: now, job: job.id, ran, done_at: job.remaining === 0 ? now + ran : null })
      runOrder.push(job.id)
      now += ran
      job.lastRan = now
      if (job.remaining === 0) job.end = now
    }
  }

  const out: SchedulerOracleJob[] = jobs.map((j) => {
    if (j.firstRun === null || j.end === null) throw new Error(`job ${j.id} never finished`)
    return {
      id: j.id,
      response: j.firstRun,
      turnaround: j.end,
      wait: j.wait,
      completion: j.end
    }
  })
  const mean = (f: (j: SchedulerOracleJob) => number): number =>
    out.length === 0 ? 0 : out.reduce((s, j) => s + f(j), 0) / out.length
  const exact = {
    response: mean((j) => j.response),
    turnaround: mean((j) => j.turnaround),
    wait: mean((j) => j.wait)
  }
  return {
    jobs: out,
    average: {
      response: pyRound2(exact.response),
      turnaround: pyRound2(exact.turnaround),
      wait: pyRound2(exact.wait)
    },
    average_exact: exact,
    trace,
    run_order: runOrder,
    total_time: now
  }
}
