import { useApp, useT } from '../../app/hooks'
import { keys } from '../../app/platform'
import { Icon } from '../../components/Icon'
import { problemCount } from '../../store/text-errors-slice'

/**
 * Run (Ctrl/Cmd+Enter); while a run is going it becomes Cancel. Its progress is drawn once, in
 * the results pane, next to the pane's own Cancel.
 */
export function RunButton() {
  const t = useT()
  const status = useApp((s) => s.runStatus)
  const startRun = useApp((s) => s.startRun)
  const cancelRun = useApp((s) => s.cancelRun)
  const problems = useApp(problemCount)
  if (status === 'running') {
    return (
      <button type="button" className="tool-button run-button running" onClick={cancelRun}>
        <Icon name="stop" />
        <span>{t('toolbar.cancel')}</span>
      </button>
    )
  }
  // Disabled while the scenario has problems, but still focusable and clickable: a click says
  // why (the results pane's "fix them to run" banner) instead of doing nothing.
  return (
    <button
      type="button"
      className="tool-button run-button"
      onClick={startRun}
      aria-disabled={problems > 0 || undefined}
      title={
        problems > 0
          ? t('toolbar.runBlocked', { count: problems })
          : t('toolbar.shortcut', { action: t('toolbar.run'), keys: keys('Mod+Enter') })
      }
      aria-keyshortcuts="Control+Enter Meta+Enter"
    >
      <Icon name="play" />
      <span>{t('toolbar.run')}</span>
    </button>
  )
}
