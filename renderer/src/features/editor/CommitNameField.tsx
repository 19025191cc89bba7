import { useState } from 'react'
import { useApp } from '../../app/hooks'
import { Field } from '../../components/Field'
import { useFieldProblems } from '../../components/field-hooks'
import type { Draft } from '../../scenario/draft'
import { formatPath, type Path } from '../../scenario/paths'

interface CommitNameFieldProps {
  path: Path
  label: string
  name: string
  /** The rename, with everything that refers to the old name (one undo step). */
  rename: (d: Draft, name: string) => Draft
}

/**
 * A name whose rename also renames its references (a node's replicas and links, a service's
 * calls). The box keeps what is typed to itself and renames on Enter or when it loses focus: a
 * rename on every keystroke would pass through other items' names ("web-12" → "web-1") and
 * could not tell afterwards whose references were whose.
 */
export function CommitNameField({ path, label, name, rename }: CommitNameFieldProps) {
  const editDraft = useApp((s) => s.editDraft)
  const problems = useFieldProblems(path)
  const [text, setText] = useState(name)
  const [shown, setShown] = useState(name)
  if (shown !== name) {
    // Renamed elsewhere (undo, the JSON): show the draft's name.
    setShown(name)
    setText(name)
  }
  const commit = () => {
    if (text !== name) editDraft((d) => rename(d, text))
  }
  return (
    <Field label={label} problems={problems}>
      {(ids) => (
        <input
          {...ids}
          type="text"
          data-path={formatPath(path)}
          value={text}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit()
            else if (e.key === 'Escape') setText(name)
          }}
        />
      )}
    </Field>
  )
}
