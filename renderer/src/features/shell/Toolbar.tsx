import { useApp, useHistory, useT } from '../../app/hooks'
import { useCommands } from '../../app/commands'
import { useServices } from '../../app/services'
import { useMediaQuery } from '../../components/use-media-query'
import { shownValue } from '../../scenario/draft'
import { isDirty } from '../../store/scenario-slice'
import { MoreMenu } from './MoreMenu'
import { RecentMenu } from './RecentMenu'
import { RunButton } from './RunButton'
import { SchedulerControls } from './SchedulerControls'
import { ToolButton } from './ToolButton'
import { ViewMenu } from '../../components/ViewMenu'

/**
 * Below this width the full toolbar needs more than one row (about 1,420 px in English, measured
 * in Chromium): the brand and View keep only their icons, and New, Save as, Recent, Presets and
 * Generate move into the More menu. app.css tightens the spacing of `.toolbar.compact`.
 */
export const COMPACT_TOOLBAR_QUERY = '(max-width: 1399px)'

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
  const compact = useMediaQuery(COMPACT_TOOLBAR_QUERY)
  const name = shownValue(useApp((s) => s.draft.name))
  const dirty = useApp(isDirty)
  const setScreen = useApp((s) => s.setScreen)
  const openDialog = useApp((s) => s.openDialog)
  const select = useApp((s) => s.select)
  return (
    <div
      className={compact ? 'toolbar compact' : 'toolbar'}
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
        {!compact && <span className="brand-name">{t('app.name')}</span>}
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
        {!compact && (
          <ToolButton
            icon="new"
            text={t('toolbar.new')}
            name={t('toolbar.newName')}
            iconOnly
            onClick={commands.newScenario}
          />
        )}
        <ToolButton
          icon="open"
          text={t('toolbar.open')}
          name={t('toolbar.openName')}
          shortcut="Mod+O"
          collapse
          onClick={() => void commands.openScenario()}
        />
        <ToolButton
          icon="save"
          text={t('toolbar.save')}
          name={t('toolbar.saveName')}
          shortcut="Mod+S"
          collapse
          onClick={() => void commands.saveScenario(false)}
        />
        {compact ? (
          <MoreMenu />
        ) : (
          <>
            <ToolButton
              icon="saveAs"
              text={t('toolbar.saveAs')}
              shortcut="Mod+Shift+S"
              iconOnly
              onClick={() => void commands.saveScenario(true)}
            />
            <RecentMenu />
          </>
        )}
      </div>
      <div className="toolbar-group">
        <ToolButton
          icon="undo"
          text={t('toolbar.undo')}
          shortcut="Mod+Z"
          iconOnly
          disabled={!canUndo}
          onClick={store.undo}
        />
        <ToolButton
          icon="redo"
          text={t('toolbar.redo')}
          shortcut="Mod+Shift+Z"
          iconOnly
          disabled={!canRedo}
          onClick={store.redo}
        />
      </div>
      {!compact && (
        <div className="toolbar-group">
          <ToolButton
            icon="presets"
            text={t('toolbar.presets')}
            onClick={() => openDialog({ kind: 'presets' })}
          />
          <ToolButton
            icon="generate"
            text={t('toolbar.generate')}
            onClick={() => openDialog({ kind: 'generate' })}
          />
        </div>
      )}
      <SchedulerControls />
      <div className="toolbar-group">
        <RunButton />
      </div>
      <div className="toolbar-group sl-export-host" ref={exportSlotRef} />
      <div className="toolbar-spacer" />
      <ViewMenu iconOnly={compact} />
    </div>
  )
}
