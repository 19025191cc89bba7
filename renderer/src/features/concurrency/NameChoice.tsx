import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import './concurrency.css'
import type { Path } from '../../scenario/paths'

/**
 * The name an op refers to (a channel): a choice among the declared ones, or a text box when
 * none is declared yet, so the op can be written first and the channel added after.
 */
export function NameChoice({
  path,
  label,
  names
}: {
  path: Path
  label: string
  names: readonly string[]
}) {
  return names.length > 0 ? (
    <SelectField
      path={path}
      label={label}
      hideLabel
      className="op-device"
      options={names.map((n) => ({ value: n, label: n }))}
    />
  ) : (
    <TextField path={path} label={label} hideLabel className="op-device" />
  )
}
