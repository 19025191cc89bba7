// Scenario → runtime model: tasks with compiled programs, devices, cores.
import { Device } from '../model/device'
import { Channel } from '../model/channel'
import { Lock } from '../model/lock'
import { ProgramStore } from '../model/program'
import { Task } from '../model/task'
import { TaskTable } from '../model/task-table'
import { Coroutine } from '../runtime/coroutine'
import { UserRuntime, Worker } from '../runtime/user-runtime'
import type { ThreadOp } from '../scenario/ops-schema'
import type { Scenario } from '../scenario/schema'

export interface Model {
  tasks: Task[]
  devices: Device[]
  locks: Lock[]
  channels: Channel[]
  runtimes: UserRuntime[]
  coroutines: Coroutine[]
  processNames: string[]
  programs: ProgramStore
  table: TaskTable
  /** Each task's cache working set, or -1 (none: it never warms a cache). */
  workingSet: Float64Array
}

export function buildModel(s: Scenario): Model {
  const deviceIndex = new Map(s.devices.map((d, i) => [d.name, i]))
  const lockIndex = new Map(s.locks.map((l, i) => [l.name, i]))
  const channels = (s.channels ?? []).map((c) => new Channel(c.name, c.capacity))
  const channelIndex = new Map(channels.map((c, i) => [c.name, i]))
  const programs = new ProgramStore({
    device: (n: string) => deviceIndex.get(n) ?? -1,
    lock: (n: string) => lockIndex.get(n) ?? -1,
    channel: (n: string) => channelIndex.get(n) ?? -1
  })
  const tasks: Task[] = []
  // A thread is one task; a runtime is one host task per worker.
  const table = new TaskTable(
    s.processes.reduce(
      (n, p) =>
        n + p.threads.reduce((m, t) => m + (t.runtime?.kind === 'm:n' ? t.runtime.workers : 1), 0),
      0
    )
  )
  const runtimes: UserRuntime[] = []
  const coroutines: Coroutine[] = []
  const workingSet = new Float64Array(table.size).fill(-1)
  s.processes.forEach((p, pi) => {
    const processAffinity = coreMask(p.affinity, s.machine.cores)
    for (const t of p.threads) {
      // Effective affinity: the thread's cores within the process's (semantic checks keep the
      // two from being disjoint); null = every core.
      const affinity = intersect(processAffinity, coreMask(t.affinity, s.machine.cores))
      // A periodic thread's first job is released `offset` after the thread arrives.
      const arrival = Math.max(p.arrival, t.arrival) + (t.periodic?.offset ?? 0)
      const task = (name: string, ops: typeof t.ops) =>
        new Task(
          tasks.length,
          pi,
          p.name,
          name,
          arrival,
          p.priority,
          p.nice,
          p.tickets,
          affinity,
          programs.compile(ops),
          programs,
          table
        )
      if (!t.runtime) {
        const thread = task(t.name, t.ops)
        thread.slice = t.slice ?? 0
        if (t.workingSet !== undefined) workingSet[thread.id] = t.workingSet
        if (t.periodic)
          thread.periodic = {
            period: t.periodic.period,
            deadline: t.periodic.deadline ?? t.periodic.period,
            jobs: t.periodic.jobs,
            wcet: cpuTicks(t.ops)
          }
        tasks.push(thread)
        continue
      }
      // A runtime's host threads: one for an event loop, `workers` for M:N.
      const rt = new UserRuntime(runtimes.length, t.runtime.kind)
      runtimes.push(rt)
      const k = t.runtime.kind === 'm:n' ? t.runtime.workers : 1
      for (let w = 0; w < k; w++) {
        const host = task(k === 1 ? t.name : `${t.name}-w${w}`, [])
        host.runtime = rt
        host.worker = w
        tasks.push(host)
        rt.workers.push(new Worker(w, host))
      }
      ;(t.coroutines ?? []).forEach((c, ci) => {
        const id = coroutines.length
        const co = new Coroutine(
          id,
          `${p.name}/${t.name}/${c.name}`,
          rt.index,
          Math.max(arrival, c.arrival),
          ci % k,
          programs.compile(c.ops),
          programs
        )
        coroutines.push(co)
        rt.coroutines.push(id)
        rt.remaining++
      })
    }
  })
  return {
    tasks,
    devices: s.devices.map((d) => new Device(d.name, d.channels)),
    channels,
    locks: s.locks.map(
      (l) =>
        new Lock(l.name, l.kind === 'mutex' ? 1 : (l.permits ?? 1), l.protocol === 'inheritance')
    ),
    runtimes,
    coroutines,
    processNames: s.processes.map((p) => p.name),
    programs,
    table,
    workingSet
  }
}

/** CPU ticks the ops ask for, repeats expanded (a periodic job's WCET). */
export function cpuTicks(ops: readonly ThreadOp[]): number {
  let n = 0
  for (const op of ops)
    if ('cpu' in op) n += op.cpu
    else if ('repeat' in op) n += op.repeat * cpuTicks(op.ops)
  return n
}

/** The cores in `list` as a 0/1 mask, or null (no restriction) without a list. */
function coreMask(list: number[] | undefined, cores: number): Uint8Array | null {
  if (!list) return null
  const mask = new Uint8Array(cores)
  for (const c of list) mask[c] = 1
  return mask
}

function intersect(a: Uint8Array | null, b: Uint8Array | null): Uint8Array | null {
  if (!a) return b
  if (!b) return a
  return a.map((x, i) => x & b[i])
}
