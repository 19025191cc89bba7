// The sweep's progress bar on stderr: cells done, failures, and the time left, estimated from
// the mean time per cell so far. Drawn only on a terminal; a pipe or a file gets nothing.
import type { ProgressStream } from '../run-simulation'

export interface SweepProgress {
  /** A cell finished (failed or not). */
  cell(failed: boolean): void
  /** Erases the bar. */
  end(): void
}

const WIDTH = 24

export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const ss = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

export function progressBar(
  done: number,
  total: number,
  failed: number,
  elapsedMs: number
): string {
  const filled = total > 0 ? Math.floor((done / total) * WIDTH) : WIDTH
  const bar = '#'.repeat(filled) + '-'.repeat(WIDTH - filled)
  const left = done > 0 ? clock(((elapsedMs / done) * (total - done)) / 1000) : '?'
  const failures = failed > 0 ? `, ${failed} failed` : ''
  return `[${bar}] ${done}/${total} cells${failures}, ${clock(elapsedMs / 1000)} elapsed, ETA ${left}`
}

export function sweepProgress(
  stream: ProgressStream,
  total: number,
  now: () => number = Date.now,
  intervalMs = 100
): SweepProgress {
  if (!stream.isTTY) return { cell: () => {}, end: () => {} }
  const started = now()
  let done = 0
  let failed = 0
  let lastDraw = -Infinity
  const draw = (): void => {
    stream.write(`\r\x1b[K${progressBar(done, total, failed, now() - started)}`)
    lastDraw = now()
  }
  draw()
  return {
    cell(f) {
      done++
      if (f) failed++
      if (now() - lastDraw >= intervalMs || done === total) draw()
    },
    end() {
      stream.write('\r\x1b[K')
    }
  }
}
