// What a policy sees of the machine (SchedContext): a read-only view, built once per run.
import { CpuState } from '../model/cpu'
import { Run } from '../model/task'
import type { SchedContext, TaskView } from '../sched/policy'
import type { Machine } from './machine'
import type { Rng } from './rng'

export function makeContext(m: Machine, rng: Rng): SchedContext {
  return {
    get now() {
      return m.now
    },
    cores: m.cpus.length,
    rng,
    seed: m.scenario.seed,
    taskCount: m.tasks.length,
    task: (id: number): TaskView => m.tasks[id],
    canRun: (id: number, cpu: number) => m.allowed(id, cpu),
    // Measured when asked (only sjf/srtf ask): the current op's remainder plus the CPU ops after it.
    burstLeft: (id: number) => {
      const t = m.tasks[id]
      let left = t.remainingOp
      if (t.state === Run.running) {
        const c = m.cpus[t.lastCpu]
        if (c.state === CpuState.running) left -= m.now - c.accountedAt
      }
      return left + t.burstAhead()
    },
    hasAffinity: m.tasks.some((t) => t.affinity !== null),
    ranSinceDispatch: (id: number) => {
      const t = m.tasks[id]
      if (t.state !== Run.running) return 0
      const c = m.cpus[t.lastCpu]
      return c.ranSinceDispatch + (c.state === CpuState.running ? m.now - c.accountedAt : 0)
    },
    lastTaskOn: (cpu: number) => m.cpus[cpu].lastTask,
    placement: m.placement,
    recordFair: (task: number, vruntime: number, lag: number, deadline: number) =>
      m.trace.fair(m.now, task, vruntime, lag, deadline),
    recordDraw: (queue, random, ticket, total, winner) =>
      m.trace.draw(m.now, queue, random, ticket, total, winner),
    periodic: (id: number) => m.tasks[id].periodic,
    jobDeadline: (id: number) => {
      const t = m.tasks[id]
      const p = t.periodic
      return p === null ? Infinity : t.arrival + t.jobsDone * p.period + p.deadline
    }
  }
}
