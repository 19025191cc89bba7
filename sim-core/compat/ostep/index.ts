// `schedlab ostep SIM FLAGS`: OSTEP homework simulators translated into ordinary scenarios.
import type { OstepRun } from './common'
import { ostepLottery } from './lottery'
import { ostepMlfq } from './mlfq'
import { ostepMulti } from './multi'
import { ostepProcessRun } from './process-run'
import { ostepScheduler } from './scheduler'

export { OstepUsageError } from './args'
export type { OstepRun } from './common'
export type { SchedulerReport } from './scheduler'
export type { MlfqReport } from './mlfq'
export type { ProcessRunReport } from './process-run'
export type { MultiReport } from './multi'
export type { LotteryReport } from './lottery'

export const OSTEP_SIMS = ['scheduler', 'mlfq', 'process-run', 'multi', 'lottery'] as const
export type OstepSim = (typeof OSTEP_SIMS)[number]

export function ostepAdapter(sim: OstepSim, argv: readonly string[]): OstepRun {
  switch (sim) {
    case 'scheduler':
      return ostepScheduler(argv) as OstepRun
    case 'mlfq':
      return ostepMlfq(argv) as OstepRun
    case 'process-run':
      return ostepProcessRun(argv) as OstepRun
    case 'multi':
      return ostepMulti(argv) as OstepRun
    case 'lottery':
      return ostepLottery(argv) as OstepRun
  }
}
