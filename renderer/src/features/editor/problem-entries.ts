// The problems list's rows: ops text syntax errors (which validation cannot see, since the draft
// keeps the last list that parsed) first, then every validation problem in sim-core's order.
// Each row reads in the draft's names and keeps the raw path the CLI prints. Pure.
import type { Problem } from '../../../../sim-core/index'
import { problemMessage } from '../../i18n/problem-message'
import type { Translate } from '../../i18n/translate'
import type { Draft } from '../../scenario/draft'
import { problemToString } from '../../store/validation'
import type { OpsTextErrors } from '../../store/text-errors-slice'
import { opsTextErrorMessage } from './ops-text-message'
import { opsTextPlace, problemPlace } from './problem-place'

export interface ProblemEntry {
  /** The JSON path the problem is at; selecting the row goes to the field there. */
  path: string
  /** What the row says: where, in the draft's names when the path has them, and what. */
  text: string
  /** True when `text` names the place instead of giving the path, so the path is shown too. */
  named: boolean
  /** The CLI's line for it (`path: message`); null for a syntax error, which the CLI never sees. */
  cliLine: string | null
}

export function problemEntries(
  d: Draft,
  problems: readonly Problem[],
  textErrors: OpsTextErrors,
  t: Translate
): ProblemEntry[] {
  const syntax = Object.entries(textErrors).map(([path, e]): ProblemEntry => ({
    path,
    text: t('problems.line', {
      place: opsTextPlace(d, path, t),
      message: opsTextErrorMessage(e.error, t)
    }),
    named: true,
    cliLine: null
  }))
  const validation = problems.map((p): ProblemEntry => {
    const place = problemPlace(d, p.path, t)
    const cliLine = problemToString(p)
    // Worded in the app's language; the CLI line stays English, as the CLI prints it.
    const message = problemMessage(p, t)
    return place
      ? { path: p.path, text: t('problems.line', { place, message }), named: true, cliLine }
      : {
          path: p.path,
          text: p.path ? `${p.path}: ${message}` : message,
          named: false,
          cliLine
        }
  })
  return [...syntax, ...validation]
}
