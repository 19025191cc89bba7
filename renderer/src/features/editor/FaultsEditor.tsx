import './cluster.css'
import { useApp, useT } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { addFault, clusterList, removeListEntry } from '../../scenario/cluster'
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
