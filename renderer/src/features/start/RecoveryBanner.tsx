import { useState } from 'react'
import { useApp, useT } from '../../app/hooks'
import { useCommands } from '../../app/commands'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { readAutosave } from '../../files/autosave'
import { localeOf } from '../../i18n/translate'

/** After a crash or a reload: the autosaved scenario, offered back. */
export function RecoveryBanner() {
  const t = useT()
  const { storage } = useServices()
  const commands = useCommands()
  const language = useApp((s) => s.language)
  const [record, setRecord] = useState(() => readAutosave(storage))
  if (!record) return null
  const name = record.draft.name ?? '—'
  const time = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short'
  }).format(new Date(record.at))
  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <Icon name="recent" size={20} />
      <div>
        <h2 id="recovery-title">
          {record.unsaved
            ? t('start.recovery.titleUnsaved', { name })
            : t('start.recovery.titleSaved', { name })}
        </h2>
        <p className="muted">{t('start.recovery.body', { time })}</p>
      </div>
      <div className="recovery-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => commands.restoreAutosave(record)}
        >
          {t('start.recovery.restore')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            commands.discardAutosave()
            setRecord(null)
          }}
        >
          {t('start.recovery.discard')}
        </button>
      </div>
    </section>
  )
}
