// The machine's GIL (processes with `gil`): the GilTable wired to the engine's events, and the
// drop request acted on — a holder computing on a core leaves it at once (its cpu op is cut and
// resumes when it gets the lock back); one off its core drops the lock when it next runs.
// Kept apart from machine.ts so the core of the machine stays about cores and queues.
import { CpuState } from '../model/cpu'
import { Run } from '../model/task'
import { ROW_BYTES, ROW_F64, ROW_I32, TB, TF, TI } from '../model/task-table'
import { Ev, EvPriority } from './events'
import { GilTable } from './gil-table'
import type { Machine } from './machine'

/** CPython's switch interval is 5 ms: with 1 tick = 1 ms, 5 ticks. */
export const DEFAULT_GIL_INTERVAL = 5

/** The machine's GilTable, or null when no process has a GIL (nothing changes then). */
export function wireGil(m: Machine): GilTable | null {
  const intervals = m.scenario.processes.map((p) =>
    p.gil ? (p.gilInterval ?? DEFAULT_GIL_INTERVAL) : 0
  )
  if (!intervals.some((i) => i > 0)) return null
  const engine = m.engine
  const gil = new GilTable(intervals, m.processOf, {
    get now() {
      return engine.now
    },
    wakeGilWaiter: (id) => m.wakeAt(id, engine.now),
    // After the cores' own events at that instant: a holder whose op ends then runs its next op first.
    scheduleDrop: (p, at) => engine.at(at, EvPriority.timer, Ev.gilDrop, p),
    cancelDrop: (handle) => engine.cancel(handle)
  })
  engine.on(Ev.gilDrop, (p) => {
    const h = gil.dropRequest(p)
    if (h < 0 || m.tb[h * ROW_BYTES + TB.state] !== Run.running) return
    const c = m.cpus[m.ti[h * ROW_I32 + TI.lastCpu]]
    if (c.task !== h || c.state !== CpuState.running) return
    m.ops.account(c, h)
    // Work left: it stops here. None: its op ends at this instant and the next one drops the lock.
    if (m.tf[h * ROW_F64 + TF.remainingOp] > 0) m.ops.waitForGil(c, h)
  })
  return gil
}
