// The result of a run (SCENARIO.md §3): per-thread, per-process and per-core figures, the
// summary, and the columnar trace.
import { JOB_ABORTED } from '../engine/job-releaser'
import type { LimitKind, Simulation } from '../engine/simulation'
import type { Channel } from '../model/channel'
import type { Decision } from '../sched/decision'
import type { TraceData } from '../trace/trace-store'
import type { ClusterRun } from './cluster-result'
import { SCHEDLAB_VERSION } from '../version'

export interface ThreadRow {
  id: string
  process: string
  thread: string
  arrival: number
  firstRun: number | null
  finish: number | null
  turnaround: number | null
  waiting: number
  response: number | null
  cpu: number
  blocked: number
  /** The part of `blocked` spent waiting for locks. */
  lockWait: number
  /** The part of `blocked` spent waiting for its process's GIL (processes with `gil`). */
  gilWait: number
  /** Ticks of context-switch and migration overhead spent switching this thread in. */
  overhead: number
  preemptions: number
  /** Times the thread was switched in after a different thread on that core. */
  switches: number
  migrations: number
  /** Ticks it ran warm (its working set in the core's cache) and cold; warm + cold = cpu for a plain thread. */
  warm: number
  cold: number
  /** Waits (lock, channel receive) that ended by their timeout. */
  timeouts: number
}

export interface ProcessRow {
  id: string
  arrival: number
  firstRun: number | null
  finish: number | null
  turnaround: number | null
  response: number | null
  waiting: number
  cpu: number
  blocked: number
  threads: number
}

export interface CoroutineRow {
  id: string
  process: string
  thread: string
  coroutine: string
  /** The host thread that ran it last (an M:N runtime has several). */
  host: string | null
  arrival: number
  firstRun: number | null
  finish: number | null
  turnaround: number | null
  response: number | null
  /** Ready while its host ran other coroutines (includes coroutine switches to it). */
  waiting: number | null
  /** Ready, or running, while its host thread was blocked or preempted. */
  stalled: number
  cpu: number
  /** Its own blocking io calls plus its awaits. */
  blocked: number
  /** Suspended in awaits and on channels. */
  awaited: number
  /** Waits (await, channel receive) that ended by their timeout. */
  timeouts: number
}

export interface JobRow {
  thread: string
  job: number
  release: number
  deadline: number
  finish: number | null
  /** finish - release */
  response: number | null
  missed: boolean
  /** Dropped at its deadline (onMiss "abort"): a miss, with no finish. Present only then. */
  aborted?: true
}

export interface LockRow {
  name: string
  acquisitions: number
  /** Acquisitions that had to wait. */
  contended: number
  totalWait: number
  maxWait: number
  /** Total time the lock was held (summed over holders). */
  holdTime: number
  /** Waits for it that ended by their timeout. */
  timeouts: number
}

export interface ChannelRow {
  name: string
  capacity: number
  /** Values accepted (into the buffer or straight to a receiver) and values received. */
  sends: number
  receives: number
  peakOccupancy: number
  /** Total time senders / receivers waited on it. */
  sendWait: number
  recvWait: number
  /** Receives that timed out. */
  timeouts: number
}

/** One task's wait on a deadlock's cycle. */
export interface DeadlockWait {
  /** "process/thread" or "process/thread/coroutine". */
  task: string
  waitsFor: 'lock' | 'send' | 'recv'
  /** The lock's or channel's name. */
  on: string
}

export interface DeviceRow {
  name: string
  channels: number
  /** Requests made: threads' and coroutines' io, and coroutines' await, on this device. */
  requests: number
  /** The most requests waiting for a channel at once. */
  peakQueue: number
  /** Ticks requests spent waiting for a channel, summed (not counting their service time). */
  totalWait: number
}

/** An M:N runtime with hand-off: the threads it ran on. */
export interface HandoffRow {
  /** The runtime's thread as declared ("process/thread"). */
  thread: string
  workers: number
  maxThreads: number
  /** Threads created by hand-off (they appear in `threads` as NAME.m1, NAME.m2, ...). */
  created: number
  /** The most threads alive at once. */
  peakThreads: number
  /** Blocking calls that handed their worker's queue to another thread. */
  handoffs: number
}

