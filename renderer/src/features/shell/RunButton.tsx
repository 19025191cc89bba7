import { useApp, useT } from '../../app/hooks'
import { keys } from '../../app/platform'
import { Icon } from '../../components/Icon'

/** Run (Ctrl/Cmd+Enter); while a run is going it becomes Cancel, with its progress. */
export function RunButton() {
  const t = useT()
  const status = useApp((s) => s.runStatus)
  const progress = useApp((s) => s.runProgress)
  const startRun = useApp((s) => s.startRun)
  const cancelRun = useApp((s) => s.cancelRun)
  if (status === 'running') {
    return (
      <button type="button" className="tool-button run-button running" onClick={cancelRun}>
        <Icon name="stop" />
        <span>{t('toolbar.cancel')}</span>
        <progress max={1} value={progress} aria-label={t('run.running')} />
      </button>
    )
  }
  return (
    <button
      type="button"
      className="tool-button run-button"
      onClick={startRun}
      title={t('toolbar.shortcut', { action: t('toolbar.run'), keys: keys('Mod+Enter') })}
      aria-keyshortcuts="Control+Enter Meta+Enter"
    >
      <Icon name="play" />
      <span>{t('toolbar.run')}</span>
    </button>
  )
}
