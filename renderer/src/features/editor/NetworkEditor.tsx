import './cluster.css'
import { useApp, useT } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { addLink, draftLinks, removeLink } from '../../scenario/cluster'
import { NodePicker } from './NodePicker'

/** The network: a default latency between nodes, and links with a latency of their own. */
export function NetworkEditor() {
  const t = useT()
  const links = useApp((s) => draftLinks(s.draft))
  const editDraft = useApp((s) => s.editDraft)
  return (
    <>
      <p className="muted">{t('network.intro')}</p>
      <NumberField
        path={['network', 'latency']}
        label={t('network.latency')}
        hint={t('network.latencyHint')}
        placeholder="0"
        min={0}
      />
      <section className="inspector-section">
        <h3>{t('network.links')}</h3>
        {links.length === 0 && <p className="muted">{t('network.noLinks')}</p>}
        <ul className="list-rows">
          {links.map((_, i) => (
            <li key={i} className="list-row list-row-wrap">
              <NodePicker
                path={['network', 'links', i, 'from']}
                label={t('link.from', { n: i + 1 })}
              />
              <NodePicker path={['network', 'links', i, 'to']} label={t('link.to', { n: i + 1 })} />
              <NumberField
                path={['network', 'links', i, 'latency']}
                label={t('link.latency', { n: i + 1 })}
                min={0}
              />
              <button
                type="button"
                className="icon-button danger"
                aria-label={t('link.delete', { n: i + 1 })}
                title={t('link.delete', { n: i + 1 })}
                onClick={() => editDraft((d) => removeLink(d, i))}
              >
                <Icon name="trash" />
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button" onClick={() => editDraft(addLink)}>
          <Icon name="plus" />
          <span>{t('network.addLink')}</span>
        </button>
      </section>
    </>
  )
}
