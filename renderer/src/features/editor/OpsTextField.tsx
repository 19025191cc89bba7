import { useId, useState } from 'react'
import { problemToString } from '../../../../sim-core/index'
import { useApp, useT, useValidation } from '../../app/hooks'
import { useServices } from '../../app/services'
import { useDraftValue } from '../../components/field-hooks'
import type { OpContext } from '../../scenario/draft'
import { formatPath, setAt, type Path } from '../../scenario/paths'
import { asOps } from './op-convert'
import { parseOps, printOps } from './ops-text'
import { opsTextErrorMessage } from './ops-text-message'

/** No list written by the field is waiting to come back from the draft. */
const NOTHING = Symbol('nothing')

interface OpsTextFieldProps {
  path: Path
  context: OpContext
}

/**
 * The compact text form of an op list. What parses goes to the draft as you type (and so to
 * the rows below); a syntax error is shown with its line and column and a caret under the
 * spot, while the rows keep the last list that parsed. Text that does not parse is kept in the
 * store (text-errors-slice), not here, so it is still there after another item was selected.
 */
export function OpsTextField({ path, context }: OpsTextFieldProps) {
  const t = useT()
  const id = useId()
  const { store } = useServices()
  const editDraft = useApp((s) => s.editDraft)
  const value = useDraftValue(path)
  const pathText = formatPath(path)
  const unparsed = useApp((s) => s.opsTextErrors[pathText])
  const setOpsTextError = useApp((s) => s.setOpsTextError)
  // The text while it parses: the draft's list printed, or the spelling the user typed for it.
  const [typed, setTyped] = useState(() => printOps(asOps(value)))
  // The list this field itself last wrote: when the draft comes back holding it, the text stays
  // as typed. Only once: the same list brought back later (by redo) is a change from outside,
  // which rewrites the text like any other (and the store drops an unparsed text over it).
  const [committed, setCommitted] = useState<unknown>(NOTHING)
  const [shown, setShown] = useState<unknown>(value)
  if (shown !== value) {
    setShown(value)
    if (value === committed) setCommitted(NOTHING)
    else setTyped(printOps(asOps(value)))
  }
  const text = unparsed?.text ?? typed
  const error = unparsed?.error ?? null
  const problems = useValidation().problems.filter(
    (p) => p.path === pathText || p.path.startsWith(`${pathText}[`)
  )

  // Only the whole text is ever committed: each change parses all of it, and a change that does
  // not parse leaves the draft alone (holding the last whole text that did).
  const onChange = (next: string) => {
    const r = parseOps(next, context)
    if (!r.ok) {
      setOpsTextError(pathText, { text: next, error: r.error, base: value })
      return
    }
    setOpsTextError(pathText, null)
    setTyped(next)
    setCommitted(r.ops)
    editDraft((d) => setAt(d, path, r.ops), `${pathText}#text`)
  }

  // While the text does not parse, the draft's history does not hold it: Undo there would take
  // back an older edit (a whole thread, say) the user is not looking at. The first Undo goes back
  // to the last list that parsed instead; the next ones undo the draft as usual.
  const onKeyDown = (e: React.KeyboardEvent) => {
    const undo = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z'
    if (!undo || !error) return
    e.preventDefault()
    setTyped(printOps(asOps(value)))
    setOpsTextError(pathText, null)
  }

  const line = error ? (text.split('\n')[error.line - 1] ?? '') : ''
  const describedBy = [
    `${id}-hint`,
    error ? `${id}-error` : null,
    problems.length ? `${id}-problems` : null
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`field ops-text${error || problems.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {t('ops.text')}
      </label>
      <textarea
        id={id}
        className="mono"
        data-path={pathText}
        rows={Math.min(6, Math.max(2, Math.ceil(text.length / 60)))}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={text}
        aria-invalid={error !== null || problems.length > 0}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => store.endEditBurst()}
      />
      <span id={`${id}-hint`} className="field-hint">
        {context === 'coroutine' ? t('ops.textHintCoroutine') : t('ops.textHint')}
        <br />
        {t('ops.textHintChannels')}
      </span>
      {error && (
        <div id={`${id}-error`} className="ops-error" role="status">
          <span>{opsTextErrorMessage(error, t)}</span>
          <pre className="ops-caret" aria-hidden="true">
            {line}
            {'\n'}
            {' '.repeat(Math.max(0, error.column - 1))}
            {'^'.repeat(Math.min(error.length, Math.max(1, line.length - error.column + 1)))}
          </pre>
          <span className="field-hint">{t('ops.error.unchanged')}</span>
        </div>
      )}
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="field-problems">
          {problems.map((p, i) => (
            <li key={i}>{problemToString(p)}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
