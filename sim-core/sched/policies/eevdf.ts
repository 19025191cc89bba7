// EEVDF, Linux's fair scheduler since 6.6 (Documentation/scheduler/sched-eevdf.rst,
// kernel/sched/fair.c). Each queue has a weighted average vruntime V (avg_vruntime, over its
// queued and running threads); a thread's lag is V − vruntime and it is eligible when its lag
// is ≥ 0 (entity_eligible, computed without a division). Each thread has a virtual deadline,
// vruntime + slice × 1024 / weight (update_deadline); the eligible thread with the earliest
// deadline runs (pick_eevdf; ties: queued first). A thread runs until its vruntime reaches its
// deadline (then it gets a new one), keeping the CPU against wakeups meanwhile (RUN_TO_PARITY)
// unless the waking thread asks for a shorter slice, is eligible and has an earlier deadline
// (PREEMPT_SHORT, Linux 6.12). A sleeper keeps its lag (update_entity_lag, clamped) and is
// placed with it when it wakes (place_entity with PLACE_LAG; a new thread gets half a slice to
// its first deadline, PLACE_DEADLINE_INITIAL).
import type { SchedulerConfig } from '../../scenario/schema'
import { VT_PER_TICK, ticksFor } from '../fair/calc-delta'
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

interface EevdfState extends FairState {
  deadline: Float64Array
  /** The lag kept while a thread is off every queue (se->vlag, in virtual units). */
  vlag: Float64Array
  /** Each thread's slice request in ticks (its `slice`, else baseSlice). */
  slice: Float64Array
}

/** Σ w·(v − min_vruntime) and Σ w over a queue's queued and running threads (avg_vruntime's sums). */
interface Sums {
  avg: number
  load: number
}

