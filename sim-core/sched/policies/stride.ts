// Stride scheduling (Waldspurger and Weihl, 1995; OSTEP ch. 9): each thread has a stride
// L / tickets and a pass; the thread with the smallest pass runs for a quantum, and its pass
// grows by stride for every tick it ran (a partial quantum is charged exactly what it ran).
// Rules (docs/policies.md, "stride"):
// - L is the least multiple of the lcm of the scenario's ticket values that is at least 10,000
//   (OSTEP's), so every stride is an exact integer (100/50/250 tickets give OSTEP's 100, 200, 40);
//   past 2^31 (many unrelated ticket values) L = 2^31 and strides round down.
// - Ties: the lowest thread id.
// - Each run queue remembers the pass of the thread it last picked (its "global pass", the
//   smallest pass at that pick, which never decreases). An arriving or waking thread's pass is
//   raised to it, so a newcomer or a long sleeper cannot monopolise the core; a thread moved to
//   another core's queue keeps its distance ahead of the old queue's global pass.
import type { SchedulerConfig } from '../../scenario/schema'
import type { AnyPolicy, SchedContext, SchedPolicy } from '../policy'
import { PassQueue } from '../pass-queue'

type StrideConfig = Extract<SchedulerConfig, { policy: 'stride' }>

/** OSTEP's stride numerator. */
export const OSTEP_STRIDE_L = 10000
const L_CAP = 2 ** 31

interface StrideState {
  stride: Float64Array
  pass: Float64Array
  /** A migrating thread's pass minus its old queue's global pass. */
  ahead: Float64Array
}

interface StrideQueue {
  heap: PassQueue
  /** The pass of the thread this queue last picked. */
  globalPass: number
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/** L for these ticket values (see the file comment). */
export function strideScale(tickets: Iterable<number>): number {
  let lcm = 1
  for (const t of tickets) {
    lcm = (lcm / gcd(lcm, t)) * t
    if (lcm > L_CAP) return L_CAP
  }
  return lcm * Math.ceil(OSTEP_STRIDE_L / lcm)
}

export function stride(config: StrideConfig): AnyPolicy {
  const q = config.quantum
  const policy: SchedPolicy<StrideState, StrideQueue> = {
    name: 'stride',
    init: (ctx: SchedContext) => {
      const n = ctx.taskCount
      const tickets = new Set<number>()
      for (let i = 0; i < n; i++) tickets.add(ctx.task(i).tickets)
      const l = strideScale(tickets)
      const s: StrideState = {
        stride: new Float64Array(n),
        pass: new Float64Array(n),
        ahead: new Float64Array(n)
      }
      for (let i = 0; i < n; i++) s.stride[i] = Math.floor(l / ctx.task(i).tickets)
      return s
    },
    createQueue: () => ({ heap: new PassQueue(), globalPass: 0 }),
    enqueue(s, rq, task, reason) {
      if (reason === 'arrival' || reason === 'wakeup')
        s.pass[task] = Math.max(s.pass[task], rq.q.globalPass)
      else if (reason === 'migrated') s.pass[task] = rq.q.globalPass + s.ahead[task]
      rq.q.heap.push(task, s.pass[task])
    },
    dequeue(s, rq, task, reason) {
      if (reason === 'migrated') s.ahead[task] = Math.max(0, s.pass[task] - rq.q.globalPass)
      rq.q.heap.remove(task)
    },
    pickNext(s, rq, cpu, ctx) {
      const id = rq.q.heap.popFirst(ctx.hasAffinity ? (t) => ctx.canRun(t, cpu) : undefined)
      if (id !== null) rq.q.globalPass = Math.max(rq.q.globalPass, s.pass[id])
      return id
    },
    putPrev(s, task, ran) {
      s.pass[task] += s.stride[task] * ran
    },
    timeSlice: () => q,
    queued: (_s, rq) => rq.q.heap.toArray(),
    rule: { code: 'rule.stride', params: { quantum: q } }
  }
  return policy as AnyPolicy
}
