import { useApp, useT } from '../../app/hooks'
import { CheckboxField } from '../../components/CheckboxField'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { useDraftValue } from '../../components/field-hooks'
import { getAt, setAt, type Path } from '../../scenario/paths'
import type { ParamSpec } from '../../scenario/policy-params'
import { paramHint, paramLabel } from './labels'

interface ParamFieldProps {
  spec: ParamSpec
  path: Path
}

const defaultText = (v: unknown): string | undefined =>
  typeof v === 'number' || typeof v === 'string' ? String(v) : undefined

/** One scheduler parameter, drawn from its schema description. */
export function ParamField({ spec, path }: ParamFieldProps) {
  const t = useT()
  const editDraft = useApp((s) => s.editDraft)
  const value = useDraftValue(path)
  const label = paramLabel(spec.key, t)
  const hint = paramHint(spec.key, t)
  const type = spec.type
  switch (type.kind) {
    case 'number':
      return (
        <NumberField
          path={path}
          label={label}
          hint={hint}
          placeholder={defaultText(spec.defaultValue) ?? (spec.required ? '' : t('field.optional'))}
          min={type.min ?? undefined}
          max={type.max ?? undefined}
          step={type.integer ? 1 : 0.05}
        />
      )
    case 'boolean':
      return (
        <CheckboxField
          path={path}
          label={label}
          hint={hint}
          fallback={spec.defaultValue === true}
        />
      )
    case 'enum':
      return (
        <SelectField
          path={path}
          label={label}
          hint={hint}
          fallback={defaultText(spec.defaultValue)}
          emptyLabel={
            spec.required || spec.defaultValue !== undefined ? undefined : t('field.none')
          }
          options={type.options.map((o) => ({ value: o, label: o }))}
        />
      )
    case 'object': {
      const on = value !== undefined
      const starting = () =>
        Object.fromEntries(
          type.fields.map((f) => [
            f.key,
            f.defaultValue ??
              (f.type.kind === 'number' ? Math.max(1, f.type.min ?? 1) * 10 : undefined)
          ])
        )
      const toggle = (
        <label className="field-check">
          <input
            type="checkbox"
            checked={on}
            onChange={(e) =>
              editDraft((d) => setAt(d, path, e.target.checked ? starting() : undefined))
            }
          />
          {t('scheduler.enable', { name: label })}
        </label>
      )
      if (!on) return <div className="field">{toggle}</div>
      return (
        <fieldset className="param-group">
          <legend>{toggle}</legend>
          {type.fields.map((f) => (
            <ParamField key={f.key} spec={f} path={[...path, f.key]} />
          ))}
        </fieldset>
      )
    }
    case 'list': {
      const items = Array.isArray(value) ? value : null
      const shown = items ?? (Array.isArray(spec.defaultValue) ? spec.defaultValue : [])
      const materialize = (f: (list: unknown[]) => unknown[]) =>
        editDraft((d) => {
          const cur = getAt(d, path)
          return setAt(d, path, f(Array.isArray(cur) ? cur : structuredClone(shown)))
        })
      return (
        <fieldset className="param-group">
          <legend>{t('scheduler.levels')}</legend>
          {items === null && (
            <>
              <p className="muted mono">
                {shown.map((l) => Object.values(l as object).join('/')).join(', ')}
              </p>
              <button type="button" className="link-button" onClick={() => materialize((l) => l)}>
                {t('scheduler.editLevels')}
              </button>
            </>
          )}
          {items !== null && (
            <ol className="level-list">
              {items.map((_, i) => (
                <li key={i} className="level-row">
                  <span className="op-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  {type.item.map((f) =>
                    f.type.kind === 'number' ? (
                      <NumberField
                        key={f.key}
                        path={[...path, i, f.key]}
                        label={t(
                          f.key === 'quantum' ? 'scheduler.levelSlice' : 'scheduler.levelAllotment',
                          { n: i + 1 }
                        )}
                        placeholder={defaultText(f.defaultValue)}
                        min={f.type.min ?? undefined}
                      />
                    ) : null
                  )}
                  <button
                    type="button"
                    className="icon-button danger"
                    aria-label={t('scheduler.removeLevel', { n: i + 1 })}
                    title={t('scheduler.removeLevel', { n: i + 1 })}
                    disabled={items.length <= 1}
                    onClick={() => materialize((l) => l.filter((__, j) => j !== i))}
                  >
                    <Icon name="trash" size={14} />
                  </button>
                </li>
              ))}
            </ol>
          )}
          {items !== null && (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                materialize((l) => [
                  ...l,
                  structuredClone(l[l.length - 1] ?? { quantum: 10, allotment: 1 })
                ])
              }
            >
              <Icon name="plus" size={14} />
              <span>{t('scheduler.addLevel')}</span>
            </button>
          )}
        </fieldset>
      )
    }
    default:
      return null
  }
}
