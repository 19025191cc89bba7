// Threads are numbered as the engine numbers them: in declaration order, process by process, so
// result.threads[k] is the k-th declared thread. Results are keyed by that index; the
// "process/thread" id is only for display.

interface Shape {
  processes: readonly { threads: readonly unknown[] }[]
}

/** The index of thread `t` of process `p` in the run's threads, or -1 when there is none. */
export function threadIndex(scenario: Shape, p: number, t: number): number {
  const process = scenario.processes[p]
  if (!process || t < 0 || t >= process.threads.length) return -1
  let k = t
  for (let i = 0; i < p; i++) k += scenario.processes[i].threads.length
  return k
}

/** Which declared thread index `k` is ({ p, t }), or null for an index past them. */
export function threadAt(scenario: Shape, k: number): { p: number; t: number } | null {
  if (k < 0) return null
  let rest = k
  for (const [p, process] of scenario.processes.entries()) {
    if (rest < process.threads.length) return { p, t: rest }
    rest -= process.threads.length
  }
  return null
}
