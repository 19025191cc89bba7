export type { RunOptions } from '../store/run-here'
export type { RunOutcome, RunTiming } from '../store/run-slice'
