import { useApp, useT, useValidation } from '../../app/hooks'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { textErrorCount } from '../../store/text-errors-slice'

/** Validation and run state, the last notice, and whether files go through a browser or the desktop. */
export function StatusBar() {
  const t = useT()
  const { files } = useServices()
  const { problems } = useValidation()
  // Ops text syntax errors count too: the problems list shows them with the rest.
  const textErrors = useApp(textErrorCount)
  const count = problems.length + textErrors
  const notice = useApp((s) => s.notice)
  const stale = useApp((s) => s.stale)
  const runStatus = useApp((s) => s.runStatus)
  return (
    <footer className="statusbar">
      <span className={count ? 'status-item status-error' : 'status-item status-ok'}>
        <Icon name={count ? 'warning' : 'check'} size={12} />
        {count ? t('status.problems', { count }) : t('status.valid')}
      </span>
      {runStatus === 'running' && <span className="status-item">{t('run.running')}…</span>}
      {stale && <span className="status-item status-warn">{t('status.stale')}</span>}
      <span
        className={`status-notice${notice?.tone === 'error' ? ' status-error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {notice?.text ?? ''}
      </span>
      <span className="status-item muted">
        {files.mode === 'browser' ? t('status.browser') : t('status.desktop')}
      </span>
    </footer>
  )
}
