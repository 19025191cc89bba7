// Readable names for the trace's numeric codes, derived from sim-core's own tables so that a code
// added there gets a name here without an edit: `sliceExpired` → `slice-expired`.
import { EndReason, SegmentKind, type SimResult } from '../../sim-core'

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

function namesByCode(table: Record<string, number>): string[] {
  const names: string[] = []
  for (const [name, code] of Object.entries(table)) names[code] = kebab(name)
  return names
}

const SEGMENT_KINDS = namesByCode(SegmentKind)
const END_REASONS = namesByCode(EndReason)

export const segmentKindName = (code: number): string => SEGMENT_KINDS[code] ?? `kind-${code}`

/** `none` (a segment that simply continues into the next) is written as an empty reason. */
export function endReasonName(code: number): string {
  if (code === EndReason.none) return ''
  return END_REASONS[code] ?? `reason-${code}`
}

/** A trace task id → the thread's id (`process/thread`), or '' for an idle core. */
export function threadName(result: SimResult, task: number): string {
  return task >= 0 ? (result.threads[task]?.id ?? `task-${task}`) : ''
}
