// The sweep's worker thread. It is started from the CLI's own entry file (bin/schedlab.mjs, or
// the bundle that replaces it), whose main() sees the worker data and lands here, so the same
// start works under tsx and bundled; a separate worker file would not exist in a bundle.
import { parentPort, workerData } from 'node:worker_threads'
import type { Scenario } from '../../sim-core'
import { runCell } from './cell'
import type { Cell, SweepGrid } from './grid'

export interface SweepWorkerData {
  schedlabSweepWorker: true
  base: Scenario
  grid: SweepGrid
}

export interface CellMessage {
  cell: Cell
}

/** Serves cells until the main thread terminates this worker. */
export function sweepWorker(): Promise<number> {
  const port = parentPort
  if (!port) return Promise.resolve(1)
  const { base, grid } = workerData as SweepWorkerData
  port.on('message', (msg: CellMessage) => port.postMessage(runCell(base, grid, msg.cell)))
  return new Promise((resolve) => port.once('close', () => resolve(0)))
}
