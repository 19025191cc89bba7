import { useApp, useT } from '../../app/hooks'
import { NO_ITEMS } from '../../scenario/draft'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { addLock, removeListItem } from '../../scenario/edits'

/** Mutexes and semaphores: name, kind, permits, and the priority-inheritance protocol. */
export function LocksEditor() {
  const t = useT()
  const locks = useApp((s) => s.draft.locks ?? NO_ITEMS)
  const editDraft = useApp((s) => s.editDraft)
  return (
    <>
      <p className="muted">{t('locks.intro')}</p>
      {locks.length === 0 && <p className="muted">{t('locks.none')}</p>}
      <ul className="list-rows">
        {locks.map((lock, i) => (
          <li key={i} className="list-row list-row-wrap">
            <TextField path={['locks', i, 'name']} label={t('lock.name', { n: i + 1 })} />
            <SelectField
              path={['locks', i, 'kind']}
              label={t('lock.kind', { n: i + 1 })}
              fallback="mutex"
              options={[
                { value: 'mutex', label: 'mutex' },
                { value: 'semaphore', label: 'semaphore' }
              ]}
            />
            {lock.kind === 'semaphore' && (
              <NumberField
                path={['locks', i, 'permits']}
                label={t('lock.permits', { n: i + 1 })}
                placeholder="1"
                min={1}
              />
            )}
            <SelectField
              path={['locks', i, 'protocol']}
              label={t('lock.protocol', { n: i + 1 })}
              fallback="none"
              options={[
                { value: 'none', label: t('lock.protocol.none') },
                { value: 'inheritance', label: t('lock.protocol.inheritance') }
              ]}
            />
            <button
              type="button"
              className="icon-button danger"
              aria-label={t('lock.delete', { n: i + 1 })}
              title={t('lock.delete', { n: i + 1 })}
              onClick={() => editDraft((d) => removeListItem(d, 'locks', i))}
            >
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => editDraft(addLock)}>
        <Icon name="plus" />
        <span>{t('locks.add')}</span>
      </button>
    </>
  )
}
