import { useApp, useT } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { parsePath } from '../../scenario/paths'
import { selectionForPath } from '../../scenario/selection'
import { useProblemEntries } from './use-problem-entries'

/**
 * Every problem: sim-core's, and a syntax error in an ops text form. Each reads in the draft's
 * names, with the raw path beside it (selectable, as the CLI prints it); selecting one goes to
 * its field.
 */
export function ProblemsPanel() {
  const t = useT()
  const entries = useProblemEntries()
  const select = useApp((s) => s.select)
  const requestFocus = useApp((s) => s.requestFocus)
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title" className="panel-title">
        <Icon name="warning" size={14} />
        <span>{t('panel.problems', { count: entries.length })}</span>
      </h2>
      {entries.length === 0 ? (
        <p className="problems-ok">
          <Icon name="check" size={14} /> {t('problems.none')}
        </p>
      ) : (
        <ul className="problem-list" aria-label={t('problems.intro')}>
          {entries.map((e, i) => (
            <li key={`${i}:${e.path}`} className="problem-item">
              <button
                type="button"
                className="problem"
                title={e.cliLine ?? undefined}
                onClick={() => {
                  select(selectionForPath(parsePath(e.path)))
                  requestFocus(e.path)
                }}
              >
                {e.text}
              </button>
              {e.named && (
                <code className="problem-path" title={t('problems.pathHint')}>
                  {e.path}
                </code>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
