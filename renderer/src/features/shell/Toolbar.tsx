import { useApp, useHistory, useT } from '../../app/hooks'
import { useCommands } from '../../app/commands'
import { keys } from '../../app/platform'
import { useServices } from '../../app/services'
import { Icon, type IconName } from '../../components/Icon'
import { isDirty } from '../../store/scenario-slice'
import { RecentMenu } from './RecentMenu'
import { RunButton } from './RunButton'
import { SchedulerControls } from './SchedulerControls'
import { ViewMenu } from './ViewMenu'

interface ToolProps {
  icon: IconName
  text: string
  /** Accessible name when it says more than the visible text ("Open" → "Open scenario"). */
  name?: string
  shortcut?: string
  onClick: () => void
  disabled?: boolean
  iconOnly?: boolean
  /** Below which window width the text hides (the icon and the accessible name stay). */
  collapse?: 'wide' | 'narrow'
}

function Tool({ icon, text, name, shortcut, onClick, disabled, iconOnly, collapse }: ToolProps) {
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
        <span className={collapse ? `tool-label collapse-${collapse}` : undefined}>{text}</span>
      )}
    </button>
  )
}

export interface ToolbarProps {
  /** Receives the element the results pane fills with its Export menu (Ctrl/Cmd+E). */
  exportSlotRef?(el: HTMLElement | null): void
}

/** The workbench's top bar: document, files, undo, workloads, scheduler settings, Run, Export, View. */
export function Toolbar({ exportSlotRef }: ToolbarProps) {
  const t = useT()
  const { store } = useServices()
  const commands = useCommands()
  const { canUndo, canRedo } = useHistory()
  const name = useApp((s) => s.draft.name)
  const dirty = useApp(isDirty)
  const setScreen = useApp((s) => s.setScreen)
  const openDialog = useApp((s) => s.openDialog)
  const select = useApp((s) => s.select)
  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      onKeyDown={(e) => {
        // Toolbar pattern: Left/Right move between buttons (inputs keep their arrow keys).
        if (
          (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') ||
          !(e.target instanceof HTMLButtonElement)
        )
          return
        const buttons = [
          ...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')
        ]
        const i = buttons.indexOf(e.target)
        const next = buttons[i + (e.key === 'ArrowRight' ? 1 : -1)]
        if (next) {
          e.preventDefault()
          next.focus()
        }
      }}
    >
      <button
        type="button"
        className="brand"
        onClick={() => setScreen('start')}
        aria-label={t('toolbar.home')}
        title={t('toolbar.home')}
      >
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t('app.name')}</span>
      </button>
      <button
        type="button"
        className="doc-name"
        onClick={() => select({ kind: 'scenario' })}
        title={name ?? ''}
      >
        <span>{name || '—'}</span>
        {dirty && (
          <span className="dirty-mark" title={t('toolbar.unsaved')}>
            <span aria-hidden="true">*</span>
            <span className="visually-hidden">{t('toolbar.unsaved')}</span>
          </span>
        )}
      </button>
      <div className="toolbar-group">
        <Tool
          icon="new"
          text={t('toolbar.new')}
          name={t('toolbar.newName')}
          iconOnly
          onClick={commands.newScenario}
        />
        <Tool
          icon="open"
          text={t('toolbar.open')}
          name={t('toolbar.openName')}
          shortcut="Mod+O"
          collapse="wide"
          onClick={() => void commands.openScenario()}
        />
        <Tool
          icon="save"
          text={t('toolbar.save')}
          name={t('toolbar.saveName')}
          shortcut="Mod+S"
          collapse="wide"
          onClick={() => void commands.saveScenario(false)}
        />
        <Tool
          icon="saveAs"
          text={t('toolbar.saveAs')}
          shortcut="Mod+Shift+S"
          iconOnly
          onClick={() => void commands.saveScenario(true)}
        />
        <RecentMenu />
      </div>
      <div className="toolbar-group">
        <Tool
          icon="undo"
          text={t('toolbar.undo')}
          shortcut="Mod+Z"
          iconOnly
          disabled={!canUndo}
          onClick={store.undo}
        />
        <Tool
          icon="redo"
          text={t('toolbar.redo')}
          shortcut="Mod+Shift+Z"
          iconOnly
          disabled={!canRedo}
          onClick={store.redo}
        />
      </div>
      <div className="toolbar-group">
        <Tool
          icon="presets"
          text={t('toolbar.presets')}
          collapse="narrow"
          onClick={() => openDialog({ kind: 'presets' })}
        />
        <Tool
          icon="generate"
          text={t('toolbar.generate')}
          collapse="narrow"
          onClick={() => openDialog({ kind: 'generate' })}
        />
      </div>
      <SchedulerControls />
      <div className="toolbar-group">
        <RunButton />
      </div>
      <div className="toolbar-group sl-export-host" ref={exportSlotRef} />
      <div className="toolbar-spacer" />
      <ViewMenu />
    </div>
  )
}
