import { useApp, useT } from '../../app/hooks'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { TextField } from '../../components/TextField'
import { shownValue } from '../../scenario/draft'
import { addCoroutine } from '../../scenario/edits'
import { setAt } from '../../scenario/paths'
import { OpsEditor } from './OpsEditor'

/** A thread: name, arrival, periodic releases, runtime (coroutine host) and ops or coroutines. */
export function ThreadEditor({ p, t: ti }: { p: number; t: number }) {
  const t = useT()
  const thread = useApp((s) => s.draft.processes[p]?.threads[ti])
  const editDraft = useApp((s) => s.editDraft)
  const select = useApp((s) => s.select)
  const { store } = useServices()
  if (!thread) return null
  const base = ['processes', p, 'threads', ti]
  const runtime = thread.runtime?.kind
  const coroutines = thread.coroutines ?? []
  const setRuntime = (kind: string) =>
    editDraft((d) =>
      setAt(
        d,
        [...base, 'runtime'],
        kind === 'event-loop' ? { kind } : kind === 'm:n' ? { kind, workers: 2 } : undefined
      )
    )
  const onAddCoroutine = () => {
    const r = addCoroutine(store.getState().draft, p, ti)
    editDraft(() => r.draft)
    select(r.select)
  }
  return (
    <>
      <section className="inspector-section">
        <TextField path={[...base, 'name']} label={t('field.name')} />
        <NumberField
          path={[...base, 'arrival']}
          label={t('thread.arrival')}
          hint={t('thread.arrivalHint')}
          placeholder="0"
          min={0}
        />
        <div className="field">
          <label className="field-label" htmlFor={`runtime-${p}-${ti}`}>
            {t('thread.runtime')}
          </label>
          <select
            id={`runtime-${p}-${ti}`}
            data-path={`processes[${p}].threads[${ti}].runtime`}
            value={runtime ?? ''}
            onChange={(e) => setRuntime(e.target.value)}
          >
            <option value="">{t('thread.runtime.none')}</option>
            <option value="event-loop">{t('thread.runtime.eventLoop')}</option>
            <option value="m:n">{t('thread.runtime.mn')}</option>
          </select>
        </div>
        {runtime === 'm:n' && (
          <NumberField path={[...base, 'runtime', 'workers']} label={t('thread.workers')} min={1} />
        )}
      </section>
      {!runtime && (
        <section className="inspector-section">
          <div className="field field-check">
            <input
              id={`periodic-${p}-${ti}`}
              type="checkbox"
              data-path={`processes[${p}].threads[${ti}].periodic`}
              checked={thread.periodic !== undefined}
              onChange={(e) =>
                editDraft((d) =>
                  setAt(
                    d,
                    [...base, 'periodic'],
                    e.target.checked ? { period: 20, jobs: 5 } : undefined
                  )
                )
              }
            />
            <label htmlFor={`periodic-${p}-${ti}`}>{t('thread.periodic')}</label>
          </div>
          {thread.periodic && (
            <div className="field-grid">
              <NumberField
                path={[...base, 'periodic', 'period']}
                label={t('thread.period')}
                min={1}
              />
              <NumberField
                path={[...base, 'periodic', 'deadline']}
                label={t('thread.deadline')}
                hint={t('thread.deadlineHint')}
                placeholder={String(thread.periodic.period ?? '')}
                min={1}
              />
              <NumberField
                path={[...base, 'periodic', 'offset']}
                label={t('thread.offset')}
                placeholder="0"
                min={0}
              />
              <NumberField path={[...base, 'periodic', 'jobs']} label={t('thread.jobs')} min={1} />
            </div>
          )}
        </section>
      )}
      {runtime ? (
        <section className="inspector-section">
          <h3>{t('thread.coroutines')}</h3>
          <p className="muted">{t('thread.hostNote')}</p>
          <ul className="child-list">
            {coroutines.map((co, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => select({ kind: 'coroutine', p, t: ti, c: i })}
                >
                  <Icon name="coroutine" size={14} />
                  <span>{shownValue(co.name) || `#${i + 1}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <OpsEditor path={[...base, 'ops']} context="thread" />
      )}
      <section className="inspector-section add-coroutine">
        <button
          type="button"
          className="button"
          onClick={onAddCoroutine}
          aria-describedby={runtime ? undefined : `addco-${p}-${ti}`}
        >
          <Icon name="plus" />
          <span>{t('thread.addCoroutine')}</span>
        </button>
        {!runtime && (
          <span id={`addco-${p}-${ti}`} className="field-hint">
            {t('thread.addCoroutineHint')}
          </span>
        )}
      </section>
    </>
  )
}
