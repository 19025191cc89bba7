import { useApp, useT } from '../../app/hooks'
import { NumberField } from '../../components/NumberField'
import { draftNodes } from '../../scenario/cluster'
import { CacheSection } from './CacheSection'
import { AddNodeButton } from './NodesEditor'

const COSTS = ['threadSwitch', 'processSwitch', 'coroutineSwitch', 'migration'] as const

/** Switch costs and the per-core caches. The core count lives in the toolbar (one "Cores" control in the whole app). */
export function MachineEditor() {
  const t = useT()
  const cores = useApp((s) => s.draft.machine?.cores)
  const hasNodes = useApp((s) => draftNodes(s.draft).length > 0)
  return (
    <>
      {/* A cluster runs each node on the machine its node page sets (node-scenario.ts): the
          top-level machine, and the toolbar's read-only total, do not run. */}
      <p className="muted">
        {hasNodes
          ? t('machine.clusterNote')
          : t('machine.coresNote', { count: typeof cores === 'number' ? cores : '—' })}
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
      {!hasNodes && (
        <section className="inspector-section">
          <h3>{t('machine.cluster')}</h3>
          <p className="muted">{t('machine.clusterHint')}</p>
          <AddNodeButton label={t('machine.addNode')} />
        </section>
      )}
    </>
  )
}
