// CPU-burst length estimates for sjf/srtf: the true next burst ("oracle") or the textbook
// exponential average tau(n+1) = alpha * t(n) + (1 - alpha) * tau(n).
import type { SchedContext, StopReason } from './policy'

export interface BurstEstimator {
  /** Estimated ticks left in the task's current burst. */
  left(task: number, ctx: SchedContext): number
  /** Record ticks run; at the end of a burst, update the average. */
  ran(task: number, ticks: number, reason: StopReason): void
}

export function burstEstimator(
  kind: 'oracle' | 'exponential',
  alpha: number,
  initial: number,
  taskCount: number
): BurstEstimator {
  if (kind === 'oracle') return { left: (task, ctx) => ctx.burstLeft(task), ran: () => {} }
  const tau = new Float64Array(taskCount).fill(initial)
  const sofar = new Float64Array(taskCount)
  return {
    // A running task's progress since it was dispatched is not in `sofar` yet.
    left: (task, ctx) => Math.max(0, tau[task] - sofar[task] - ctx.ranSinceDispatch(task)),
    ran(task, ticks, reason) {
      sofar[task] += ticks
      if (reason === 'blocked' || reason === 'exit' || reason === 'yield') {
        tau[task] = alpha * sofar[task] + (1 - alpha) * tau[task]
        sofar[task] = 0
      }
    }
  }
}
