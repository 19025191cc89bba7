import { useEffect, useId, useState } from 'react'
import { problemToString } from '../../../../sim-core/index'
import { useApp, useT, useValidation } from '../../app/hooks'
import { useServices } from '../../app/services'
import { useDraftValue } from '../../components/field-hooks'
import type { OpContext } from '../../scenario/draft'
import { formatPath, setAt, type Path } from '../../scenario/paths'
import { asOps } from './op-convert'
import { parseOps, printOps, type OpsTextError } from './ops-text'
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
 * spot, while the rows keep the last list that parsed.
 */
export function OpsTextField({ path, context }: OpsTextFieldProps) {
  const t = useT()
  const id = useId()
  const { store } = useServices()
  const editDraft = useApp((s) => s.editDraft)
  const value = useDraftValue(path)
  const [text, setText] = useState(() => printOps(asOps(value)))
  const [error, setError] = useState<OpsTextError | null>(null)
  // The list this field itself last wrote: when the draft comes back holding it, the text stays
  // as typed. Only once: the same list brought back later (by redo) is a change from outside,
  // which rewrites the text and drops its error like any other.
  const [committed, setCommitted] = useState<unknown>(NOTHING)
  const [shown, setShown] = useState<unknown>(value)
  if (shown !== value) {
    setShown(value)
    if (value === committed) {
      setCommitted(NOTHING)
    } else {
      setText(printOps(asOps(value)))
      setError(null)
    }
  }
  const pathText = formatPath(path)
  // The problems list shows the error too, for as long as this field does: a reset from the
  // draft (undo, an edit in the rows) clears it, and so does the field going away (another
  // item selected), since its text goes with it.
  const setOpsTextError = useApp((s) => s.setOpsTextError)
  useEffect(() => {
    if (!error) return
    setOpsTextError(pathText, error)
    return () => setOpsTextError(pathText, null)
  }, [error, pathText, setOpsTextError])
  const problems = useValidation().problems.filter(
    (p) => p.path === pathText || p.path.startsWith(`${pathText}[`)
  )

  const onChange = (next: string) => {
    setText(next)
    const r = parseOps(next, context)
    if (!r.ok) {
      setError(r.error)
      return
    }
    setError(null)
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
    setText(printOps(asOps(value)))
    setError(null)
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
        {t('ops.textHint')}
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
