// A real-time scheduling class chained above another policy (Linux's class chain: rt and
// deadline above fair; ARCHITECTURE.md "Engine shape (v2)": classes chained). Periodic threads
// belong to the real-time class, every other thread to the class below. On every pick the
// real-time class is asked first; a real-time wakeup preempts a thread of the class below;
// a thread of the class below never preempts a real-time one.
//
// Real-time order (rt-queue.ts):
//   edf   the current job's absolute deadline (SimSo EDF.py; Linux SCHED_DEADLINE's pick),
//   rm    the period (SimSo RM.py: shorter period = higher priority),
//   fifo  one priority, FIFO, no preemption among real-time threads (SCHED_FIFO at one level).
// edf and rm: equal keys go to the thread listed first in the scenario, and a ready job
// preempts a running one only with a strictly smaller key (SimSo never preempts between equal
// deadlines). The engine keeps the best jobs running (keepsBestRunning): globally, the running
// thread with the LARGEST key is the one displaced.
import type { Decision } from './decision'
import { resolvePolicy } from './defaults'
import { partition, type PartitionStrategy } from './partition'
import type { AnyPolicy, CpuId, Migration, RunQueue, SchedContext, SchedPolicy } from './policy'
import { RtQueue } from './rt-queue'

export type RtKind = 'edf' | 'rm' | 'fifo'

export interface RtOptions {
  kind: RtKind
  /** Per-core queues: how periodic threads are bound to cores; null with one global queue. */
  partition: PartitionStrategy | null
  /** Drop a job unfinished at its deadline (SimSo's default) instead of letting it run late. */
  abortOnMiss: boolean
  /** The rule to report (edf/rm's own; the fair policy's when chained above one). */
  rule?: Decision
  name: string
}

interface RtState {
  /** 1 for a thread of the real-time class (periodic). */
  isRt: Uint8Array
  /** RM's key per thread (its period). */
  period: Float64Array
  /**
   * Each real-time thread's key when it was last queued. A running job's key cannot change
   * without the thread being queued again (its next job goes through the queue: JobRules), so
   * this is the running job's key too, without asking the engine on every comparison.
   */
  queuedKey: Float64Array
  /** Per-core queues: each periodic thread's core. */
  coreOf: Int32Array | null
  seq: number
  below: unknown
  /** The class below's view of each run queue (its own structure, its own count). */
  views: RunQueue[]
}

interface RtRunQueue {
  rt: RtQueue
  below: unknown
}

/** Subtracted from a real-time thread's key in preemptionKey, so any thread of the class below is the likelier victim. */
const RT_BAND = 2 ** 52

