import { useT } from '../../app/hooks'
import { keys } from '../../app/platform'
import { Icon, type IconName } from '../../components/Icon'

interface ToolButtonProps {
  icon: IconName
  text: string
  /** Accessible name when it says more than the visible text ("Open" → "Open scenario"). */
  name?: string
  shortcut?: string
  onClick: () => void
  disabled?: boolean
  iconOnly?: boolean
  /** Hide the text in windows narrower than 1500 px (the icon and the accessible name stay). */
  collapse?: boolean
}

/** A toolbar button: an icon, usually a word, always an accessible name and a tooltip. */
export function ToolButton(props: ToolButtonProps) {
  const { icon, text, name, shortcut, onClick, disabled, iconOnly, collapse } = props
  const t = useT()
  const title = shortcut
    ? t('toolbar.shortcut', { action: name ?? text, keys: keys(shortcut) })
    : (name ?? text)
  return (
    <button
      type="button"
      className={iconOnly ? 'icon-button' : 'tool-button'}
      aria-label={name ?? text}
      title={title}
      onClick={onClick}
      disabled={disabled}
    >
      <Icon name={icon} />
      {!iconOnly && (
        <span className={collapse ? 'tool-label collapse-wide' : undefined}>{text}</span>
      )}
    </button>
  )
}
