// Ops texts that do not parse. The draft keeps the last op list that parsed, so validation never
// sees these; the text as typed lives here instead, with its error, until it parses or the user
// undoes it. It survives the field going away (another item selected) so that coming back shows
// the text, and it counts as a problem everywhere meanwhile: tree, problems list, Run, Save.
// Never undone, never saved.
import type { OpsTextError } from '../scenario/ops-text-error'
import type { Draft } from '../scenario/draft'
import { formatPath, getAt, parsePath, withoutKey } from '../scenario/paths'
import { isUnder, validateDraft } from './validation'
import type { SliceCreator } from './types'

export interface OpsTextEntry {
  /** The text as the user typed it. */
  text: string
  error: OpsTextError
  /**
   * The op list the draft held at this path when the text stopped parsing. The entry belongs to
   * that list: when the list moves (its thread reordered) the entry follows it, and when the list
   * is replaced (undo, an edit in the rows) or removed, the text is stale and goes.
   */
  base: unknown
}

export type OpsTextErrors = Readonly<Record<string, OpsTextEntry>>

export interface TextErrorsSlice {
  /** Each ops text that does not parse, by the JSON path of the list it edits. */
  opsTextErrors: OpsTextErrors
  /** Sets (or, with null, clears) the unparsed text of the op list at `path`. */
  setOpsTextError(path: string, entry: OpsTextEntry | null): void
}

/** How many ops texts do not parse. */
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

/** The path of every thread's and coroutine's op list in the draft, with the list there. */
function opLists(d: Draft): Map<unknown, string> {
  const lists = new Map<unknown, string>()
  const note = (list: unknown, path: (string | number)[]) => {
    if (list !== undefined && !lists.has(list)) lists.set(list, formatPath(path))
  }
  d.processes.forEach((proc, p) =>
    proc.threads.forEach((th, t) => {
      note(th.ops, ['processes', p, 'threads', t, 'ops'])
      th.coroutines?.forEach((co, c) =>
        note(co.ops, ['processes', p, 'threads', t, 'coroutines', c, 'ops'])
      )
    })
  )
  return lists
}

/**
 * The entries still true of a new draft: kept where their list still is, moved where it went,
 * dropped where it was replaced or removed. Returns `errors` itself when nothing changed.
 */
export function followDraft(errors: OpsTextErrors, d: Draft): OpsTextErrors {
  const paths = Object.keys(errors)
  if (paths.length === 0) return errors
  let lists: Map<unknown, string> | null = null
  let changed = false
  const next: Record<string, OpsTextEntry> = {}
  for (const path of paths) {
    const entry = errors[path]
    if (getAt(d, parsePath(path)) === entry.base) {
      next[path] = entry
      continue
    }
    changed = true
    lists ??= opLists(d)
    const moved = lists.get(entry.base)
    if (moved !== undefined && !Object.hasOwn(next, moved)) next[moved] = entry
  }
  return changed ? next : errors
}

export const createTextErrorsSlice: SliceCreator<TextErrorsSlice> = (set, get) => ({
  opsTextErrors: {},
  setOpsTextError(path, entry) {
    const errors = get().opsTextErrors
    if (entry) set({ opsTextErrors: { ...errors, [path]: entry } })
    else if (Object.hasOwn(errors, path)) set({ opsTextErrors: withoutKey(errors, path) })
  }
})
