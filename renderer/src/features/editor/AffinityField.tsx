import { useState } from 'react'
import { useApp, useT, useValidation } from '../../app/hooks'
import { Field } from '../../components/Field'
import { useDraftValue } from '../../components/field-hooks'
import { formatPath, setAt, type Path } from '../../scenario/paths'

const toText = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : '')

/** "0, 1" → [0, 1]. Anything that is not a number is kept as written so the schema names it. */
function parseList(text: string): unknown[] | undefined {
  const parts = text.split(/[\s,]+/).filter((p) => p !== '')
  if (parts.length === 0) return undefined
  return parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : p))
}

/** Core checkboxes are offered up to this many cores; beyond it the list alone is clearer. */
export const MAX_CORE_CHECKS = 32

interface AffinityFieldProps {
  path: Path
  /** Defaults: the process's wording. */
  label?: string
  hint?: string
  /** The machine's core count, when it is a number: one checkbox per core. */
  cores?: number
  /**
   * Cores an outer affinity allows (a thread's process); the others are offered disabled, since
   * the thread could not run there anyway (a core already listed stays clickable to remove it).
   */
  allowed?: readonly number[]
}

/**
 * The cores a process or thread may run on: a comma-separated list, and for a machine of up to
 * MAX_CORE_CHECKS cores one checkbox per core, both bound to the same list. No core listed
 * means no restriction. Cores the machine does not have are named by sim-core's checks.
 */
export function AffinityField({ path, label, hint, cores, allowed }: AffinityFieldProps) {
  const t = useT()
  const setField = useApp((s) => s.setField)
  const editDraft = useApp((s) => s.editDraft)
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
  const listed = Array.isArray(value) ? value.filter((c): c is number => typeof c === 'number') : []
  // Each box is its own undo step (no typing burst to merge it with).
  const toggle = (core: number, on: boolean): void => {
    const others = Array.isArray(value) ? value.filter((c) => c !== core) : []
    const next = on ? [...others, core] : others
    const sorted = next.every((c) => typeof c === 'number')
      ? (next as number[]).sort((a, b) => a - b)
      : next
    editDraft((d) => setAt(d, path, sorted.length > 0 ? sorted : undefined))
  }
  const checks = typeof cores === 'number' && cores >= 1 && cores <= MAX_CORE_CHECKS
  return (
    <Field
      label={label ?? t('process.affinity')}
      hint={hint ?? t('process.affinityHint')}
      problems={problems}
    >
      {(ids) => (
        <>
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
          {checks && (
            <div
              className="core-checks"
              role="group"
              aria-label={t('affinity.cores', { name: label ?? t('process.affinity') })}
              data-testid={`cores-${pathText}`}
            >
              {Array.from({ length: cores }, (_, c) => {
                const on = listed.includes(c)
                const outside = allowed !== undefined && !allowed.includes(c)
                return (
                  <label
                    key={c}
                    className={`core-check${outside ? ' is-outside' : ''}`}
                    title={outside ? t('affinity.outsideProcess', { n: c }) : undefined}
                  >
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={outside && !on}
                      onChange={(e) => toggle(c, e.target.checked)}
                    />
                    {t('affinity.core', { n: c })}
                  </label>
                )
              })}
            </div>
          )}
        </>
      )}
    </Field>
  )
}
