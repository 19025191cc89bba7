import { useState, type ChangeEvent } from 'react'
import { useApp } from '../app/hooks'
import { useServices } from '../app/services'
import { formatPath, type Path } from '../scenario/paths'
import { Field } from './Field'
import { useDraftValue, useFieldProblems } from './field-hooks'

interface NumberFieldProps {
  path: Path
  label: string
  hideLabel?: boolean
  hint?: string
  /** Shown when the field is empty (usually the schema's default). */
  placeholder?: string
  min?: number
  max?: number
  step?: number
  disabled?: boolean
  className?: string
}

const toText = (v: unknown): string => (v === undefined || v === null ? '' : String(v))

/**
 * A number bound to the draft at `path`. Whatever parses goes to the draft at once (so the
 * schema judges it as the user types: -4 is shown as a problem, not silently refused); an
 * emptied box removes the field, so the schema's default or "required" message applies.
 */
export function NumberField(props: NumberFieldProps) {
  const { path, label, hideLabel, hint, placeholder, min, max, step, disabled, className } = props
  const { store } = useServices()
  const setField = useApp((s) => s.setField)
  const value = useDraftValue(path)
  const problems = useFieldProblems(path)
  const [text, setText] = useState(toText(value))
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    // The draft changed elsewhere (undo, the other editor): show it unless the box already
    // says the same number in another spelling ("3.0").
    setShown(value)
    if (text.trim() === '' ? value !== undefined : Number(text) !== value) setText(toText(value))
  }
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const t = e.target.value
    setText(t)
    if (e.target.validity.badInput) return
    if (t.trim() === '') setField(path, undefined)
    else if (Number.isFinite(Number(t))) setField(path, Number(t))
  }
  return (
    <Field
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      problems={problems}
      className={className}
    >
      {(ids) => (
        <input
          {...ids}
          type="number"
          inputMode="numeric"
          data-path={formatPath(path)}
          value={text}
          placeholder={placeholder}
          min={min}
          max={max}
          step={step ?? 1}
          disabled={disabled}
          onChange={onChange}
          onBlur={() => store.endEditBurst()}
        />
      )}
    </Field>
  )
}
