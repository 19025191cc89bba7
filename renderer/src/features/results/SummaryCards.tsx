// The run's headline figures as cards. data-value carries the raw number (tests, copy-paste).
import type { SimResult } from '../../../../sim-core'
import { summaryFields } from './summary-fields'

export function SummaryCards({ result }: { result: SimResult }) {
  return (
    <dl className="sl-cards" aria-label="Summary">
      {summaryFields(result).map((f) => (
        <div
          key={f.key}
          className={`sl-card${f.key === 'deadlineMisses' && f.value > 0 ? ' is-alert' : ''}`}
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
