import { useApp, useT, useValidation } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { parsePath } from '../../scenario/paths'
import { selectionForPath } from '../../scenario/selection'
import { problemToString } from '../../store/validation'

/** Every problem sim-core finds, as the CLI prints it; selecting one goes to its field. */
export function ProblemsPanel() {
  const t = useT()
  const { problems } = useValidation()
  const select = useApp((s) => s.select)
  const requestFocus = useApp((s) => s.requestFocus)
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title" className="panel-title">
        <Icon name="warning" size={14} />
        <span>{t('panel.problems', { count: problems.length })}</span>
      </h2>
      {problems.length === 0 ? (
        <p className="problems-ok">
          <Icon name="check" size={14} /> {t('problems.none')}
        </p>
      ) : (
        <ul className="problem-list" aria-label={t('problems.intro')}>
          {problems.map((p, i) => (
            <li key={`${i}:${p.path}`}>
              <button
                type="button"
                className="problem"
                onClick={() => {
                  select(selectionForPath(parsePath(p.path)))
                  requestFocus(p.path)
                }}
              >
                {problemToString(p)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
