import { useId, type ReactNode } from 'react'
import type { Problem } from '../../../sim-core/index'
import { useT } from '../app/hooks'
import { problemMessage } from '../i18n/problem-message'

export interface FieldControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': boolean
}

interface FieldProps {
  label: string
  /** Visually hidden label (rows of a table), still the control's accessible name. */
  hideLabel?: boolean
  hint?: string
  problems: readonly Problem[]
  className?: string
  /** Renders the control with the ids that tie it to its label, hint and problems. */
  children: (control: FieldControlProps) => ReactNode
}

/** A labelled control with its hint and, when the schema objects, the problem beside it. */
export function Field({ label, hideLabel, hint, problems, className, children }: FieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const problemsId = `${id}-problems`
  const t = useT()
  const describedBy =
    [hint ? hintId : null, problems.length ? problemsId : null].filter(Boolean).join(' ') ||
    undefined
  return (
    <div className={`field${problems.length ? ' field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': problems.length > 0 })}
      {hint && !hideLabel ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : hint ? (
        <span id={hintId} className="visually-hidden">
          {hint}
        </span>
      ) : null}
      {problems.length > 0 && (
        <ul id={problemsId} className="field-problems">
          {problems.map((p, i) => (
            <li key={i}>{problemMessage(p, t)}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
