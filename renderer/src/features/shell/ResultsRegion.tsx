import { useApp, useT } from '../../app/hooks'
import { keys } from '../../app/platform'
import { Icon } from '../../components/Icon'
import { ResultsPlaceholder } from './ResultsPlaceholder'

/**
 * The centre of the workbench. The builder owns the run state around it (progress, errors,
 * stale mark); the results themselves are drawn by the results pane.
 * RESULTS PANE SLOT: replace <ResultsPlaceholder> with features/results/ResultsPane (same props).
 */
export function ResultsRegion() {
  const t = useT()
  const status = useApp((s) => s.runStatus)
  const progress = useApp((s) => s.runProgress)
  const error = useApp((s) => s.runError)
  const result = useApp((s) => s.result)
  const scenario = useApp((s) => s.resultScenario)
  const stale = useApp((s) => s.stale)
  return (
    <section className="results-region" aria-labelledby="results-title" data-slot="results-pane">
      <h2 id="results-title" className="visually-hidden">
        {t('panel.results')}
      </h2>
      {status === 'running' && (
        <div className="banner" role="status">
          <progress max={1} value={progress} aria-label={t('run.running')} />
          <span>{t('results.running', { percent: Math.round(progress * 100) })}</span>
        </div>
      )}
      {status === 'error' && error && (
        <div className="banner banner-error" role="alert">
          <Icon name="warning" />
          <span>
            {error.kind === 'invalid'
              ? t('results.invalid', { count: error.problems })
              : t('results.failed', { message: error.message })}
          </span>
        </div>
      )}
      {stale && result && (
        <div className="banner banner-warn">
          <Icon name="warning" />
          <span>{t('results.stale')}</span>
        </div>
      )}
      {result && scenario ? (
        <ResultsPlaceholder scenario={scenario} result={result} stale={stale} />
      ) : (
        status !== 'running' && (
          <div className="empty-state">
            <Icon name="play" size={32} />
            <p>{t('results.empty')}</p>
            <p className="muted">{t('results.emptyHint', { keys: keys('Mod+Enter') })}</p>
          </div>
        )
      )}
    </section>
  )
}
