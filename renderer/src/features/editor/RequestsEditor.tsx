import './cluster.css'
import { ARRIVAL_KINDS } from '../../../../sim-core/index'
import { useApp, useT } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { addRequests, clusterList, removeListEntry, serviceNames } from '../../scenario/cluster'

/** Request streams from outside the cluster: which service, how they arrive, how many, from when. */
export function RequestsEditor() {
  const t = useT()
  const streams = useApp((s) => clusterList(s.draft, 'requests'))
  const services = useApp((s) => serviceNames(s.draft).join('\n'))
  const editDraft = useApp((s) => s.editDraft)
  const options = services === '' ? [] : services.split('\n').map((v) => ({ value: v, label: v }))
  return (
    <>
      <p className="muted">{t('requests.intro')}</p>
      {streams.length === 0 && <p className="muted">{t('requests.none')}</p>}
      <ul className="list-rows">
        {streams.map((_, i) => {
          const n = i + 1
          const base = ['requests', i]
          return (
            <li key={i} className="list-row list-row-wrap">
              <SelectField
                path={[...base, 'to']}
                label={t('requests.to', { n })}
                options={options}
              />
              <SelectField
                path={[...base, 'kind']}
                label={t('requests.kind', { n })}
                fallback="uniform"
                options={ARRIVAL_KINDS.map((k) => ({ value: k, label: t(`arrivals.${k}`) }))}
              />
              <NumberField
                path={[...base, 'rate']}
                label={t('requests.rate', { n })}
                hint={t('requests.rateHint')}
                step={0.01}
                min={0}
              />
              <NumberField path={[...base, 'count']} label={t('requests.count', { n })} min={1} />
              <NumberField
                path={[...base, 'start']}
                label={t('requests.start', { n })}
                placeholder="0"
                min={0}
              />
              <button
                type="button"
                className="icon-button danger"
                aria-label={t('requests.delete', { n })}
                title={t('requests.delete', { n })}
                onClick={() => editDraft((d) => removeListEntry(d, 'requests', i))}
              >
                <Icon name="trash" />
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" className="button" onClick={() => editDraft(addRequests)}>
        <Icon name="plus" />
        <span>{t('requests.add')}</span>
      </button>
    </>
  )
}
