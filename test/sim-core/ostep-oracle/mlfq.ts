/**
 * Independent oracle for OSTEP cpu-sched-mlfq/mlfq.py, written only from SEMANTICS.md section 3:
 * a literal per-tick loop. Levels use mlfq.py numbering internally (0 = lowest, n-1 = highest);
 * the parameter lists are given highest priority first, like `-Q` / `-A`.
 */

import { pyRound2 } from './py-format'

export interface MlfqOracleJobInput {
  start: number
  run: number
  ioFreq: number
}

export interface MlfqOracleParams {
  /** Per-level quantum, highest priority first (`-Q`). */
  quantumHiFirst: readonly number[]
  /** Per-level allotment in quanta, highest priority first (`-A`). */
  allotmentHiFirst: readonly number[]
  /** `-B`; 0 = off. */
  boost: number
  /** `-i`. */
  ioTime: number
  /** `-S`. */
  stay: boolean
  /** `-I`. */
  iobump: boolean
}

/** `[job, level (0 = lowest), ticksLeft, allotLeft, timeLeft]` after the tick, or null = IDLE. */
export type MlfqScheduleEntry = [number, number, number, number, number] | null
export type MlfqEvent = [
  number,
  'JOB BEGINS' | 'IO_START' | 'IO_DONE' | 'FINISHED' | 'BOOST',
  number | null
]

export interface MlfqOracleReport {
  jobs: { id: number; response: number; turnaround: number; first_run: number; finish: number }[]
  /** The means as upstream prints them (`%.2f`, see pyRound2). */
  average: { response: number; turnaround: number }
  /** The exact means. */
  average_exact: { response: number; turnaround: number }
  schedule: MlfqScheduleEntry[]
  events: MlfqEvent[]
  total_time: number
}

interface JobState {
  id: number
  start: number
  run: number
  ioFreq: number
  currPri: number
  ticksLeft: number
  allotLeft: number
  timeLeft: number
  firstRun: number | null
  endTime: number | null
  doingIO: boolean
}

interface Ev {
  job: number
  kind: 'arrival' | 'io'
}

export function mlfqOracle(
  jobsIn: readonly MlfqOracleJobInput[],
  p: MlfqOracleParams
): MlfqOracleReport {
  const n = p.quantumHiFirst.length
  if (n === 0 || p.allotmentHiFirst.length !== n) throw new Error('mlfq oracle: bad levels')
  const top = n - 1
  // quantum[level], level in mlfq.py numbering (0 = lowest)
  const quantum = (lvl: number): number => p.quantumHiFirst[n - 1 - lvl]
  const allotment = (lvl: number): number => p.allotmentHiFirst[n - 1 - lvl]

  const jobs: JobState[] = jobsIn.map((j, id) => ({
    id,
    start: j.start,
    run: j.run,
    ioFreq: j.ioFreq,
    currPri: top,
    ticksLeft: quantum(top),
    allotLeft: allotment(top),
    timeLeft: j.run,
    firstRun: null,
    endTime: null,
    doingIO: false
  }))
  const queues: number[][] = Array.from({ length: n }, () => [])
  // One event table for arrivals and I/O completions; arrivals inserted first, in job-id order.
  const events = new Map<number, Ev[]>()
  const addEvent = (time: number, ev: Ev): void => {
    const list = events.get(time)
    if (list) list.push(ev)
    else events.set(time, [ev])
  }
  for (const j of jobs) addEvent(j.start, { job: j.id, kind: 'arrival' })

  const schedule: MlfqScheduleEntry[] = []
  const log: MlfqEvent[] = []
  let finished = 0
  let t = 0
  const guard = 1_000_000

  while (finished < jobs.length) {
    if (t > guard) throw new Error('mlfq oracle: no progress')

    // 1. boost
    if (p.boost > 0 && t !== 0 && t % p.boost === 0) {
      log.push([t, 'BOOST', null])
      for (let q = 0; q <= n - 2; q++) {
        for (const id of queues[q]) queues[top].push(id)
        queues[q] = []
      }
      for (const j of jobs) {
        if (j.timeLeft > 0) {
          j.currPri = top
          j.ticksLeft = quantum(top)
          j.allotLeft = allotment(top)
        }
      }
    }

    // 2. events at t, in list order
    const evs = events.get(t)
    if (evs) {
      events.delete(t)
      for (const ev of evs) {
        const j = jobs[ev.job]
        j.doingIO = false
        log.push([t, ev.kind === 'arrival' ? 'JOB BEGINS' : 'IO_DONE', j.id])
        if (!p.iobump || ev.kind === 'arrival') queues[j.currPri].push(j.id)
        else queues[j.currPri].unshift(j.id)
      }
    }

    // 3. pick the highest non-empty queue
    let cur = -1
    for (let q = top; q >= 0; q--) {
      if (queues[q].length > 0) {
        cur = q
        break
      }
    }
    if (cur < 0) {
      schedule.push(null)
      t += 1
      continue
    }

    // 4. run the head job for one tick (it stays at the head while running)
    const j = jobs[queues[cur][0]]
    j.timeLeft -= 1
    j.ticksLeft -= 1
    if (j.firstRun === null) j.firstRun = t
    const t0 = j.ticksLeft
    schedule.push([j.id, cur, j.ticksLeft, j.allotLeft, j.timeLeft])

    // 5. advance the clock
    t += 1

    // 6. finished?
    if (j.timeLeft === 0) {
      j.endTime = t
      queues[cur].shift()
      finished += 1
      log.push([t, 'FINISHED', j.id])
      continue
    }

    // 7. I/O?
    let issuedIO = false
    if (j.ioFreq > 0 && (j.run - j.timeLeft) % j.ioFreq === 0) {
      queues[cur].shift()
      issuedIO = true
      j.doingIO = true
      if (p.stay) {
        j.ticksLeft = quantum(cur)
        j.allotLeft = allotment(cur)
      }
      addEvent(t + p.ioTime, { job: j.id, kind: 'io' })
      log.push([t, 'IO_START', j.id])
    }

    // 8. quantum expired this tick?
    if (t0 === 0) {
      if (!issuedIO) queues[cur].shift()
      j.allotLeft -= 1
      if (j.allotLeft === 0) {
        if (cur > 0) {
          j.currPri = cur - 1
          j.ticksLeft = quantum(cur - 1)
          j.allotLeft = allotment(cur - 1)
        } else {
          j.ticksLeft = quantum(0)
          j.allotLeft = allotment(0)
        }
        if (!issuedIO) queues[j.currPri].push(j.id)
      } else {
        j.ticksLeft = quantum(cur)
        if (!issuedIO) queues[cur].push(j.id)
      }
    }
  }

  const out = jobs.map((j) => {
    if (j.firstRun === null || j.endTime === null) throw new Error(`job ${j.id} never finished`)
    return {
      id: j.id,
      response: j.firstRun - j.start,
      turnaround: j.endTime - j.start,
      first_run: j.firstRun,
      finish: j.endTime
    }
  })
  const mean = (f: (x: (typeof out)[number]) => number): number =>
    out.length === 0 ? 0 : out.reduce((s, x) => s + f(x), 0) / out.length
  const exact = { response: mean((x) => x.response), turnaround: mean((x) => x.turnaround) }
  return {
    jobs: out,
    average: { response: pyRound2(exact.response), turnaround: pyRound2(exact.turnaround) },
    average_exact: exact,
    schedule,
    events: log,
    total_time: t
  }
}
