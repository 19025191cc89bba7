import { useApp } from '../app/hooks'
import { formatPath, type Path } from '../scenario/paths'
import { Field } from './Field'
import { useDraftValue, useFieldProblems } from './field-hooks'

export interface SelectOption {
  value: string
  label: string
}

interface SelectFieldProps {
  path: Path
  label: string
  hideLabel?: boolean
  hint?: string
  options: readonly SelectOption[]
  /** Adds an empty choice that removes the field (for optional fields). */
  emptyLabel?: string
  /** The value shown when the field is absent (the schema's default). */
  fallback?: string
  /** Custom change handling (a policy switch rewrites the whole scheduler). */
  onSelect?: (value: string) => void
  className?: string
}

/** A choice among fixed values, bound to the draft at `path`. */
export function SelectField(props: SelectFieldProps) {
  const { path, label, hideLabel, hint, options, emptyLabel, fallback, onSelect, className } = props
  const setField = useApp((s) => s.setField)
  const value = useDraftValue(path)
  const problems = useFieldProblems(path)
  const current = typeof value === 'string' ? value : (fallback ?? '')
  // A value from a file that is not among the options still shows (and the schema flags it).
  const all =
    current !== '' && !options.some((o) => o.value === current)
      ? [...options, { value: current, label: current }]
      : options
  return (
    <Field
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      problems={problems}
      className={className}
    >
      {(ids) => (
        <select
          {...ids}
          data-path={formatPath(path)}
          value={current}
          onChange={(e) => {
            const v = e.target.value
            if (onSelect) onSelect(v)
            else setField(path, v === '' && emptyLabel !== undefined ? undefined : v)
          }}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {all.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
