import { useId } from 'react'
import { useApp, useT } from '../app/hooks'
import { problemMessage } from '../i18n/problem-message'
import { formatPath, type Path } from '../scenario/paths'
import { useDraftValue, useFieldProblems } from './field-hooks'

interface CheckboxFieldProps {
  path: Path
  label: string
  hint?: string
  /** What an absent field means (the schema's default). */
  fallback: boolean
}

/** A true/false value bound to the draft at `path`. */
export function CheckboxField({ path, label, hint, fallback }: CheckboxFieldProps) {
  const id = useId()
  const t = useT()
  const setField = useApp((s) => s.setField)
  const value = useDraftValue(path)
  const problems = useFieldProblems(path)
  const checked = typeof value === 'boolean' ? value : fallback
  return (
    <div className={`field field-check${problems.length ? ' field-invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        data-path={formatPath(path)}
        checked={checked}
        aria-invalid={problems.length > 0}
        aria-describedby={hint || problems.length ? `${id}-more` : undefined}
        onChange={(e) => setField(path, e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {(hint || problems.length > 0) && (
        <span id={`${id}-more`} className={problems.length ? 'field-problems' : 'field-hint'}>
          {problems.length ? problems.map((p) => problemMessage(p, t)).join('; ') : hint}
        </span>
      )}
    </div>
  )
}
