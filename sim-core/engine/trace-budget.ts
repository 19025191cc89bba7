// The trace store of a run, sized up front so a long run copies no columns while it grows.
import type { Scenario } from '../scenario/schema'
import type { Guards } from '../scenario/limits'
import { TraceStore } from '../trace/trace-store'
import type { Model } from './build-model'

export function traceBudget(
  model: Model,
  cores: number,
  scenario: Scenario,
  guards: Guards,
  record: boolean
): TraceStore {
  // Roughly a segment per op plus idle gaps, an overhead segment per dispatch when switches
  // cost, another for migrations, about two state changes per op and a decision every few
  // segments. A run cut short by maxEvents writes no more than a few records per event:
  // reserve no more.
  const ops =
    model.tasks.reduce((a, t) => a + t.program.opCount, 0) +
    model.coroutines.reduce((a, co) => a + co.program.opCount, 0)
  const costs = scenario.machine.costs
  const perOp =
    1.25 +
    (costs.threadSwitch > 0 || costs.processSwitch > 0 ? 1 : 0) +
    (costs.migration > 0 ? 1 : 0)
  const events = guards.maxEvents
  const segments = Math.min(Math.ceil(ops * perOp), 4 * events)
  return new TraceStore(
    model.tasks.length,
    cores,
    {
      segments,
      states: Math.min(Math.ceil(ops * 2.5), 4 * events),
      decisions: Math.ceil(segments / 2)
    },
    { record, maxSegments: guards.maxTrace },
    scenario.scheduler.queues === 'per-core' ? cores : 1
  )
}
