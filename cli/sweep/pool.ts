// Runs a sweep's cells: in this thread for --jobs 1, else on worker threads started from the
// CLI's entry file (see worker.ts). Rows are handed over as cells finish, in any order; the
// caller places them by cell index, so the output does not depend on --jobs.
import { Worker } from 'node:worker_threads'
import type { GuardOverrides, Scenario } from '../../sim-core'
import { errorRow, runCell, type SweepRow } from './cell'
import type { Cell, SweepGrid } from './grid'
import type { CellMessage, SweepWorkerData } from './worker'

export interface PoolOptions {
  base: Scenario
  grid: SweepGrid
  /** --max-events and --max-time, for every cell. */
  guards: GuardOverrides
  jobs: number
  /** The file that starts the CLI (process.argv[1]); without one, cells run in this thread. */
  entry: string | undefined
  /** May return a promise (a checkpoint write) that the in-thread path waits for. */
  onRow(row: SweepRow): Promise<void> | void
}

export async function runCells(cells: readonly Cell[], o: PoolOptions): Promise<void> {
  if (o.jobs <= 1 || cells.length <= 1 || o.entry === undefined) return runHere(cells, o)
  return runOnWorkers(cells, { ...o, entry: o.entry })
}

async function runHere(cells: readonly Cell[], o: PoolOptions): Promise<void> {
  for (const cell of cells) {
    // A checkpoint write needs the event loop, which a run in this thread holds: finish it
    // before the next cell, or a sweep stopped half-way would have nothing to resume from.
    await o.onRow(runCell(o.base, o.grid, cell, o.guards))
  }
}

function startWorker(o: PoolOptions & { entry: string }): Worker {
  const workerData: SweepWorkerData = {
    schedlabSweepWorker: true,
    base: o.base,
    grid: o.grid,
    guards: o.guards
  }
  try {
    // The parent's execArgv carries flags such as --import tsx when the CLI was started that way.
    return new Worker(o.entry, { workerData, execArgv: process.execArgv, stdout: true })
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e
    return new Worker(o.entry, { workerData, stdout: true })
  }
}

function runOnWorkers(cells: readonly Cell[], o: PoolOptions & { entry: string }): Promise<void> {
  return new Promise((resolve) => {
    let next = 0
    let finished = 0
    const serve = (): void => {
      // One cell at a time per worker: the next goes to whichever worker is free first.
      const worker = startWorker(o)
      let current: Cell | undefined
      let over = false
      const give = (): void => {
        current = next < cells.length ? cells[next++] : undefined
        if (current) worker.postMessage({ cell: current } satisfies CellMessage)
        else {
          over = true
          void worker.terminate()
        }
      }
      const done = (row: SweepRow): void => {
        o.onRow(row)
        if (++finished === cells.length) resolve()
      }
      worker.on('message', (row: SweepRow) => {
        done(row)
        give()
      })
      // A worker that dies (out of memory, a crash) fails its cell only; a fresh one goes on.
      const lost = (why: string): void => {
        if (over) return
        over = true
        const cell = current
        current = undefined
        void worker.terminate()
        if (cell) done(errorRow(cell, `the worker running this cell stopped: ${why}`))
        if (next < cells.length) serve()
      }
      worker.on('error', (e) => lost(e.message.split('\n')[0]))
      worker.on('exit', (code) => lost(`exit code ${code}`))
      give()
    }
    const count = Math.min(o.jobs, cells.length)
    for (let i = 0; i < count; i++) serve()
  })
}
