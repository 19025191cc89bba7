import { useApp, useT } from '../../app/hooks'
import { shownValue } from '../../scenario/draft'

/** A table of every process, for the "Processes" row of the tree. */
export function ProcessesOverview() {
  const t = useT()
  const processes = useApp((s) => s.draft.processes)
  const select = useApp((s) => s.select)
  return (
    <>
      <p className="muted">{t('process.overview')}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('field.name')}</th>
            <th scope="col">{t('process.arrival')}</th>
            <th scope="col">{t('process.priority')}</th>
            <th scope="col">{t('process.threads')}</th>
          </tr>
        </thead>
        <tbody>
          {processes.map((p, i) => (
            <tr key={i}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => select({ kind: 'process', p: i })}
                >
                  {shownValue(p.name) || `#${i + 1}`}
                </button>
              </td>
              <td className="num">{shownValue(p.arrival ?? 0)}</td>
              <td className="num">{shownValue(p.priority ?? 0)}</td>
              <td className="num">{p.threads.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
