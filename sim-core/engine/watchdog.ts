// The machine's state for a PolicyViolation: enough to see what the policy lost, and where.
import type { Task } from '../model/task'
import type { Machine } from './machine'

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
