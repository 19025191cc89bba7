import { useState } from 'react'
import { useApp, useT } from '../../app/hooks'
import { useCommands } from '../../app/commands'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { clearRecent, loadRecent } from '../../files/recent'
import { localeOf } from '../../i18n/translate'

/** Recent files on the start page. */
export function RecentList() {
  const t = useT()
  const { storage } = useServices()
  const commands = useCommands()
  const language = useApp((s) => s.language)
  const [recent, setRecent] = useState(() => loadRecent(storage))
  const fmt = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short'
  })
  return (
    <section className="start-section" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('start.recent')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('start.noRecent')}</p>
      ) : (
        <>
          <ul className="recent-list">
            {recent.map((r) => (
              <li key={r.name}>
                <button
                  type="button"
                  className="recent-item"
                  onClick={() => commands.openRecent(r)}
                >
                  <Icon name="scenario" />
                  <span className="recent-name">{r.name}</span>
                  <span className="recent-time muted">{fmt.format(new Date(r.at))}</span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              clearRecent(storage)
              setRecent([])
            }}
          >
            {t('start.clearRecent')}
          </button>
        </>
      )}
    </section>
  )
}
