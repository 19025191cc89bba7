import { useApp } from '../../app/hooks'
import { SelectField } from '../../components/SelectField'
import { nodeNames } from '../../scenario/cluster'
import type { Path } from '../../scenario/paths'

interface NodePickerProps {
  path: Path
  label: string
  hint?: string
  /** Offers an empty choice that removes the field (a process's optional node). */
  emptyLabel?: string
}

/** A choice among the cluster's node names; a name the file had that is no node still shows. */
export function NodePicker({ path, label, hint, emptyLabel }: NodePickerProps) {
  // Joined to a string: a fresh array from the selector would re-render forever.
  const names = useApp((s) => nodeNames(s.draft).join('\n'))
  const options = names === '' ? [] : names.split('\n').map((n) => ({ value: n, label: n }))
  return (
    <SelectField path={path} label={label} hint={hint} options={options} emptyLabel={emptyLabel} />
  )
}
