import { useApp, useT } from '../../app/hooks'
import { useCommands } from '../../app/commands'
import { keys } from '../../app/platform'
import { Icon, type IconName } from '../../components/Icon'
import { Popover } from '../../components/Popover'
import { RecentItems } from './RecentMenu'

interface MoreItemProps {
  icon: IconName
  text: string
  /** Shown beside the text ("Mod+Shift+S"); assistive technology gets `ariaShortcut` instead. */
  shortcut?: string
  ariaShortcut?: string
  onClick: () => void
}

function MoreItem({ icon, text, shortcut, ariaShortcut, onClick }: MoreItemProps) {
  return (
    <li>
      <button
        type="button"
        className="menu-item with-icon"
        aria-keyshortcuts={ariaShortcut}
        onClick={onClick}
      >
        <Icon name={icon} />
        <span>{text}</span>
        {shortcut && (
          <kbd className="menu-shortcut" aria-hidden="true">
            {keys(shortcut)}
          </kbd>
        )}
      </button>
    </li>
  )
}

/**
 * In a narrow window, the toolbar's less frequent actions (New, Save as, Presets, Generate and
 * the recent files) live here, so the toolbar keeps one row.
 */
export function MoreMenu() {
  const t = useT()
  const commands = useCommands()
  const openDialog = useApp((s) => s.openDialog)
  return (
    <Popover label={t('toolbar.more')} icon="more" iconOnly>
      {(close) => {
        const act = (action: () => void) => () => {
          close()
          action()
        }
        return (
          <>
            <ul className="menu-list">
              <MoreItem
                icon="new"
                text={t('toolbar.newName')}
                onClick={act(commands.newScenario)}
              />
              <MoreItem
                icon="saveAs"
                text={t('toolbar.saveAs')}
                shortcut="Mod+Shift+S"
                ariaShortcut="Control+Shift+S Meta+Shift+S"
                onClick={act(() => void commands.saveScenario(true))}
              />
              <MoreItem
                icon="presets"
                text={t('toolbar.presets')}
                onClick={act(() => openDialog({ kind: 'presets' }))}
              />
              <MoreItem
                icon="generate"
                text={t('toolbar.generate')}
                onClick={act(() => openDialog({ kind: 'generate' }))}
              />
            </ul>
            <h3 className="menu-heading">{t('toolbar.recent')}</h3>
            <RecentItems close={close} />
          </>
        )
      }}
    </Popover>
  )
}
