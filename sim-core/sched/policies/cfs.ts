// CFS, Linux's Completely Fair Scheduler before 6.6 (kernel/sched/fair.c): each thread's
// vruntime advances by its run time × 1024 / weight (update_curr, calc_delta_fair); the queued
// thread with the smallest vruntime runs next (pick_next_entity: the red-black tree's leftmost;
// ties: queued first); its slice is its weight's share of the scheduling period (sched_slice);
// a waking sleeper is placed at most half a target latency behind min_vruntime (place_entity
// with GENTLE_FAIR_SLEEPERS) and preempts the running thread if it is more than the wake-up
// granularity (scaled by the sleeper's weight, wakeup_gran) behind it (check_preempt_wakeup).
import type { SchedulerConfig } from '../../scenario/schema'
import { VT_PER_TICK } from '../fair/calc-delta'
import { FairQueue } from '../fair/fair-queue'
import {
  acceptor,
  adopt,
  calcDeltaFair,
  charge,
  initFairState,
  insert,
  leaveCore,
  leaveQueue,
  runAt,
  toTicks,
  updateMinVruntime,
  updateRunning,
  type FairState
} from '../fair/fair-state'
import type { AnyPolicy, SchedContext, SchedPolicy, TaskId } from '../policy'

export function cfs(config: Extract<SchedulerConfig, { policy: 'cfs' }>): AnyPolicy {
  const latency = config.targetLatency
  const minGran = config.minGranularity
  // sched_nr_latency: beyond this many threads the period stretches to nr × minGranularity.
  const nrLatency = Math.max(1, Math.floor(latency / minGran))
  const record = (s: FairState, task: TaskId, ctx: SchedContext) =>
    ctx.recordFair(task, toTicks(s.vruntime[task]), NaN, NaN)

  /** place_entity: an arriving thread starts at min_vruntime, a sleeper at most latency/2 behind it. */
  const place = (s: FairState, q: FairQueue, task: TaskId, initial: boolean) => {
    let v = q.minVruntime
    if (!initial) v -= (latency * VT_PER_TICK) / 2
    if (v > s.vruntime[task]) s.vruntime[task] = v
  }
  /** The thread joins `q` as it becomes ready (placed once, before wakeupPreempt or at enqueue). */
  const arrive = (
    s: FairState,
    q: FairQueue,
    task: TaskId,
    initial: boolean,
    ctx: SchedContext
  ) => {
    if (s.placedIn[task] === q) return
    adopt(s, q, task)
    updateRunning(s, q, ctx)
    updateMinVruntime(s, q)
    place(s, q, task, initial)
    s.placedIn[task] = q
  }

  const policy: SchedPolicy<FairState, FairQueue> = {
    name: 'cfs',
    init: initFairState,
    createQueue: () => new FairQueue(),
    enqueue(s, { q }, task, reason, ctx) {
      if (reason === 'arrival' || reason === 'wakeup') arrive(s, q, task, reason === 'arrival', ctx)
      else adopt(s, q, task)
      s.placedIn[task] = null
      insert(s, q, task)
      record(s, task, ctx)
    },
    dequeue: (s, { q }, task, reason) => leaveQueue(s, q, task, reason === 'forced'),
    pickNext(s, { q }, cpu, ctx) {
      const accept = acceptor(cpu, ctx)
      return runAt(s, q, accept ? q.ids.findIndex(accept) : q.ids.length > 0 ? 0 : -1)
    },
    putPrev(s, task, ran, _reason, ctx) {
      const q = s.home[task]
      charge(s, task, ran)
      s.charged[task] = 0
      if (!q) return
      leaveCore(s, q, task)
      record(s, task, ctx)
    },
    // check_preempt_wakeup: the sleeper (placed first, as enqueue_task_fair does) preempts when
    // the running thread's vruntime is more than wakeup_gran(sleeper) ahead of its own.
    wakeupPreempt(s, running, woken, why, ctx) {
      const q = s.home[running]
      if (!q) return false
      arrive(s, q, woken, why === 'arrival', ctx)
      const gran = calcDeltaFair(s, woken, config.wakeupGranularity * VT_PER_TICK)
      return s.vruntime[running] - s.vruntime[woken] > gran
    },
    // Several cores share the queue: preempt the running thread furthest ahead in vruntime.
    preemptionKey(s, running, ctx) {
      charge(s, running, ctx.ranSinceDispatch(running))
      return s.vruntime[running]
    },
    // sched_slice: the thread's weight's share of the period over the queue's load (running
    // threads included), at least minGranularity; whole ticks, rounded down.
    timeSlice(s, task) {
      const q = s.home[task]
      if (!q) return latency
      // The queue's load (Σ weight over queued and running threads), kept by the queue.
      const load = q.load
      const nr = q.ids.length + q.running.length
      const period = nr > nrLatency ? nr * minGran : latency
      return Math.max(minGran, Math.floor((period * s.weight[task]) / load))
    },
    queued: (_s, { q }) => q.ids.slice(),
    rule: { code: 'rule.cfs', params: {} }
  }
  return policy as AnyPolicy
}
