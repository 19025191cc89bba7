import type { Scenario, SimResult } from '../../../../sim-core/index'
import { useApp, useT } from '../../app/hooks'
import { localeOf } from '../../i18n/translate'

export interface ResultsProps {
  scenario: Scenario
  result: SimResult
  stale: boolean
}

/**
 * PLACEHOLDER for features/results/ResultsPane (same props: { scenario, result, stale }), which
 * another engineer is building with the timeline and charts. Until it lands this shows the
 * summary and per-thread figures, so a run has a visible outcome.
 */
export function ResultsPlaceholder({ scenario, result, stale }: ResultsProps) {
  const t = useT()
  const language = useApp((s) => s.language)
  const nf = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 })
  const pct = new Intl.NumberFormat(localeOf(language), {
    style: 'percent',
    maximumFractionDigits: 1
  })
  const unit = scenario.timeUnit === 'tick' ? '' : ` ${scenario.timeUnit}`
  const time = (v: number | null) => (v === null ? '—' : `${nf.format(v)}${unit}`)
  const s = result.summary
  const cards: [string, string][] = [
    [t('results.status'), result.status],
    [t('results.makespan'), time(result.makespan)],
    [t('results.utilization'), pct.format(s.utilization)],
    [t('results.avgTurnaround'), time(s.avgTurnaround)],
    [t('results.avgWaiting'), time(s.avgWaiting)],
    [t('results.avgResponse'), time(s.avgResponse)],
    [t('results.contextSwitches'), nf.format(s.contextSwitches)],
    [t('results.preemptions'), nf.format(s.preemptions)]
  ]
  return (
    <div className={`results-placeholder${stale ? ' is-stale' : ''}`}>
      <dl className="metric-cards">
        {cards.map(([k, v]) => (
          <div key={k} className="metric-card">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {result.deadlock && (
        <p className="banner banner-error">
          {t('results.deadlock', { cycle: result.deadlock.cycle.join(' → ') })}
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('results.thread')}</th>
            <th scope="col">{t('results.finish')}</th>
            <th scope="col">{t('results.turnaround')}</th>
            <th scope="col">{t('results.waiting')}</th>
            <th scope="col">{t('results.response')}</th>
            <th scope="col">{t('results.blocked')}</th>
            <th scope="col">{t('results.cpu')}</th>
          </tr>
        </thead>
        <tbody>
          {result.threads.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="mono">
                {r.id}
              </th>
              <td className="num">{time(r.finish)}</td>
              <td className="num">{time(r.turnaround)}</td>
              <td className="num">{time(r.waiting)}</td>
              <td className="num">{time(r.response)}</td>
              <td className="num">{time(r.blocked)}</td>
              <td className="num">{time(r.cpu)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
