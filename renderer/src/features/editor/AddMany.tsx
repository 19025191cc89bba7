import { useId, useState } from 'react'
import { Icon } from '../../components/Icon'
import { MAX_ADD_COUNT } from '../../scenario/edits'

interface AddManyProps {
  /** The button's text for one ("Add thread"): also its accessible name while the count is 1. */
  one: string
  /** The button's text for more ("Add 8 threads"). */
  many: (count: number) => string
  /** The count field's accessible name ("Threads to add"). */
  countLabel: string
  onAdd: (count: number) => void
  disabled?: boolean
  /** The id of a hint saying why the button is disabled, or what it will do. */
  describedBy?: string
}

/**
 * An Add button with a count beside it, so that eight threads or coroutines are one click (and
 * one undo step) instead of eight. The count stays as set, for the next Add.
 */
export function AddMany({ one, many, countLabel, onAdd, disabled, describedBy }: AddManyProps) {
  const id = useId()
  const [text, setText] = useState('1')
  const parsed = Number(text)
  const count = Number.isInteger(parsed) && parsed >= 1 ? Math.min(MAX_ADD_COUNT, parsed) : 1
  return (
    <div className="add-many">
      <button
        type="button"
        className="button"
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={() => onAdd(count)}
      >
        <Icon name="plus" />
        <span>{count === 1 ? one : many(count)}</span>
      </button>
      <label className="add-many-count" htmlFor={id}>
        <span aria-hidden="true">×</span>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_ADD_COUNT}
          step={1}
          value={text}
          disabled={disabled}
          aria-label={countLabel}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
    </div>
  )
}
