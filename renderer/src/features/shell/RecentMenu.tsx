import { useT } from '../../app/hooks'
import { useCommands } from '../../app/commands'
import { useServices } from '../../app/services'
import { Popover } from '../../components/Popover'
import { loadRecent } from '../../files/recent'

/** The recent files as menu items; `close` closes the panel they are in before one opens. */
export function RecentItems({ close }: { close: () => void }) {
  const t = useT()
  const { storage } = useServices()
  const commands = useCommands()
  const recent = loadRecent(storage)
  return recent.length === 0 ? (
    <p className="muted">{t('start.noRecent')}</p>
  ) : (
    <ul className="menu-list">
      {recent.map((r) => (
        <li key={r.name}>
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              close()
              commands.openRecent(r)
            }}
          >
            {r.name}
          </button>
        </li>
      ))}
    </ul>
  )
}

/** Recently opened and saved scenarios (a copy of each is kept, so they reopen in a browser too). */
export function RecentMenu() {
  const t = useT()
  return (
    <Popover label={t('toolbar.recent')} icon="recent" iconOnly>
      {(close) => <RecentItems close={close} />}
    </Popover>
  )
}
