// Stride scheduling (Waldspurger and Weihl, 1995; OSTEP ch. 9): each thread has a stride
// L / tickets and a pass; the thread with the smallest pass runs for a quantum, and its pass
// grows by stride for every tick it ran (a partial quantum is charged exactly what it ran).
// Rules (docs/policies.md, "stride"):
// - L is the least multiple of the lcm of the scenario's ticket values that is at least 10,000
//   (OSTEP's), so every stride is an exact integer (100/50/250 tickets give OSTEP's 100, 200, 40);
//   past 2^31 (many unrelated ticket values) L = 2^31 and strides round down.
// - Which thread runs (eligibility, the default): among the queued threads whose pass is at most
//   the queue's virtual time V (the ticket-weighted average pass of the queued threads, compared
//   without a division as EEVDF's entity_eligible does), the one whose quantum would end first
//   (smallest pass + quantum × stride). On one core this is the pfair schedule of the ticket
//   shares, so every thread's CPU stays within one quantum of its exact share at every moment
//   (Waldspurger and Weihl's basic rule bounds only each pair's split; a thread's whole share
//   can be off by more, 1.4 quanta at 100/200/700 tickets). `eligibility: false` is that basic
//   rule, OSTEP's: the smallest pass runs (figure 9.3).
// - Ties: the lowest thread id.
// - Each run queue remembers the pass of the thread it last picked (its "global pass", the
//   smallest pass at that pick, which never decreases). An arriving or waking thread's pass is
//   raised to it, so a newcomer or a long sleeper cannot monopolise the core; a thread moved to
//   another core's queue keeps its distance ahead of the old queue's global pass.
import type { SchedulerConfig } from '../../scenario/schema'
import type { AnyPolicy, SchedContext, SchedPolicy } from '../policy'
import { KeyedRunQueue } from '../run-queue'

type StrideConfig = Extract<SchedulerConfig, { policy: 'stride' }>

/** OSTEP's stride numerator. */
export const OSTEP_STRIDE_L = 10000
const L_CAP = 2 ** 31

interface StrideState {
  tickets: Float64Array
  stride: Float64Array
  pass: Float64Array
  /** A migrating thread's pass minus its old queue's global pass. */
  ahead: Float64Array
}

interface StrideQueue {
  /** Queued threads by (pass, thread id). */
  heap: KeyedRunQueue
  /** The pass of the thread this queue last picked. */
  globalPass: number
  /** Σ tickets and Σ tickets × (pass − base) over the queued threads (V = base + sum / load). */
  load: number
  sum: number
  base: number
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
  const eligibility = config.eligibility
  const add = (s: StrideState, rq: StrideQueue, task: number, sign: 1 | -1) => {
    const t = s.tickets[task]
    rq.load += sign * t
    rq.sum += sign * t * (s.pass[task] - rq.base)
  }
  /** The eligible thread whose quantum ends first (ties: lowest id), or null. */
  const pickEligible = (
    s: StrideState,
    rq: StrideQueue,
    accept: ((id: number) => boolean) | undefined
  ): number | null => {
    let best = -1
    let bestEnd = Infinity
    let fallback = -1
    rq.heap.forEach((id, pass) => {
      if (accept && !accept(id)) return
      // Affinity can hide every eligible thread from this core: then the smallest pass it may run.
      if (fallback < 0 || pass < s.pass[fallback] || (pass === s.pass[fallback] && id < fallback))
        fallback = id
      if ((pass - rq.base) * rq.load > rq.sum) return
      const end = pass + q * s.stride[id]
      if (end < bestEnd || (end === bestEnd && id < best)) {
        best = id
        bestEnd = end
      }
    })
    const id = best >= 0 ? best : fallback
    if (id < 0) return null
    rq.heap.remove(id)
    return id
  }
  const policy: SchedPolicy<StrideState, StrideQueue> = {
    name: 'stride',
    init: (ctx: SchedContext) => {
      const n = ctx.taskCount
      const tickets = new Set<number>()
      for (let i = 0; i < n; i++) tickets.add(ctx.task(i).tickets)
      const l = strideScale(tickets)
      const s: StrideState = {
        tickets: new Float64Array(n),
        stride: new Float64Array(n),
        pass: new Float64Array(n),
        ahead: new Float64Array(n)
      }
      for (let i = 0; i < n; i++) {
        s.tickets[i] = ctx.task(i).tickets
        s.stride[i] = Math.floor(l / s.tickets[i])
      }
      return s
    },
    createQueue: () => ({ heap: new KeyedRunQueue(true), globalPass: 0, load: 0, sum: 0, base: 0 }),
    enqueue(s, rq, task, reason) {
      if (reason === 'arrival' || reason === 'wakeup')
        s.pass[task] = Math.max(s.pass[task], rq.q.globalPass)
      else if (reason === 'migrated') s.pass[task] = rq.q.globalPass + s.ahead[task]
      rq.q.heap.push(task, s.pass[task])
      add(s, rq.q, task, 1)
    },
    dequeue(s, rq, task, reason) {
      if (reason === 'migrated') s.ahead[task] = Math.max(0, s.pass[task] - rq.q.globalPass)
      if (rq.q.heap.remove(task)) add(s, rq.q, task, -1)
    },
    pickNext(s, rq, cpu, ctx) {
      const sq = rq.q
      const accept = ctx.hasAffinity ? (t: number) => ctx.canRun(t, cpu) : undefined
      const id = eligibility ? pickEligible(s, sq, accept) : sq.heap.popFirst(accept)
      if (id === null) return null
      add(s, sq, id, -1)
      sq.globalPass = Math.max(sq.globalPass, s.pass[id])
      // Sums relative to the global pass stay small (exact in doubles over long runs).
      sq.sum -= sq.load * (sq.globalPass - sq.base)
      sq.base = sq.globalPass
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
