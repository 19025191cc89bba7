import { useApp, useT } from '../../app/hooks'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { HandoffFields } from './HandoffFields'
import { TextField } from '../../components/TextField'
import { NO_ITEMS, shownValue } from '../../scenario/draft'
import { addCoroutine, setRuntime, type RuntimeKind } from '../../scenario/edits'
import { setAt } from '../../scenario/paths'
import { AddMany } from './AddMany'
import { AffinityField } from './AffinityField'
import { OpsEditor } from './OpsEditor'

/**
 * A thread: name, arrival, runtime (coroutine host), placement (affinity, working set), periodic
 * releases and ops or coroutines.
 */
export function ThreadEditor({ p, t: ti }: { p: number; t: number }) {
  const t = useT()
  const thread = useApp((s) => s.draft.processes[p]?.threads[ti])
  const processAffinity = useApp((s) => s.draft.processes[p]?.affinity)
  const cores = useApp((s) => s.draft.machine?.cores)
  const cacheOn = useApp((s) => s.draft.machine?.cache !== undefined)
  const eevdf = useApp((s) => s.draft.scheduler?.policy === 'eevdf')
  const editDraft = useApp((s) => s.editDraft)
  const select = useApp((s) => s.select)
  const notify = useApp((s) => s.notify)
  const { store } = useServices()
  if (!thread) return null
  const base = ['processes', p, 'threads', ti]
  const runtime = thread.runtime?.kind
  const coroutines = thread.coroutines ?? NO_ITEMS
  const hasOps = (thread.ops?.length ?? 0) > 0
  const periodic = thread.periodic !== undefined
  const changeRuntime = (kind: RuntimeKind | null) => {
    const r = setRuntime(store.getState().draft, p, ti, kind)
    editDraft(() => r.draft)
    if (r.movedOpsTo) notify({ tone: 'info', text: t('thread.opsMoved', { name: r.movedOpsTo }) })
    if (r.coroutinesToThreads > 0)
      notify({
        tone: 'info',
        text: t('thread.coroutinesToThreads', { count: r.coroutinesToThreads })
      })
  }
  const onAddCoroutines = (count: number) => {
    const r = addCoroutine(store.getState().draft, p, ti, count)
    editDraft(() => r.draft)
    select(r.select)
  }
  const addHint = periodic
    ? t('thread.addCoroutinePeriodic')
    : runtime
      ? null
      : t('thread.addCoroutineHint')
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
            aria-describedby={periodic && !runtime ? `runtime-hint-${p}-${ti}` : undefined}
            onChange={(e) =>
              changeRuntime(e.target.value === '' ? null : (e.target.value as RuntimeKind))
            }
          >
            <option value="">{t('thread.runtime.none')}</option>
            <option value="event-loop" disabled={periodic && runtime !== 'event-loop'}>
              {t('thread.runtime.eventLoop')}
            </option>
            <option value="m:n" disabled={periodic && runtime !== 'm:n'}>
              {t('thread.runtime.mn')}
            </option>
          </select>
          <span id={`runtime-hint-${p}-${ti}`} className="field-hint">
            {periodic && !runtime
              ? t('thread.runtimePeriodic')
              : runtime
                ? t('thread.runtimeToNone')
                : t('thread.runtimeToHost')}
          </span>
        </div>
        {runtime === 'm:n' && (
          <NumberField path={[...base, 'runtime', 'workers']} label={t('thread.workers')} min={1} />
        )}
        {runtime === 'm:n' && <HandoffFields p={p} t={ti} />}
      </section>
      <section className="inspector-section" aria-labelledby={`placement-${p}-${ti}`}>
        <h3 id={`placement-${p}-${ti}`}>{t('thread.placement')}</h3>
        <AffinityField
          path={[...base, 'affinity']}
          label={t('thread.affinity')}
          hint={t('thread.affinityHint')}
          cores={typeof cores === 'number' ? cores : undefined}
          allowed={
            Array.isArray(processAffinity) && processAffinity.every((c) => typeof c === 'number')
              ? processAffinity
              : undefined
          }
        />
        <NumberField
          path={[...base, 'workingSet']}
          label={t('thread.workingSet')}
          hint={t(cacheOn ? 'thread.workingSetHint' : 'thread.workingSetNoCache')}
          placeholder={t('field.optional')}
          min={0}
        />
        <NumberField
          path={[...base, 'slice']}
          label={t('thread.slice')}
          hint={t(eevdf ? 'thread.sliceHint' : 'thread.sliceOtherPolicy')}
          placeholder={t('field.optional')}
          min={1}
        />
      </section>
      {(!runtime || periodic) && (
        <section className="inspector-section">
          <div className="field field-check">
            <input
              id={`periodic-${p}-${ti}`}
              type="checkbox"
              data-path={`processes[${p}].threads[${ti}].periodic`}
              checked={periodic}
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
      {(runtime || coroutines.length > 0) && (
        <section className="inspector-section">
          <h3>{t('thread.coroutines')}</h3>
          {runtime ? (
            <p className="muted">{t('thread.hostNote')}</p>
          ) : (
            <div className="field-problems-note" role="note">
              <p>{t('thread.coroutinesNeedHost')}</p>
              <button type="button" className="button" onClick={() => changeRuntime(null)}>
                {t('thread.coroutinesMakeThreads')}
              </button>
            </div>
          )}
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
      )}
      {(!runtime || hasOps) && (
        <>
          {runtime && (
            <div className="field-problems-note" role="note">
              <p>{t('thread.hostHasOps')}</p>
              <button type="button" className="button" onClick={() => changeRuntime(runtime)}>
                {t('thread.hostMoveOps')}
              </button>
            </div>
          )}
          <OpsEditor path={[...base, 'ops']} context="thread" />
        </>
      )}
      <section className="inspector-section add-coroutine">
        <AddMany
          one={t('thread.addCoroutine')}
          many={(count) => t('thread.addCoroutines', { count })}
          countLabel={t('thread.addCoroutineCount')}
          onAdd={onAddCoroutines}
          disabled={periodic}
          describedBy={addHint ? `addco-${p}-${ti}` : undefined}
        />
        {addHint && (
          <span id={`addco-${p}-${ti}`} className="field-hint">
            {addHint}
          </span>
        )}
      </section>
    </>
  )
}
