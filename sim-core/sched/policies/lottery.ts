// Lottery scheduling (OSTEP ch. 9; the homework's lottery.py): each pick draws a ticket among the
// ready threads of the run queue, and the thread holding it runs for a quantum. A thread holds
// its process's `tickets`. The draw rule (docs/policies.md, "lottery"):
// - total = the tickets of the queue's ready threads this core may run;
// - winning ticket: "engine" draws u in [0, 1) from the policy's random stream and takes
//   floor(u * total) (logged random = floor(u * 2^32)); "python" takes r = int(random() * 1000001)
//   from CPython's Mersenne Twister seeded with the scenario's seed, as lottery.py, and r mod total;
// - the winner: scanning the ready threads by thread id, the first whose running ticket count
//   exceeds the winning ticket (lottery.py's job-id order).
// Only this policy draws from its stream, so balancing or stealing never shifts the numbers.
import { PythonRandom } from '../../engine/python-random'
import type { SchedulerConfig } from '../../scenario/schema'
import type { AnyPolicy, SchedContext, SchedPolicy } from '../policy'
import { IdOrderedSet } from '../id-ordered-set'

type LotteryConfig = Extract<SchedulerConfig, { policy: 'lottery' }>

interface LotteryState {
  /** One winning-ticket source for the whole policy (every queue draws from it in pick order). */
  draw: (total: number) => { random: number; ticket: number }
}

/** lottery.py's range: r = int(random() * 1000001). */
export const LOTTERY_PY_RANGE = 1000001

function drawSource(config: LotteryConfig, ctx: SchedContext): LotteryState['draw'] {
  if (config.random === 'python') {
    const py = new PythonRandom(ctx.seed)
    for (let i = 0; i < config.randomSkip; i++) py.random()
    return (total) => {
      const random = Math.trunc(py.random() * LOTTERY_PY_RANGE)
      return { random, ticket: random % total }
    }
  }
  return (total) => {
    const u = ctx.rng.next()
    return { random: Math.floor(u * 4294967296), ticket: Math.floor(u * total) }
  }
}

export function lottery(config: LotteryConfig): AnyPolicy {
  const q = config.quantum
  const aligned = config.alignedQuanta
  const policy: SchedPolicy<LotteryState, IdOrderedSet> = {
    name: 'lottery',
    init: (ctx) => ({ draw: drawSource(config, ctx) }),
    createQueue: () => new IdOrderedSet(),
    enqueue: (_s, rq, task) => rq.q.add(task),
    dequeue: (_s, rq, task) => void rq.q.remove(task),
    pickNext(s, rq, cpu, ctx) {
      // Aligned quanta: draws happen only at multiples of the quantum (lottery.py's clock); the
      // timer below wakes the core there.
      if (aligned && ctx.now % q !== 0) return null
      const ids = rq.q.toArray()
      let total = 0
      for (const id of ids)
        if (!ctx.hasAffinity || ctx.canRun(id, cpu)) total += ctx.task(id).tickets
      if (total === 0) return null
      const { random, ticket } = s.draw(total)
      let running = 0
      for (const id of ids) {
        if (ctx.hasAffinity && !ctx.canRun(id, cpu)) continue
        running += ctx.task(id).tickets
        if (running > ticket) {
          rq.q.remove(id)
          ctx.recordDraw(rq.id, random, ticket, total, id)
          return id
        }
      }
      return null
    },
    // A thread dispatched off the grid (an I/O completion that preempts) runs to the next multiple.
    timeSlice: (_s, _task, ctx) => (aligned ? q - (ctx.now % q) : q),
    timerPeriod: () => (aligned ? q : 0),
    queued: (_s, rq) => [...rq.q.toArray()],
    rule: { code: 'rule.lottery', params: { quantum: q } }
  }
  return policy as AnyPolicy
}
