import { useApp, useT, useValidation } from '../../app/hooks'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'

/** Validation and run state, the last notice, and whether files go through a browser or the desktop. */
export function StatusBar() {
  const t = useT()
  const { files } = useServices()
  const { problems } = useValidation()
  const notice = useApp((s) => s.notice)
  const stale = useApp((s) => s.stale)
  const runStatus = useApp((s) => s.runStatus)
  return (
    <footer className="statusbar">
      <span className={problems.length ? 'status-item status-error' : 'status-item status-ok'}>
        <Icon name={problems.length ? 'warning' : 'check'} size={12} />
        {problems.length ? t('status.problems', { count: problems.length }) : t('status.valid')}
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
