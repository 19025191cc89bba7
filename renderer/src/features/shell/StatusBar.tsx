import { useEffect } from 'react'
import { useApp, useT } from '../../app/hooks'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { isStale } from '../../store/selectors'
import { problemCount } from '../../store/text-errors-slice'

/**
 * How long an info notice stays. "Loaded the preset …" read as current news long after the
 * user had moved on; eight seconds is time to read a line twice. An error stays until the next
 * notice or until closed, since it may need acting on.
 */
export const NOTICE_MS = 8000

/** Validation and run state, the last notice, and whether files go through a browser or the desktop. */
export function StatusBar() {
  const t = useT()
  const { files } = useServices()
  // Ops text syntax errors count too: the problems list shows them with the rest.
  const count = useApp(problemCount)
  const notice = useApp((s) => s.notice)
  const dismiss = useApp((s) => s.dismissNotice)
  const stale = useApp(isStale)
  const runStatus = useApp((s) => s.runStatus)

  // Each notice is a new object, so a repeated message starts its own full time.
  useEffect(() => {
    if (!notice || notice.tone === 'error') return
    const timer = setTimeout(dismiss, NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice, dismiss])

  return (
    <footer className="statusbar">
      <span className={count ? 'status-item status-error' : 'status-item status-ok'}>
        <Icon name={count ? 'warning' : 'check'} size={12} />
        {count ? t('status.problems', { count }) : t('status.valid')}
      </span>
      {runStatus === 'running' && <span className="status-item">{t('run.running')}…</span>}
      {stale && <span className="status-item status-warn">{t('status.stale')}</span>}
      <span className="status-notice-slot">
        {/* Always mounted, so screen readers hear each new notice; emptied, it says nothing. */}
        <span
          className={`status-notice${notice?.tone === 'error' ? ' status-error' : ''}`}
          role="status"
          aria-live="polite"
        >
          {notice?.text ?? ''}
        </span>
        {notice?.tone === 'error' && (
          <button
            type="button"
            className="icon-button status-dismiss"
            aria-label={t('status.dismiss')}
            title={t('status.dismiss')}
            onClick={dismiss}
          >
            <Icon name="close" size={12} />
          </button>
        )}
      </span>
      <span className="status-item muted">
        {files.mode === 'browser' ? t('status.browser') : t('status.desktop')}
      </span>
    </footer>
  )
}
