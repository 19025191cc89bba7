// Runs a scenario through the stepping API so that a long run on a terminal can show progress on
// stderr; stdout is never touched here, so it stays machine-readable.
import {
  createRun,
  type GuardOverrides,
  type Progress,
  type Scenario,
  type SimResult
} from '../sim-core'
import { runNotices } from './guard-options'

/** Where progress goes: process.stderr, or a fake in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean
  write(text: string): unknown
}

export interface RunOptions {
  /** Names the run in the progress line (e.g. the policy in `compare`). */
  label: string
  stream?: ProgressStream
  /** Events per step between clock checks. */
  chunk?: number
  /** Show progress only for runs that last longer than this (short runs stay silent). */
  delayMs?: number
  /** Milliseconds between progress redraws. */
  intervalMs?: number
  now?: () => number
  /** Guards from the command line (--max-events, --max-time, --max-trace). */
  guards?: GuardOverrides
  /** Record the trace (default true); false when the output needs only metrics. */
  trace?: boolean
}

const compact = (n: number): string =>
  n >= 1e9
    ? `${(n / 1e9).toFixed(1)}G`
    : n >= 1e6
      ? `${(n / 1e6).toFixed(1)}M`
      : n >= 1e4
        ? `${(n / 1e3).toFixed(0)}k`
        : String(n)

export function progressLine(label: string, p: Progress): string {
  return `${label}: t=${compact(p.now)}, ${compact(p.events)} event${p.events === 1 ? '' : 's'}, ${p.finished}/${p.total} threads finished`
}

export function runSimulation(scenario: Scenario, options: RunOptions): SimResult {
  const stream = options.stream ?? process.stderr
  const guards = options.guards ?? {}
  const run = createRun(scenario, { ...guards, trace: options.trace ?? true })
  const finish = (result: SimResult): SimResult => {
    for (const note of runNotices(scenario, guards, result))
      stream.write(`${options.label}: note: ${note}\n`)
    return result
  }
  // Not a terminal (a pipe, a file, CI): no progress at all, and no clock reads either.
  if (!stream.isTTY) {
    run.finish()
    return finish(run.result())
  }
  const now = options.now ?? Date.now
  const chunk = options.chunk ?? 100_000
  const delay = options.delayMs ?? 500
  const interval = options.intervalMs ?? 100
  const started = now()
  let lastDraw = -Infinity
  let drawn = false
  run.finish({
    chunkEvents: chunk,
    onChunk: (progress) => {
      const t = now()
      if (t - started >= delay && t - lastDraw >= interval) {
        // \r and erase-line redraw one status line in place.
        stream.write(`\r\x1b[K${progressLine(options.label, progress)}`)
        lastDraw = t
        drawn = true
      }
    }
  })
  // Metrics over a large run take a while too; say so rather than look stuck.
  const slow = drawn || now() - started >= delay
  if (slow) stream.write(`\r\x1b[K${options.label}: computing metrics…`)
  const result = run.result()
  if (slow) stream.write('\r\x1b[K')
  return finish(result)
}