export function eevdf(config: Extract<SchedulerConfig, { policy: 'eevdf' }>): AnyPolicy {
  /** avg_vruntime's sums, kept by the queue (fair-queue.ts). */
  /** avg_vruntime's sums, kept by the queue (fair-queue.ts, fair-state.ts). */
  const sums = (q: FairQueue): Sums => ({ avg: q.avg, load: q.load })
  /** avg_vruntime: V, rounded down as the kernel's division does. */
  const avgVruntime = (q: FairQueue, { avg, load }: Sums): number =>
    load === 0 ? q.minVruntime : q.minVruntime + Math.floor(avg / load)
  /** entity_eligible: vruntime ≤ V, as (v − v0) × load ≤ Σ w·(v − v0), without dividing. */
  const eligible = (s: EevdfState, q: FairQueue, id: TaskId, { avg, load }: Sums): boolean =>
    (s.vruntime[id] - q.minVruntime) * load <= avg
  const vslice = (s: EevdfState, id: TaskId): number =>
    calcDeltaFair(s, id, s.slice[id] * VT_PER_TICK)
  const record = (s: EevdfState, q: FairQueue | null, id: TaskId, ctx: SchedContext) => {
    const V = q ? avgVruntime(q, sums(q)) : s.vruntime[id] + s.vlag[id]
    ctx.recordFair(
      id,
      toTicks(s.vruntime[id]),
      toTicks(V - s.vruntime[id]),
      toTicks(s.deadline[id])
    )
  }
  /** update_entity_lag: vlag = V − vruntime, clamped to the weighted time of max(2 slices, 1 tick). */
  const saveLag = (s: EevdfState, q: FairQueue, id: TaskId) => {
    const lag = avgVruntime(q, sums(q)) - s.vruntime[id]
    const limit = calcDeltaFair(s, id, Math.max(2 * s.slice[id], 1) * VT_PER_TICK)
    s.vlag[id] = Math.max(-limit, Math.min(limit, lag))
  }
  /**
   * place_entity (the thread is in no queue yet): vruntime = V − lag, the lag scaled by
   * (load + w) / load so that adding the thread leaves it that lag; deadline one virtual slice
   * later (half of one for a new thread).
   */
  const place = (s: EevdfState, q: FairQueue, id: TaskId, initial: boolean) => {
    const sm = sums(q)
    let lag = 0
    if (sm.load > 0) lag = Math.trunc((s.vlag[id] * (sm.load + s.weight[id])) / sm.load)
    s.vruntime[id] = avgVruntime(q, sm) - lag
    let vs = vslice(s, id)
    if (initial) vs = Math.floor(vs / 2)
    s.deadline[id] = s.vruntime[id] + vs
  }
  const arrive = (s: EevdfState, q: FairQueue, id: TaskId, initial: boolean, ctx: SchedContext) => {
    if (s.placedIn[id] === q) return
    s.home[id] = q
    updateRunning(s, q, ctx)
    updateMinVruntime(s, q)
    if (initial) s.vlag[id] = 0
    place(s, q, id, initial)
    s.placedIn[id] = q
  }
  /** update_deadline: once vruntime reaches the deadline, a new slice from here. */
  const renewDeadline = (s: EevdfState, id: TaskId) => {
    if (s.vruntime[id] >= s.deadline[id]) s.deadline[id] = s.vruntime[id] + vslice(s, id)
  }
  /** pick_eevdf over the queued threads core `cpu` may take: -1 if none. */
  const pickIndex = (
    s: EevdfState,
    q: FairQueue,
    accept: ((id: number) => boolean) | undefined
  ) => {
    const sm = sums(q)
    let best = -1
    let leftmost = -1
    for (let i = 0; i < q.ids.length; i++) {
      const id = q.ids[i]
      if (accept && !accept(id)) continue
      if (leftmost < 0) leftmost = i
      if (!eligible(s, q, id, sm)) continue
      if (
        best < 0 ||
        s.deadline[id] < s.deadline[q.ids[best]] ||
        (s.deadline[id] === s.deadline[q.ids[best]] && q.seqAt(i) < q.seqAt(best))
      )
        best = i
    }
    // None eligible (running threads on other cores hold V down): the leftmost, as the kernel's fallback.
    return best >= 0 ? best : leftmost
  }

  const policy: SchedPolicy<EevdfState, FairQueue> = {
    name: 'eevdf',
    init: (ctx) => {
      const n = ctx.taskCount
      const s: EevdfState = {
        ...initFairState(ctx),
        deadline: new Float64Array(n),
        vlag: new Float64Array(n),
        slice: new Float64Array(n)
      }
      for (let i = 0; i < n; i++) s.slice[i] = ctx.task(i).slice || config.baseSlice
      return s
    },
    createQueue: () => new FairQueue(),
    enqueue(s, { q }, task, reason, ctx) {
      if (reason === 'arrival' || reason === 'wakeup' || reason === 'migrated')
        arrive(s, q, task, reason === 'arrival', ctx)
      // Back from a core of this queue: still "on" it (put_prev_entity), no new placement.
      else adopt(s, q, task)
      s.placedIn[task] = null
      insert(s, q, task)
      record(s, q, task, ctx)
    },
    dequeue(s, { q }, task, reason, ctx) {
      if (reason === 'migrated') {
        // migrate_task_rq_fair → dequeue_entity: the lag it takes to its new queue.
        updateRunning(s, q, ctx)
        saveLag(s, q, task)
      }
      leaveQueue(s, q, task, reason === 'forced')
    },
    pickNext(s, { q }, cpu, ctx) {
      updateRunning(s, q, ctx)
      return runAt(s, q, pickIndex(s, q, acceptor(cpu, ctx)))
    },
    putPrev(s, task, ran, reason, ctx) {
      const q = s.home[task]
      charge(s, task, ran)
      renewDeadline(s, task)
      // yield_task_fair: the yielder's deadline moves one slice on.
      if (reason === 'yield') s.deadline[task] += vslice(s, task)
      if (q && (reason === 'blocked' || reason === 'exit')) {
        // The lag against V with the thread still counted (dequeue_entity → update_entity_lag).
        updateRunning(s, q, ctx)
        saveLag(s, q, task)
      }
      s.charged[task] = 0
      if (!q) return
      leaveCore(s, q, task)
      record(s, reason === 'blocked' || reason === 'exit' ? null : q, task, ctx)
    },
    // check_preempt_wakeup_fair: the sleeper (placed first) preempts if pick_eevdf would now
    // choose it: it is eligible, no queued eligible thread has an earlier or equal deadline, and
    // the running thread is ineligible, or has a later deadline and a longer slice request.
    wakeupPreempt(s, running, woken, why, ctx) {
      const q = s.home[running]
      if (!q) return false
      arrive(s, q, woken, why === 'arrival', ctx)
      const sm = sums(q)
      sm.avg += (s.vruntime[woken] - q.minVruntime) * s.weight[woken]
      sm.load += s.weight[woken]
      if (!eligible(s, q, woken, sm)) return false
      const d = s.deadline[woken]
      if (
        eligible(s, q, running, sm) &&
        !(s.slice[woken] < s.slice[running] && d < s.deadline[running])
      )
        return false
      for (const id of q.ids) if (s.deadline[id] <= d && eligible(s, q, id, sm)) return false
      return true
    },
    // Several cores share the queue: preempt the running thread with the latest deadline.
    preemptionKey: (s, running) => s.deadline[running],
    // update_deadline: the thread runs until its vruntime reaches its virtual deadline.
    timeSlice(s, task) {
      renewDeadline(s, task)
      return ticksFor(s.deadline[task] - s.vruntime[task], s.weight[task], s.invWeight[task])
    },
    // The pick order: eligible threads by deadline first, then the rest by vruntime.
    queued(s, { q }) {
      const sm = sums(q)
      const idx = q.ids.map((_, i) => i)
      const el = idx.filter((i) => eligible(s, q, q.ids[i], sm))
      el.sort((a, b) => s.deadline[q.ids[a]] - s.deadline[q.ids[b]] || q.seqAt(a) - q.seqAt(b))
      const rest = idx.filter((i) => !eligible(s, q, q.ids[i], sm))
      return [...el, ...rest].map((i) => q.ids[i])
    },
    rule: { code: 'rule.eevdf', params: {} }
  }
  return policy as AnyPolicy
}
