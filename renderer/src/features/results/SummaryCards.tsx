// The run's headline figures as cards. data-value carries the raw number (tests, copy-paste).
import type { SimResult } from '../../../../sim-core'
import { useLanguage, useTranslate } from '../../i18n/context'
import { summaryFields } from '../charts/summary-fields'

/** Figures that are bad news whenever they are above zero. */
const ALERTS = new Set(['deadlineMisses', 'requestsFailed'])

export function SummaryCards({ result }: { result: SimResult }) {
  const t = useTranslate()
  const lang = useLanguage()
  return (
    <dl className="sl-cards" aria-label={t('res.summary')}>
      {summaryFields(result, lang).map((f) => (
        <div
          key={f.key}
          className={`sl-card${ALERTS.has(f.key) && f.value > 0 ? ' is-alert' : ''}`}
          title={f.hint}
          data-field={f.key}
        >
          <dt>{f.label}</dt>
          <dd data-value={f.value}>{f.text}</dd>
        </div>
      ))}
    </dl>
  )
}