export function realtimeClass(below: AnyPolicy, opts: RtOptions): AnyPolicy {
  const B = resolvePolicy(below)
  const kind = opts.kind
  const key = (s: RtState, id: number, ctx: SchedContext): number =>
    kind === 'edf' ? ctx.jobDeadline(id) : kind === 'rm' ? s.period[id] : 0
  const view = (s: RtState, rq: RunQueue<RtRunQueue>): RunQueue => {
    let v = s.views[rq.id]
    if (!v) {
      v = {
        id: rq.id,
        cpu: rq.cpu,
        q: rq.q.below,
        get length() {
          return rq.length - rq.q.rt.length
        }
      }
      s.views[rq.id] = v
    }
    return v
  }
  const acceptOn = (ctx: SchedContext, cpu: CpuId) =>
    ctx.hasAffinity ? (id: number) => ctx.canRun(id, cpu) : undefined
  /** The smallest real-time key queued in `rq` that may run on `cpu`. */
  const bestKey = (rq: RunQueue<RtRunQueue>, cpu: CpuId, ctx: SchedContext): number => {
    const accept = acceptOn(ctx, cpu)
    return accept ? rq.q.rt.peekKeyOf(accept) : rq.q.rt.peekKey()
  }

  const policy: SchedPolicy<RtState, RtRunQueue> = {
    name: opts.name,
    init(ctx) {
      const n = ctx.taskCount
      const isRt = new Uint8Array(n)
      const period = new Float64Array(n).fill(Infinity)
      for (let i = 0; i < n; i++) {
        const p = ctx.periodic(i)
        if (p) {
          isRt[i] = 1
          period[i] = p.period
        }
      }
      let coreOf: Int32Array | null = null
      if (opts.partition) {
        const threads = []
        for (let i = 0; i < n; i++) {
          const p = ctx.periodic(i)
          if (p)
            threads.push({
              id: i,
              period: p.period,
              wcet: p.wcet,
              allowed: ctx.hasAffinity ? (c: number) => ctx.canRun(i, c) : null
            })
        }
        const r = partition(threads, ctx.cores, opts.partition)
        // Validation reports this with the thread's path (semantic.ts); a policy object run
        // directly can still get here.
        if (!r.ok)
          throw new Error(
            `${opts.name}: periodic thread ${ctx.task(r.thread).name} (utilization ${r.utilization.toFixed(3)}) fits on no core by ${opts.partition}`
          )
        coreOf = new Int32Array(n).fill(-1)
        for (const [id, c] of r.coreOf) coreOf[id] = c
      }
      return {
        isRt,
        period,
        queuedKey: new Float64Array(n),
        coreOf,
        seq: 0,
        below: B.init(ctx),
        views: []
      }
    },
    createQueue: (s, cpu, ctx) => ({ rt: new RtQueue(), below: B.createQueue(s.below, cpu, ctx) }),
    selectCpu(s, task, prev, ctx) {
      if (s.coreOf && s.isRt[task]) return s.coreOf[task]
      return B.selectCpu(s.below, task, prev, ctx)
    },
    enqueue(s, rq, task, reason, ctx) {
      if (!s.isRt[task]) return B.enqueue(s.below, view(s, rq), task, reason, ctx)
      // fifo: a preempted real-time thread goes back to the head (SCHED_FIFO), others queue behind.
      const tie = kind === 'fifo' ? (reason === 'preempted' ? -++s.seq : ++s.seq) : task
      const k = key(s, task, ctx)
      s.queuedKey[task] = k
      rq.q.rt.push(task, k, tie)
    },
    dequeue(s, rq, task, reason, ctx) {
      if (s.isRt[task]) rq.q.rt.remove(task)
      else B.dequeue(s.below, view(s, rq), task, reason, ctx)
    },
    pickNext(s, rq, cpu, ctx) {
      if (rq.q.rt.length > 0) {
        const id = rq.q.rt.popFirst(acceptOn(ctx, cpu))
        if (id !== null) return id
      }
      const v = view(s, rq)
      return v.length > 0 ? B.pickNext(s.below, v, cpu, ctx) : null
    },
    balance(s, rq, cpu, ctx) {
      const moves: Migration[] = below.balance
        ? B.balance(s.below, view(s, rq), cpu, ctx)
        : balanceBelow(s, rq, cpu, ctx)
      // Partitioned threads stay where the partition put them.
      return moves.filter((m) => !s.isRt[m.task])
    },
    putPrev(s, task, ran, reason, ctx) {
      if (!s.isRt[task]) B.putPrev(s.below, task, ran, reason, ctx)
    },
    wakeupPreempt(s, running, woken, why, ctx) {
      const wr = s.isRt[woken]
      const rr = s.isRt[running]
      if (wr && !rr) return true
      if (!wr && rr) return false
      if (wr) return kind !== 'fifo' && key(s, woken, ctx) < s.queuedKey[running]
      return B.wakeupPreempt(s.below, running, woken, why, ctx)
    },
    preemptionKey(s, running, ctx) {
      if (s.isRt[running]) return s.queuedKey[running] - RT_BAND
      return B.preemptionKey ? B.preemptionKey(s.below, running, ctx) : Infinity
    },
    timeSlice: (s, task, ctx) => (s.isRt[task] ? Infinity : B.timeSlice(s.below, task, ctx)),
    timerPeriod: (s, ctx) => B.timerPeriod(s.below, ctx),
    tick: (s, running, ctx) => (s.isRt[running] ? 'continue' : B.tick(s.below, running, ctx)),
    timer: (s, rqs, ctx) =>
      B.timer(
        s.below,
        rqs.map((rq) => view(s, rq)),
        ctx
      ),
    keyChanged(s, rq, task, why, ctx) {
      if (!s.isRt[task]) return B.keyChanged(s.below, rq && view(s, rq), task, why, ctx)
      if (rq && rq.q.rt.remove(task))
        rq.q.rt.push(task, (s.queuedKey[task] = key(s, task, ctx)), task)
    },
    shouldPreempt(s, rq, running, ctx) {
      const cpu = ctx.task(running).lastCpu
      if (s.isRt[running]) return kind !== 'fifo' && bestKey(rq, cpu, ctx) < s.queuedKey[running]
      return bestKey(rq, cpu, ctx) < Infinity || B.shouldPreempt(s.below, view(s, rq), running, ctx)
    },
    queued: (s, rq) => [...rq.q.rt.toArray(), ...B.queued(s.below, view(s, rq))],
    rule: opts.rule ?? B.rule,
    jobs: { abortOnMiss: opts.abortOnMiss, requeueBetweenJobs: kind !== 'fifo' },
    keepsBestRunning: kind !== 'fifo'
  }

  /** Pull one thread of the class below from the busiest other queue (the engine's default rule, without real-time threads). */
  function balanceBelow(
    s: RtState,
    rq: RunQueue<RtRunQueue>,
    cpu: CpuId,
    ctx: SchedContext
  ): Migration[] {
    let best: RunQueue | null = null
    for (const v of s.views)
      if (v && v.id !== rq.id && v.length > 0 && (!best || v.length > best.length)) best = v
    if (!best) return []
    const task = B.queued(s.below, best).find((id) => !ctx.hasAffinity || ctx.canRun(id, cpu))
    return task === undefined ? [] : [{ task, from: best.id, to: rq.id }]
  }

  return policy as AnyPolicy
}
