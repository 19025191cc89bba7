// Syntax errors of the ops text form. The draft keeps the last op list that parsed, so
// validation never sees these; the text field reports its error here while it shows one, and
// the problems list merges them with the validation problems. Never undone, never saved.
import type { OpsTextError } from '../features/editor/ops-text'
import { withoutKey } from '../scenario/paths'
import type { Draft } from '../scenario/draft'
import { isUnder, validateDraft } from './validation'
import type { SliceCreator } from './types'

export interface TextErrorsSlice {
  /** The error each ops text field currently shows, by the JSON path of the list it edits. */
  opsTextErrors: Readonly<Record<string, OpsTextError>>
  /** Sets (or, with null, clears) the error of the ops text field at `path`. */
  setOpsTextError(path: string, error: OpsTextError | null): void
}

/** How many ops text fields show a syntax error. */
export function textErrorCount(s: Pick<TextErrorsSlice, 'opsTextErrors'>): number {
  return Object.keys(s.opsTextErrors).length
}

/**
 * Every problem of the open document: validation's and the ops texts' syntax errors. The status
 * bar, the cannot-run banner and the save notice all count with this, so they agree.
 */
export function problemCount(s: Pick<TextErrorsSlice, 'opsTextErrors'> & { draft: Draft }): number {
  // validateDraft is cached per draft object: counting here costs no second validation.
  return validateDraft(s.draft).problems.length + textErrorCount(s)
}

/** Syntax errors of the op lists at or inside `path` (a tree row's badge counts them). */
export function textErrorsUnder(s: Pick<TextErrorsSlice, 'opsTextErrors'>, path: string): number {
  return Object.keys(s.opsTextErrors).filter((p) => isUnder(path, p)).length
}

export const createTextErrorsSlice: SliceCreator<TextErrorsSlice> = (set, get) => ({
  opsTextErrors: {},
  setOpsTextError(path, error) {
    const errors = get().opsTextErrors
    if (error) set({ opsTextErrors: { ...errors, [path]: error } })
    else if (Object.hasOwn(errors, path)) set({ opsTextErrors: withoutKey(errors, path) })
  }
})
