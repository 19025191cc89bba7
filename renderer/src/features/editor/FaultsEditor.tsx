import './cluster.css'
import { useApp, useT } from '../../app/hooks'
import { useFieldProblems } from '../../components/field-hooks'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { problemMessage } from '../../i18n/problem-message'
import { addFault, clusterList, removeListEntry } from '../../scenario/cluster'
import { formatPath, type Path } from '../../scenario/paths'
import { NodePicker } from './NodePicker'

/** Node faults: a node down from one tick to another (its in-flight requests fail). */
export function FaultsEditor() {
  const t = useT()
  const faults = useApp((s) => clusterList(s.draft, 'faults'))
  const editDraft = useApp((s) => s.editDraft)
  return (
    <>
      <p className="muted">{t('faults.intro')}</p>
      {faults.length === 0 && <p className="muted">{t('faults.none')}</p>}
      <ul className="list-rows">
        {faults.map((_, i) => {
          const n = i + 1
          const base = ['faults', i]
          return (
            <li key={i} className="list-row list-row-wrap">
              <NodePicker path={[...base, 'node']} label={t('fault.node', { n })} />
              <NumberField path={[...base, 'down', 0]} label={t('fault.from', { n })} min={0} />
              <NumberField path={[...base, 'down', 1]} label={t('fault.to', { n })} min={1} />
              <button
                type="button"
                className="icon-button danger"
                aria-label={t('fault.delete', { n })}
                title={t('fault.delete', { n })}
                onClick={() => editDraft((d) => removeListEntry(d, 'faults', i))}
              >
                <Icon name="trash" />
              </button>
              <WindowProblems path={[...base, 'down']} />
            </li>
          )
        })}
      </ul>
      <button type="button" className="button" onClick={() => editDraft(addFault)}>
        <Icon name="plus" />
        <span>{t('faults.add')}</span>
      </button>
    </>
  )
}

/**
 * The problems of the window as a whole ("from < to"): each box shows only its own, so these
 * were in the problems list alone, and a click on one had no control to go to.
 */
function WindowProblems({ path }: { path: Path }) {
  const t = useT()
  const problems = useFieldProblems(path)
  if (problems.length === 0) return null
  return (
    <ul className="field-problems" data-path={formatPath(path)} tabIndex={-1}>
      {problems.map((p, k) => (
        <li key={k}>{problemMessage(p, t)}</li>
      ))}
    </ul>
  )
}
