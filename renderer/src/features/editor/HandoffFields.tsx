import { useT } from '../../app/hooks'
import { CheckboxField } from '../../components/CheckboxField'
import { NumberField } from '../../components/NumberField'
import { useDraftValue } from '../../components/field-hooks'
import './concurrency.css'

/**
 * Go-style hand-off on an M:N runtime: a blocking `io` in a coroutine parks its worker and
 * another thread (up to maxThreads) takes the worker's queue.
 */
export function HandoffFields({ p, t: ti }: { p: number; t: number }) {
  const t = useT()
  const base = ['processes', p, 'threads', ti, 'runtime']
  const handoff = useDraftValue([...base, 'handoff']) === true
  const workers = useDraftValue([...base, 'workers'])
  return (
    <div className="handoff-fields">
      <CheckboxField
        path={[...base, 'handoff']}
        label={t('thread.handoff')}
        hint={t('thread.handoffHint')}
        fallback={false}
      />
      {handoff && (
        <NumberField
          path={[...base, 'maxThreads']}
          label={t('thread.maxThreads')}
          hint={t('thread.maxThreadsHint')}
          placeholder={typeof workers === 'number' ? String(workers + 8) : undefined}
          min={typeof workers === 'number' ? workers : 1}
        />
      )}
    </div>
  )
}
