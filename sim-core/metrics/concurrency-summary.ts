// Headline figures for coroutines and locks, next to the thread summary: what a comparison of
// policies shows for a scenario with coroutines or locks. Computed from a result's rows, so the
// CLI's `compare` and the app's comparison table give the same numbers.
import type { SimResult } from './result'

export interface CoroutineSummary {
  count: number
  /** Over finished coroutines. */
  avgTurnaround: number
  /** Over finished coroutines (a coroutine's waiting is known when it finishes). */
  avgWaiting: number
  /** Over coroutines that started. */
  avgResponse: number
  /** Over every coroutine: time ready or running while its host thread could not run. */
  avgStalled: number
}

export interface LockSummary {
  acquisitions: number
  contended: number
  /** Summed over every lock. */
  totalWait: number
  /** The longest single wait on any lock. */
  maxWait: number
}

export interface ConcurrencySummary {
  /** Null when the scenario has no coroutines. */
  coroutines: CoroutineSummary | null
  /** Null when the scenario declares no locks. */
  locks: LockSummary | null
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6

function mean(xs: readonly (number | null)[]): number {
  let sum = 0
  let n = 0
  for (const x of xs)
    if (x !== null) {
      sum += x
      n++
    }
  return n === 0 ? 0 : round(sum / n)
}

export function concurrencySummary(r: SimResult): ConcurrencySummary {
  const co = r.coroutines
  const coroutines: CoroutineSummary | null =
    co.length === 0
      ? null
      : {
          count: co.length,
          avgTurnaround: mean(co.map((c) => c.turnaround)),
          avgWaiting: mean(co.map((c) => c.waiting)),
          avgResponse: mean(co.map((c) => c.response)),
          avgStalled: mean(co.map((c) => c.stalled))
        }
  const locks: LockSummary | null =
    r.locks.length === 0
      ? null
      : {
          acquisitions: r.locks.reduce((a, l) => a + l.acquisitions, 0),
          contended: r.locks.reduce((a, l) => a + l.contended, 0),
          totalWait: r.locks.reduce((a, l) => a + l.totalWait, 0),
          maxWait: r.locks.reduce((a, l) => Math.max(a, l.maxWait), 0)
        }
  return { coroutines, locks }
}
