import { useState } from 'react'
import { useApp, useT } from '../../app/hooks'
import { useCommands } from '../../app/commands'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { lastTabDocument, listAutosaves, MAX_DRAFTS } from '../../files/autosave'
import { localeOf } from '../../i18n/translate'

/**
 * The drafts autosave kept (one per document and tab), newest first, each to open or discard.
 * The document open in this tab is not among them; the one this tab had before a reload comes
 * first.
 */
export function AutosavedDrafts() {
  const t = useT()
  const { storage, session } = useServices()
  const commands = useCommands()
  const language = useApp((s) => s.language)
  const documentId = useApp((s) => s.documentId)
  const [records, setRecords] = useState(() => {
    const mine = lastTabDocument(session ?? null)
    const all = listAutosaves(storage)
    return [...all.filter((r) => r.id === mine), ...all.filter((r) => r.id !== mine)]
  })
  const shown = records.filter((r) => r.id !== documentId)
  if (shown.length === 0) return null
  const fmt = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short'
  })
  return (
    <section className="recovery" aria-labelledby="drafts-title">
      <Icon name="recent" size={20} />
      <div className="recovery-main">
        <h2 id="drafts-title">{t('start.drafts')}</h2>
        <p className="muted">{t('start.draftsHint', { count: MAX_DRAFTS })}</p>
        <ul className="draft-list" aria-labelledby="drafts-title">
          {shown.map((r) => {
            const name = typeof r.draft.name === 'string' && r.draft.name ? r.draft.name : '—'
            const time = fmt.format(new Date(r.at))
            return (
              <li key={r.id} className="draft-item">
                <span className="draft-name">{name}</span>
                <span className="draft-detail muted">
                  {r.unsaved ? t('start.draftUnsaved', { time }) : t('start.draftSaved', { time })}
                </span>
                <span className="recovery-actions">
                  <button
                    type="button"
                    className="button primary"
                    aria-label={t('start.draftOpenLabel', { name })}
                    onClick={() => commands.restoreAutosave(r)}
                  >
                    {t('start.draftOpen')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('start.draftDiscardLabel', { name })}
                    onClick={() => {
                      commands.discardAutosave(r)
                      setRecords((list) => list.filter((x) => x.id !== r.id))
                    }}
                  >
                    {t('start.draftDiscard')}
                  </button>
                </span>
              </li>
            )
          })}
        </ul>
      </div>
    </section>
  )
}
