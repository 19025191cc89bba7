import './cluster.css'
import { useId } from 'react'
import { BALANCERS } from '../../../../sim-core/index'
import { useApp, useT, useValidation } from '../../app/hooks'
import { useFieldProblems } from '../../components/field-hooks'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { problemMessage } from '../../i18n/problem-message'
import {
  addService,
  draftServices,
  nodeNames,
  removeService,
  renameService,
  toggleReplica
} from '../../scenario/cluster'
import { NO_ITEMS, shownValue } from '../../scenario/draft'
import { formatPath } from '../../scenario/paths'
import { CommitNameField } from './CommitNameField'
import { OpsTextField } from './OpsTextField'

/**
 * Services: a name (a rename renames the requests and calls that use it), the nodes its
 * replicas run on, how requests are spread over them, and the handler each replica runs.
 */
export function ServicesEditor() {
  const t = useT()
  const services = useApp((s) => draftServices(s.draft))
  const editDraft = useApp((s) => s.editDraft)
  // Every service's ops box is labelled "Ops (text)"; its group names the service.
  const id = useId()
  return (
    <>
      <p className="muted">{t('services.intro')}</p>
      {services.length === 0 && <p className="muted">{t('services.none')}</p>}
      {services.map((service, i) => {
        const n = i + 1
        const base = ['services', i]
        return (
          <section key={i} className="inspector-section cluster-item">
            <div className="cluster-item-head">
              <CommitNameField
                path={[...base, 'name']}
                label={t('service.name', { n })}
                name={shownValue(service.name)}
                rename={(d, name) => renameService(d, i, name)}
              />
              <button
                type="button"
                className="icon-button danger"
                aria-label={t('service.delete', { n })}
                title={t('service.delete', { n })}
                onClick={() => editDraft((d) => removeService(d, i))}
              >
                <Icon name="trash" />
              </button>
            </div>
            <Replicas index={i} />
            <div className="field-row">
              <SelectField
                path={[...base, 'balancer']}
                label={t('service.balancer', { n })}
                fallback="round-robin"
                options={BALANCERS.map((b) => ({ value: b, label: t(`balancer.${b}`) }))}
              />
              <NumberField
                path={[...base, 'handler', 'threads']}
                label={t('service.threads', { n })}
                hint={t('service.threadsHint')}
                placeholder="1"
                min={1}
              />
            </div>
            <div role="group" aria-labelledby={`${id}-ops-${i}`}>
              <h4 id={`${id}-ops-${i}`} className="cluster-subhead">
                {t('service.handlerOps', { n })}
              </h4>
              <OpsTextField path={[...base, 'handler', 'ops']} context="thread" />
            </div>
          </section>
        )
      })}
      <button type="button" className="button" onClick={() => editDraft(addService)}>
        <Icon name="plus" />
        <span>{t('services.add')}</span>
      </button>
    </>
  )
}

/**
 * One checkbox per node: the service has a replica there. A replica on a name that is no node
 * (its node was deleted or renamed, or the file had it) gets a checkbox too, checked, with its
 * problem: without one the problem at replicas[k] had no box to clear it from.
 */
function Replicas({ index }: { index: number }) {
  const t = useT()
  const id = useId()
  const editDraft = useApp((s) => s.editDraft)
  // Joined to a string: a fresh array from the selector would re-render forever.
  const nodes = useApp((s) => nodeNames(s.draft).join('\n'))
  const replicas: readonly string[] = useApp((s) => {
    const r = draftServices(s.draft)[index]?.replicas
    return Array.isArray(r) ? r : NO_ITEMS
  })
  const path = ['services', index, 'replicas']
  const byPath = useValidation().byPath
  const names = nodes === '' ? [] : nodes.split('\n')
  const unknown = [...new Set(replicas.filter((r) => !names.includes(r)))]
  // The list's own problems, then each entry's (an unknown node is reported at replicas[k]).
  const problems = [
    ...useFieldProblems(path),
    ...replicas.flatMap((_, k) => byPath.get(formatPath([...path, k])) ?? [])
  ]
  return (
    <fieldset
      className={`field cluster-replicas${problems.length ? ' field-invalid' : ''}`}
      data-path={formatPath(path)}
      aria-describedby={problems.length ? `${id}-problems` : undefined}
    >
      <legend className="field-label">{t('service.replicas', { n: index + 1 })}</legend>
      {names.length === 0 && <p className="muted">{t('service.noNodes')}</p>}
      {names.map((node) => (
        <label key={node} className="cluster-replica">
          <input
            type="checkbox"
            checked={replicas.includes(node)}
            onChange={(e) => editDraft((d) => toggleReplica(d, index, node, e.target.checked))}
          />
          <span>{node}</span>
        </label>
      ))}
      {unknown.map((node) => (
        <label key={`unknown:${node}`} className="cluster-replica" data-unknown-node="">
          <input
            type="checkbox"
            checked
            aria-invalid
            onChange={(e) => editDraft((d) => toggleReplica(d, index, node, e.target.checked))}
          />
          <span>{node}</span>
        </label>
      ))}
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="field-problems">
          {problems.map((p, k) => (
            <li key={k}>{problemMessage(p, t)}</li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
