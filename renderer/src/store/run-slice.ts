// The run slice: the tiny interface between the builder and whatever runs the simulation.
// The toolbar's Run button calls startRun(); the results pane reads status, progress and result
// (whether the result is stale is the isStale selector, store/selectors.ts). How a run happens is a RunController: the default runs sim-core's simulate()
// on the UI thread; the Web Worker controller (renderer/src/sim) plugs in through
// createAppStore({ runController }) without the builder changing.
import { simulate, type Scenario, type SimResult } from '../../../sim-core/index'
import type { Draft } from '../scenario/draft'
import { problemCount, textErrorCount } from './text-errors-slice'
import { validateDraft } from './validation'
import type { SliceCreator } from './types'

export type RunStatus = 'idle' | 'running' | 'done' | 'error'

export type RunError = { kind: 'invalid'; problems: number } | { kind: 'failed'; message: string }

/** How long a run took: the engine alone, and from start() to the result (transfer included). */
export interface RunTiming {
  /** Milliseconds the engine spent (inside the worker when there is one). */
  engineMs: number
  /** Milliseconds from the start to the result arriving, transfer included. */
  totalMs: number
}

/** A finished run and how long it took: the timing travels with its result. */
export interface RunOutcome {
  result: SimResult
  timing: RunTiming
}

/** What a controller reports back during one run. */
export interface RunReporter {
  progress(fraction: number): void
  done(result: SimResult, timing?: RunTiming): void
  fail(message: string): void
}

export interface RunController {
  start(scenario: Scenario, report: RunReporter): void
  cancel(): void
}

export interface RunSlice {
  runStatus: RunStatus
  /** 0..1 while running. */
  runProgress: number
  result: SimResult | null
  /** The validated scenario `result` was computed from. */
  resultScenario: Scenario | null
  /** The draft `result` was computed from; the result is stale once the draft differs (isStale). */
  resultDraft: Draft | null
  runError: RunError | null
  /** How long the run behind `result` took (shown beside the results). */
  runTiming: RunTiming | null
  startRun(): void
  cancelRun(): void
}

/**
 * Runs simulate() synchronously, one macrotask after start so the "running" state can paint
 * first. Cancel works only before that task starts: a synchronous run cannot be interrupted,
 * which is why the worker controller exists.
 */
export function createSyncRunController(): RunController {
  let timer: ReturnType<typeof setTimeout> | null = null
  return {
    start(scenario, report) {
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        try {
          report.progress(0)
          const started = performance.now()
          const result = simulate(scenario)
          const ms = performance.now() - started
          report.progress(1)
          report.done(result, { engineMs: ms, totalMs: ms })
        } catch (e) {
          report.fail(e instanceof Error ? e.message : String(e))
        }
      }, 0)
    },
    cancel() {
      if (timer !== null) clearTimeout(timer)
      timer = null
    }
  }
}

export const createRunSlice =
  (controller: RunController): SliceCreator<RunSlice> =>
  (set, get) => {
    // Reports from a run that was cancelled or superseded are ignored.
    let current = 0
    return {
      runStatus: 'idle',
      runProgress: 0,
      result: null,
      resultScenario: null,
      resultDraft: null,
      runError: null,
      runTiming: null,
      startRun() {
        const draft = get().draft
        const v = validateDraft(draft)
        // An ops text with a syntax error is not what the draft holds: running the last list
        // that parsed would show results of ops the user no longer sees.
        if (!v.scenario || textErrorCount(get()) > 0) {
          set({ runStatus: 'error', runError: { kind: 'invalid', problems: problemCount(get()) } })
          return
        }
        const id = ++current
        const scenario = v.scenario
        set({ runStatus: 'running', runProgress: 0, runError: null })
        controller.start(scenario, {
          progress: (fraction) => {
            if (id === current) set({ runProgress: Math.min(1, Math.max(0, fraction)) })
          },
          done: (result, timing) => {
            if (id !== current) return
            set({
              runStatus: 'done',
              runProgress: 1,
              result,
              runTiming: timing ?? null,
              resultScenario: scenario,
              resultDraft: draft
            })
          },
          fail: (message) => {
            if (id === current) set({ runStatus: 'error', runError: { kind: 'failed', message } })
          }
        })
      },
      cancelRun() {
        if (get().runStatus !== 'running') return
        current++
        controller.cancel()
        set({ runStatus: get().result ? 'done' : 'idle', runProgress: 0 })
      }
    }
  }
