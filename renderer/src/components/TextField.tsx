import { useApp } from '../app/hooks'
import { useServices } from '../app/services'
import { shownValue } from '../scenario/draft'
import { formatPath, type Path } from '../scenario/paths'
import { Field } from './Field'
import { useDraftValue, useFieldProblems } from './field-hooks'

interface TextFieldProps {
  path: Path
  label: string
  hideLabel?: boolean
  hint?: string
  /** An optional field disappears from the file when emptied. */
  optional?: boolean
  multiline?: boolean
  placeholder?: string
  className?: string
}

/** A text value bound to the draft at `path`. */
export function TextField(props: TextFieldProps) {
  const { path, label, hideLabel, hint, optional, multiline, placeholder, className } = props
  const { store } = useServices()
  const setField = useApp((s) => s.setField)
  const value = useDraftValue(path)
  const problems = useFieldProblems(path)
  // A file with problems may hold a number or an object here: shown as JSON, replaced by typing.
  const text = shownValue(value)
  const onChange = (t: string) => setField(path, t === '' && optional ? undefined : t)
  return (
    <Field
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      problems={problems}
      className={className}
    >
      {(ids) =>
        multiline ? (
          <textarea
            {...ids}
            data-path={formatPath(path)}
            value={text}
            rows={3}
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
            onBlur={() => store.endEditBurst()}
          />
        ) : (
          <input
            {...ids}
            type="text"
            data-path={formatPath(path)}
            value={text}
            placeholder={placeholder}
            spellCheck={false}
            onChange={(e) => onChange(e.target.value)}
            onBlur={() => store.endEditBurst()}
          />
        )
      }
    </Field>
  )
}