export interface CoreRow {
  id: number
  busy: number
  overhead: number
  idle: number
  utilization: number
  /** Ticks of `busy` in which a warm thread ran. */
  warm: number
  /** Dispatches here of a thread that last ran on another core. */
  migrations: number
}

export interface Summary {
  utilization: number
  throughput: number
  avgTurnaround: number
  avgWaiting: number
  avgResponse: number
  contextSwitches: number
  preemptions: number
  migrations: number
  deadlineMisses: number
  fairness: number
  /** User-level switches between coroutines, over every runtime. */
  coroutineSwitches: number
}

export interface SimResult {
  schedlab: string
  scenario: string
  policy: string
  /** The rule the policy picks by, as data (the decision log and the CLI word it); null for a
   * policy that states none. */
  policyRule: Decision | null
  /** One run queue shared by every core, or one per core. */
  queues: 'global' | 'per-core'
  timeUnit: string
  status: 'completed' | 'deadlock' | 'limit'
  /** Which guard ended a run with status "limit" (`maxTrace`: the trace's memory budget). */
  limit?: LimitKind
  makespan: number
  summary: Summary
  cores: CoreRow[]
  threads: ThreadRow[]
  processes: ProcessRow[]
  coroutines: CoroutineRow[]
  /** The first LIMITS.maxJobRows periodic jobs released (in release order per thread). */
  jobs: JobRow[]
  /** Jobs released but left out of `jobs` to bound its size; `summary.deadlineMisses` counts them too. */
  jobsOmitted?: number
  locks: LockRow[]
  devices: DeviceRow[]
  /** Runtimes with hand-off; present only when the scenario has one. */
  handoff?: HandoffRow[]
  channels: ChannelRow[]
  /**
   * The wait-for cycle: each task waits for the next one (for a lock it holds, or to send or
   * receive on a channel); `locks` and `channels` name what is waited on, `waits` says who waits
   * for what, in cycle order. With no cycle (a receive nobody will ever send to) `cycle` is empty
   * and `waits` lists every stuck waiter.
   */
  deadlock?: { cycle: string[]; locks: string[]; channels: string[]; waits: DeadlockWait[] }
  /** The columnar trace (left out of JSON output; `schedlab trace` writes it). */
  trace: TraceData
  /**
   * A cluster run (a scenario with `nodes`): its request figures and records, and where each
   * node's cores and threads sit in `cores`, `threads` and the trace (cluster/cluster-run-result.ts).
   */
  cluster?: ClusterRun
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6
const mean = (xs: number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length

/** Jain's fairness index: 1 when all values are equal, 1/n when one value dominates. */
export function jainIndex(xs: number[]): number {
  if (xs.length === 0) return 1
  const sum = xs.reduce((a, b) => a + b, 0)
  const sq = xs.reduce((a, b) => a + b * b, 0)
  return sq === 0 ? 1 : (sum * sum) / (xs.length * sq)
}

/** The `channels` rows: a machine's channels (a cluster's result lists every node's). */
export function channelRows(channels: readonly Channel[]): ChannelRow[] {
  return channels.map((c) => ({
    name: c.name,
    capacity: c.capacity,
    sends: c.sends,
    receives: c.receives,
    peakOccupancy: c.peakOccupancy,
    sendWait: c.sendWait,
    recvWait: c.recvWait,
    timeouts: c.timeouts
  }))
}

/** What buildResult reads: a Simulation, or one node of a cluster seen the same way (cluster/node-run.ts). */
export type ResultSource = Pick<
  Simulation,
  | 'status'
  | 'makespan'
  | 'machine'
  | 'tasks'
  | 'processNames'
  | 'cpus'
  | 'jobsMissed'
  | 'jobsReleased'
  | 'contextSwitches'
  | 'preemptions'
  | 'migrations'
  | 'scenario'
  | 'policy'
  | 'runtime'
  | 'coroutines'
  | 'locks'
  | 'channels'
  | 'devices'
  | 'trace'
  | 'limitHit'
  | 'deadlock'
>

export function buildResult(sim: ResultSource): SimResult {
  if (sim.status === 'running') throw new Error('buildResult: the simulation has not ended')
  const makespan = sim.makespan
  const gil = sim.machine.gil
  // Rows kept for hand-off threads never created are the table's tail: left out.
  const tasks = sim.tasks.slice(0, sim.machine.usedTasks)
  const threads: ThreadRow[] = tasks.map((t) => {
    const done = t.finish >= 0
    return {
      id: t.name,
      process: t.processName,
      thread: t.threadName,
      arrival: t.arrival,
      firstRun: t.firstRun >= 0 ? t.firstRun : null,
      finish: done ? t.finish : null,
      turnaround: done ? t.finish - t.arrival : null,
      waiting: t.waiting,
      response: t.firstRun >= 0 ? t.firstRun - t.arrival : null,
      cpu: t.cpuTime,
      blocked: t.blockedTime,
      lockWait: t.lockWait,
      gilWait: gil === null ? 0 : gil.wait[t.id],
      overhead: t.overhead,
      preemptions: t.preemptions,
      switches: t.switches,
      migrations: t.migrations,
      warm: t.warmTime,
      cold: t.cpuTime - t.warmTime,
      timeouts: t.timeouts
    }
  })
  const byProcess: ThreadRow[][] = sim.processNames.map(() => [])
  for (const t of tasks) byProcess[t.process].push(threads[t.id])
  const processes: ProcessRow[] = sim.processNames.map((name, pi) => {
    const rows = byProcess[pi]
    const arrival = rows.reduce((a, r) => Math.min(a, r.arrival), Infinity)
    const firsts = rows.map((r) => r.firstRun).filter((x): x is number => x !== null)
    const done = rows.every((r) => r.finish !== null)
    const finish = done ? rows.reduce((a, r) => Math.max(a, r.finish as number), 0) : null
    // A loop, not Math.min(...): a process may have 200,000 threads.
    const firstRun = firsts.length > 0 ? firsts.reduce((a, x) => Math.min(a, x), Infinity) : null
    return {
      id: name,
      arrival,
      firstRun,
      finish,
      turnaround: finish !== null ? finish - arrival : null,
      response: firstRun !== null ? firstRun - arrival : null,
      waiting: rows.reduce((a, r) => a + r.waiting, 0),
      cpu: rows.reduce((a, r) => a + r.cpu, 0),
      blocked: rows.reduce((a, r) => a + r.blocked, 0),
      threads: rows.length
    }
  })
  const cores: CoreRow[] = sim.cpus.map((c) => ({
    id: c.id,
    busy: c.busy,
    overhead: c.overhead,
    idle: c.idle,
    utilization: makespan > 0 ? round(c.busy / makespan) : 0,
    warm: c.warm,
    migrations: c.migrations
  }))
  const jobs: JobRow[] = sim.tasks.flatMap((t) =>
    t.periodic === null
      ? []
      : t.jobFinish.map((f, k) => {
          const release = t.arrival + k * (t.periodic as NonNullable<typeof t.periodic>).period
          const deadline = release + (t.periodic as NonNullable<typeof t.periodic>).deadline
          if (f === JOB_ABORTED)
            return {
              thread: t.name,
              job: k,
              release,
              deadline,
              finish: null,
              response: null,
              missed: true,
              aborted: true as const
            }
          return {
            thread: t.name,
            job: k,
            release,
            deadline,
            finish: f >= 0 ? f : null,
            response: f >= 0 ? f - release : null,
            missed: f >= 0 ? f > deadline : deadline < makespan
          }
        })
  )
  // Every job counts, listed or not: those finished late (counted as they finished), and those
  // still open whose deadline passed before the end. Release k's deadline is
  // arrival + k·period + deadline, before makespan for k < (makespan - arrival - deadline) / period.
  let deadlineMisses = sim.jobsMissed
  for (const t of sim.tasks) {
    const p = t.periodic
    if (p === null) continue
    const slack = makespan - t.arrival - p.deadline
    const lateOpen = slack > 0 ? Math.min(t.released, Math.ceil(slack / p.period)) : 0
    deadlineMisses += Math.max(0, lateOpen - t.jobsDone)
  }
  const finished = threads.filter((t) => t.finish !== null)
  const totalBusy = cores.reduce((a, c) => a + c.busy, 0)
  const slowdowns = finished
    .filter((t) => t.cpu + t.blocked > 0)
    .map((t) => (t.turnaround as number) / (t.cpu + t.blocked))
  const summary: Summary = {
    utilization: makespan > 0 ? round(totalBusy / (cores.length * makespan)) : 0,
    throughput: makespan > 0 ? round(finished.length / makespan) : 0,
    avgTurnaround: round(mean(finished.map((t) => t.turnaround as number))),
    avgWaiting: round(mean(threads.map((t) => t.waiting))),
    avgResponse: round(
      mean(threads.filter((t) => t.response !== null).map((t) => t.response as number))
    ),
    contextSwitches: sim.contextSwitches,
    preemptions: sim.preemptions,
    migrations: sim.migrations,
    deadlineMisses,
    fairness: round(jainIndex(slowdowns)),
    coroutineSwitches: sim.runtime.runtimes.reduce((a, rt) => a + rt.switches, 0)
  }
  const result: SimResult = {
    schedlab: SCHEDLAB_VERSION,
    scenario: sim.scenario.name,
    policy: sim.scenario.scheduler.policy,
    policyRule: sim.policy.rule ?? null,
    queues: sim.scenario.scheduler.queues,
    timeUnit: sim.scenario.timeUnit,
    status: sim.status,
    makespan,
    summary,
    cores,
    threads,
    processes,
    coroutines: sim.coroutines.map((co) => {
      const [process, thread, coroutine] = co.name.split('/')
      const done = co.finish >= 0
      const turnaround = done ? co.finish - co.arrival : null
      const rt = sim.runtime.runtimes[co.runtime]
      // With hand-off a worker changes threads: name the thread that ran the coroutine last.
      const host =
        co.firstRun < 0
          ? null
          : rt.handoff !== null
            ? sim.tasks[co.lastHost].name
            : (rt.workers[co.worker].host as NonNullable<(typeof rt.workers)[number]['host']>).name
      return {
        id: co.name,
        process,
        thread,
        coroutine,
        host,
        arrival: co.arrival,
        firstRun: co.firstRun >= 0 ? co.firstRun : null,
        finish: done ? co.finish : null,
        turnaround,
        response: co.firstRun >= 0 ? co.firstRun - co.arrival : null,
        waiting:
          turnaround === null ? null : turnaround - co.cpu - co.awaited - co.blocked - co.stalled,
        stalled: co.stalled,
        cpu: co.cpu,
        blocked: co.blocked + co.awaited,
        awaited: co.awaited,
        timeouts: co.timeouts
      }
    }),
    jobs,
    locks: sim.locks.locks.map((l) => ({
      name: l.name,
      acquisitions: l.acquisitions,
      contended: l.contended,
      totalWait: l.totalWait,
      maxWait: l.maxWait,
      holdTime: l.holdTime,
      timeouts: l.timeouts
    })),
    channels: channelRows(sim.channels),
    devices: sim.devices.map((d) => ({
      name: d.name,
      channels: d.channels,
      requests: d.requests,
      peakQueue: d.peakQueue,
      totalWait: d.totalWait
    })),
    trace: sim.trace.data(true)
  }
  const handoff = sim.runtime.runtimes.flatMap((rt) => {
    const h = rt.handoff
    if (h === null) return []
    return [
      {
        thread: `${sim.tasks[rt.firstHost].processName}/${rt.hostName}`,
        workers: rt.workers.length,
        maxThreads: h.maxThreads,
        created: h.created,
        peakThreads: h.peak,
        handoffs: h.handoffs
      }
    ]
  })
  if (handoff.length > 0) result.handoff = handoff
  if (sim.limitHit) result.limit = sim.limitHit
  if (sim.jobsReleased > jobs.length) result.jobsOmitted = sim.jobsReleased - jobs.length
  const d = sim.deadlock
  if (d) {
    const cycle = d.names ?? d.tasks.map((id) => sim.tasks[id].name)
    result.deadlock = {
      cycle,
      locks: d.locks,
      channels: d.channels ?? [],
      waits:
        d.waits ?? cycle.map((task, i) => ({ task, waitsFor: 'lock' as const, on: d.locks[i] }))
    }
  }
  return result
}

/** The result without its trace: what `schedlab run --format json` prints. */
export function resultForJson(r: SimResult): Omit<SimResult, 'trace'> {
  const { trace: _trace, ...rest } = r
  return rest
}
