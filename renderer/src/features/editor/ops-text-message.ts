// An ops text syntax error in the UI's language, with its line and column: the same sentence
// under the text field and in the problems list.
import type { Translate } from '../../i18n/translate'
import { verbsFor } from '../../scenario/draft'
import type { OpsTextError } from './ops-text'

export function opsTextErrorMessage(e: OpsTextError, t: Translate): string {
  const verbs = (e.context === 'any' ? verbsFor('thread') : verbsFor(e.context)).join(', ')
  const found = e.found === '' ? t('ops.error.end') : JSON.stringify(e.found)
  const params = { verbs, found, verb: e.verb ?? '' }
  const message =
    e.code === 'op-not-allowed'
      ? t(
          e.context === 'coroutine'
            ? 'ops.error.op-not-allowed.coroutine'
            : 'ops.error.op-not-allowed.thread',
          params
        )
      : t(`ops.error.${e.code}`, params)
  return t('ops.error.at', { line: e.line, column: e.column, message })
}
