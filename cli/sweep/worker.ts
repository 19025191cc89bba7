// The sweep's worker thread. It is started on the CLI's own entry file, bin/schedlab.mjs, which
// in a worker loads the CLI (the bundle, or the sources through tsx) without calling main();
// cli/main.ts sees the worker data at its top level and lands here. So the same start works
// bundled and from source; a separate worker file would not exist in a bundle.
import { parentPort, workerData } from 'node:worker_threads'
import type { GuardOverrides, Scenario } from '../../sim-core'
import { runCell } from './cell'
import type { Cell, SweepGrid } from './grid'

export interface SweepWorkerData {
  schedlabSweepWorker: true
  base: Scenario
  grid: SweepGrid
  guards: GuardOverrides
}

export interface CellMessage {
  cell: Cell
}

/** Serves cells until the main thread terminates this worker. */
export function sweepWorker(): Promise<number> {
  const port = parentPort
  if (!port) return Promise.resolve(1)
  const { base, grid, guards } = workerData as SweepWorkerData
  port.on('message', (msg: CellMessage) => port.postMessage(runCell(base, grid, msg.cell, guards)))
  return new Promise((resolve) => port.once('close', () => resolve(0)))
}
