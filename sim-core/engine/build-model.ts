// Scenario → runtime model: tasks with compiled programs, devices, cores.
import { Device } from '../model/device'
import { compileProgram } from '../model/program'
import { Task } from '../model/task'
import type { Scenario } from '../scenario/schema'

export interface Model {
  tasks: Task[]
  devices: Device[]
  processNames: string[]
}

export function buildModel(s: Scenario): Model {
  const deviceIndex = new Map(s.devices.map((d, i) => [d.name, i]))
  const lockIndex = new Map(s.locks.map((l, i) => [l.name, i]))
  const names = {
    device: (n: string) => deviceIndex.get(n) ?? -1,
    lock: (n: string) => lockIndex.get(n) ?? -1
  }
  const tasks: Task[] = []
  s.processes.forEach((p, pi) => {
    let affinity: Uint8Array | null = null
    if (p.affinity) {
      affinity = new Uint8Array(s.machine.cores)
      for (const c of p.affinity) affinity[c] = 1
    }
    for (const t of p.threads) {
      tasks.push(
        new Task(
          tasks.length,
          pi,
          p.name,
          t.name,
          Math.max(p.arrival, t.arrival),
          p.priority,
          p.nice,
          p.tickets,
          affinity,
          compileProgram(t.ops, names)
        )
      )
    }
  })
  return {
    tasks,
    devices: s.devices.map((d) => new Device(d.name, d.channels)),
    processNames: s.processes.map((p) => p.name)
  }
}
