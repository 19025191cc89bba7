// The watchdog: a stalled run that lost a task is a policy bug, reported with the machine's
// state (enough to see what the policy lost, and where).
import { CpuState } from '../model/cpu'
import { Run, type Task } from '../model/task'
import type { Machine } from './machine'
import { PolicyViolation } from './policy-violation'

const CPU_STATE = ['idle', 'switching', 'running', 'holding', 'picked']
const TASK_STATE = ['new', 'ready', 'running', 'blocked', 'done']

export function stateDump(m: Machine, task: Task | null): Record<string, unknown> {
  return {
    now: m.now,
    task: task ? { id: task.id, name: task.name, state: TASK_STATE[task.state] } : null,
    cpus: m.cpus.map((c) => ({
      id: c.id,
      state: CPU_STATE[c.state],
      task: c.task >= 0 ? m.tasks[c.task].name : null
    })),
    queues: m.rqs.map((rq) => ({
      id: rq.id,
      cpu: rq.cpu,
      length: rq.length,
      tasks: m.policy.queued(m.state, rq).map((id) => m.tasks[id]?.name ?? id)
    }))
  }
}

/**
 * The run has stalled (no event pending) with tasks unfinished. With every core idle (a core
 * that runs always has an event pending), a queued task means the policy lost it: a bug,
 * reported with the machine's state. Otherwise the tasks wait on each other (a deadlock).
 */
export function checkNothingLost(m: Machine): void {
  for (const t of m.tasks) {
    if (t.state !== Run.ready) continue
    const idle = m.cpus.find((c) => c.state === CpuState.idle && m.allowed(t.id, c.id))
    if (idle)
      throw new PolicyViolation(
        `${m.policy.name} lost ${t.name}: it is queued, core ${idle.id} is idle and nothing else can happen`,
        stateDump(m, t)
      )
  }
}
