import { useApp, useT } from '../../app/hooks'
import { NumberField } from '../../components/NumberField'
import { CacheSection } from './CacheSection'

const COSTS = ['threadSwitch', 'processSwitch', 'coroutineSwitch', 'migration'] as const

/** Switch costs and the per-core caches. The core count lives in the toolbar (one "Cores" control in the whole app). */
export function MachineEditor() {
  const t = useT()
  const cores = useApp((s) => s.draft.machine?.cores)
  return (
    <>
      <p className="muted">
        {t('machine.coresNote', { count: typeof cores === 'number' ? cores : '—' })}
      </p>
      <section className="inspector-section">
        <h3>{t('machine.costs')}</h3>
        {COSTS.map((c) => (
          <NumberField
            key={c}
            path={['machine', 'costs', c]}
            label={t(`cost.${c}`)}
            hint={t(`cost.${c}Hint`)}
            placeholder="0"
            min={0}
          />
        ))}
      </section>
      <CacheSection />
    </>
  )
}
