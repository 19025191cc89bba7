// Why a run segment ended, in words: sim-core records a code (EndReason), this words it from a
// dictionary keyed `why.*`. WHY_TEXT is the English one: the CLI's words and the `why.*`
// entries of the app's English dictionary (renderer/src/i18n/en.ts spreads it); the app's
// other languages word the same keys through its own i18n.
import { EndReason, fillTemplate } from '../sim-core'

export const WHY_TEXT = {
  'why.none': 'still running at this point (the segment continues)',
  'why.sliceExpired': 'its time slice (quantum) expired',
  'why.preempted': 'preempted by another thread',
  'why.io': 'blocked on I/O',
  'why.sleep': 'went to sleep',
  'why.lock': 'waited for a lock',
  'why.yield': 'yielded the CPU',
  'why.exit': 'finished',
  'why.limit': 'the run stopped at a limit',
  'why.park': 'parked: no coroutine was ready',
  'why.other': 'reason {code}'
} as const

export type WhyKey = keyof typeof WHY_TEXT

/** The dictionary key of each end reason; a code missing here is worded by `why.other`. */
export const END_REASON_KEYS: Partial<Record<number, WhyKey>> = {
  [EndReason.none]: 'why.none',
  [EndReason.sliceExpired]: 'why.sliceExpired',
  [EndReason.preempted]: 'why.preempted',
  [EndReason.io]: 'why.io',
  [EndReason.sleep]: 'why.sleep',
  [EndReason.lock]: 'why.lock',
  [EndReason.yield]: 'why.yield',
  [EndReason.exit]: 'why.exit',
  [EndReason.limit]: 'why.limit',
  [EndReason.park]: 'why.park'
}

/** End reason `code` in `words` (English by default). */
export function endReasonText(
  code: number,
  words: Readonly<Record<WhyKey, string>> = WHY_TEXT
): string {
  const key = END_REASON_KEYS[code]
  return key ? words[key] : fillTemplate(words['why.other'], { code })
}
