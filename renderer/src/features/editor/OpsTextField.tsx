import { useId, useState } from 'react'
import { problemToString } from '../../../../sim-core/index'
import { useApp, useT, useValidation } from '../../app/hooks'
import { useServices } from '../../app/services'
import { useDraftValue } from '../../components/field-hooks'
import type { Translate } from '../../i18n/translate'
import { verbsFor, type OpContext } from '../../scenario/draft'
import { formatPath, setAt, type Path } from '../../scenario/paths'
import { asOps } from './op-convert'
import { parseOps, printOps, type OpsTextError } from './ops-text'

function errorText(e: OpsTextError, t: Translate): string {
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
  // The list this field itself last wrote: when the draft holds it, the text stays as typed.
  const [committed, setCommitted] = useState<unknown>(value)
  const [shown, setShown] = useState<unknown>(value)
  if (shown !== value) {
    setShown(value)
    if (value !== committed) {
      setText(printOps(asOps(value)))
      setError(null)
    }
  }
  const pathText = formatPath(path)
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
        onBlur={() => store.endEditBurst()}
      />
      <span id={`${id}-hint`} className="field-hint">
        {t('ops.textHint')}
      </span>
      {error && (
        <div id={`${id}-error`} className="ops-error" role="status">
          <span>{errorText(error, t)}</span>
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
