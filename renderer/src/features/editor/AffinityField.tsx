import { useState } from 'react'
import { useApp, useT, useValidation } from '../../app/hooks'
import { Field } from '../../components/Field'
import { useDraftValue } from '../../components/field-hooks'
import { formatPath, type Path } from '../../scenario/paths'

const toText = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : '')

/** "0, 1" → [0, 1]. Anything that is not a number is kept as written so the schema names it. */
function parseList(text: string): unknown[] | undefined {
  const parts = text.split(/[\s,]+/).filter((p) => p !== '')
  if (parts.length === 0) return undefined
  return parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : p))
}

/** The cores a process may run on, as a comma-separated list. */
export function AffinityField({ path }: { path: Path }) {
  const t = useT()
  const setField = useApp((s) => s.setField)
  const value = useDraftValue(path)
  const pathText = formatPath(path)
  const problems = useValidation().problems.filter(
    (p) => p.path === pathText || p.path.startsWith(`${pathText}[`)
  )
  const [text, setText] = useState(toText(value))
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    setShown(value)
    if (JSON.stringify(parseList(text)) !== JSON.stringify(value)) setText(toText(value))
  }
  return (
    <Field label={t('process.affinity')} hint={t('process.affinityHint')} problems={problems}>
      {(ids) => (
        <input
          {...ids}
          type="text"
          inputMode="numeric"
          data-path={pathText}
          value={text}
          placeholder="0, 1"
          onChange={(e) => {
            setText(e.target.value)
            setField(path, parseList(e.target.value))
          }}
        />
      )}
    </Field>
  )
}
