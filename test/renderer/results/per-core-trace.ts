// The hand-made trace of a run with per-core queues and caches, shared by the renderer's
// queues-and-cache tests (the views' functions and the results pane), so both read one run.
import { DONE, READY, RUNNING, type TraceParts } from './trace-builder'

/**
 * Two cores, per-core queues, five threads (the demo's: 0 worker-1, 1 worker-2, 2 worker-3,
 * 3 crunch, 4 flush), makespan 20:
 *   core 0: task 0 cold [0,6), task 0 warm [6,10), task 1 cold [10,14)
 *   core 1: task 1 cold [0,5), task 3 warm [5,9), task 0 cold [14,20)
 * Dispatches: task 1 on core 0 at 10 last ran on core 1, task 0 on core 1 at 14 last ran on
 * core 0: two migrations. Queue 0 holds 1 thread over [0,10), then 0; queue 1 holds 2 over [0,5),
 * 1 over [5,14), then 0. Thread 2 waits in queue 0 from 0, threads 3 and 4 in queue 1 from 0;
 * thread 3 runs at 5, and balancing moves thread 4 to queue 0 at 7.
 */
export const PER_CORE: TraceParts = {
  runQueues: 2,
  segs: [
    [0, 6, 0, 0, 0],
    [0, 5, 1, 1, 0],
    [5, 9, 1, 3, 1],
    [6, 10, 0, 0, 1],
    [10, 14, 0, 1, 0],
    [14, 20, 1, 0, 0]
  ],
  decs: [
    [0, 0, 0, -1],
    [0, 1, 1, -1],
    [5, 1, 3, -1],
    [10, 0, 1, 1],
    [14, 1, 0, 0]
  ],
  rq: [
    [0, 0, 1],
    [0, 1, 2],
    [5, 1, 1],
    [10, 0, 0],
    [14, 1, 0]
  ],
  states: [
    [0, 0, RUNNING, 0],
    [0, 1, RUNNING, 0],
    [0, 2, READY, 0],
    [0, 3, READY, 1],
    [0, 4, READY, 1],
    [5, 3, RUNNING, 0],
    [7, 4, READY, 0],
    [9, 3, DONE, 0],
    [12, 2, RUNNING, 0],
    [13, 4, RUNNING, 0]
  ]
}
