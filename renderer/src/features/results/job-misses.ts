// Deadline misses per periodic thread, for the Jobs view's summary line (threads in the order
// their first job appears, so the scenario's order).
import type { JobRow } from '../charts/table-columns'

export interface ThreadMisses {
  thread: string
  jobs: number
  missed: number
}

export function missesPerThread(jobs: readonly JobRow[]): ThreadMisses[] {
  const by = new Map<string, ThreadMisses>()
  for (const j of jobs) {
    const row = by.get(j.thread) ?? { thread: j.thread, jobs: 0, missed: 0 }
    row.jobs++
    if (j.missed) row.missed++
    by.set(j.thread, row)
  }
  return [...by.values()]
}
