// Figures derived from the store's state. They are computed on read, never stored, so nothing
// has to keep them in step with the state they come from.
import type { AppState } from './types'

/**
 * The results on screen were computed from another draft than the one in the editor. Undoing
 * back to exactly the draft that ran makes them current again.
 */
export const isStale = (s: Pick<AppState, 'result' | 'draft' | 'resultDraft'>): boolean =>
  s.result !== null && s.draft !== s.resultDraft
