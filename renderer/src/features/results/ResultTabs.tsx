// The tab bar: Timeline, (Requests for a cluster run,) Utilization, Metrics, Compare, with the arrow, Home and End keys of the
// WAI-ARIA tabs pattern.
import { useTranslate } from '../../i18n/context'
import { tabsFor, type TabId } from './tabs'

export interface ResultTabsProps {
  tab: TabId
  onTab(tab: TabId): void
  /** A cluster run: the Requests tab is shown. */
  cluster?: boolean
}

export function ResultTabs({ tab, onTab, cluster = false }: ResultTabsProps) {
  const t = useTranslate()
  const TABS = tabsFor(cluster)
  const onKey = (e: React.KeyboardEvent, i: number): void => {
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (e.key !== 'Home' && e.key !== 'End' && d === 0) return
    e.preventDefault()
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : (i + d + TABS.length) % TABS.length
    onTab(TABS[next].id)
    document.getElementById(`sl-tab-${TABS[next].id}`)?.focus()
  }
  return (
    <div className="sl-tabs" role="tablist" aria-label={t('res.views')}>
      {TABS.map((tb, i) => (
        <button
          key={tb.id}
          id={`sl-tab-${tb.id}`}
          type="button"
          role="tab"
          aria-selected={tab === tb.id}
          aria-controls={`sl-panel-${tb.id}`}
          tabIndex={tab === tb.id ? 0 : -1}
          onClick={() => onTab(tb.id)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t(tb.label)}
        </button>
      ))}
    </div>
  )
}
