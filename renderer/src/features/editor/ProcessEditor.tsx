import { useApp, useT } from '../../app/hooks'
import { NO_ITEMS } from '../../scenario/draft'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { TextField } from '../../components/TextField'
import { shownValue } from '../../scenario/draft'
import { addThread } from '../../scenario/edits'
import { AddMany } from './AddMany'
import { GilFields } from './GilFields'
import { AffinityField } from './AffinityField'
import { draftNodes } from '../../scenario/cluster'
import { NodePicker } from './NodePicker'

/** A process: name, arrival, priority, nice, tickets, affinity, and its threads. */
export function ProcessEditor({ p }: { p: number }) {
  const t = useT()
  const threads = useApp((s) => s.draft.processes[p]?.threads ?? NO_ITEMS)
  const editDraft = useApp((s) => s.editDraft)
  const select = useApp((s) => s.select)
  const cores = useApp((s) => s.draft.machine?.cores)
  const hasNodes = useApp((s) => draftNodes(s.draft).length > 0)
  const { store } = useServices()
  const base = ['processes', p]
  return (
    <>
      <section className="inspector-section">
        <TextField path={[...base, 'name']} label={t('field.name')} />
        <div className="field-row">
          <NumberField
            path={[...base, 'arrival']}
            label={t('process.arrival')}
            placeholder="0"
            min={0}
          />
          <NumberField
            path={[...base, 'priority']}
            label={t('process.priority')}
            hint={t('process.priorityHint')}
            placeholder="0"
            min={0}
          />
        </div>
        <div className="field-row">
          <NumberField
            path={[...base, 'nice']}
            label={t('process.nice')}
            hint={t('process.niceHint')}
            placeholder="0"
            min={-20}
            max={19}
          />
          <NumberField
            path={[...base, 'tickets']}
            label={t('process.tickets')}
            hint={t('process.ticketsHint')}
            placeholder="100"
            min={1}
          />
        </div>
        <AffinityField
          path={[...base, 'affinity']}
          cores={typeof cores === 'number' ? cores : undefined}
        />
        {hasNodes && (
          <NodePicker
            path={[...base, 'node']}
            label={t('process.node')}
            hint={t('process.nodeHint')}
            emptyLabel={t('process.firstNode')}
          />
        )}
        <GilFields p={p} />
      </section>
      <section className="inspector-section">
        <h3>{t('process.threads')}</h3>
        <ul className="child-list">
          {threads.map((th, i) => (
            <li key={i}>
              <button
                type="button"
                className="link-button"
                onClick={() => select({ kind: 'thread', p, t: i })}
              >
                <Icon name="thread" size={14} />
                <span>{shownValue(th.name) || `#${i + 1}`}</span>
              </button>
            </li>
          ))}
        </ul>
        <AddMany
          one={t('process.addThread')}
          many={(count) => t('process.addThreads', { count })}
          countLabel={t('process.addThreadCount')}
          onAdd={(count) => {
            const r = addThread(store.getState().draft, p, count)
            editDraft(() => r.draft)
            select(r.select)
          }}
        />
      </section>
    </>
  )
}
