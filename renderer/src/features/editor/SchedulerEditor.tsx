import { taskSetBound } from '../../../../sim-core'
import { useApp, useT, useValidation } from '../../app/hooks'
import { TaskSetBoundNote } from '../../components/TaskSetBoundNote'
import { engineParamKeys, policyParams } from '../../scenario/policy-params'
import { ParamField } from './ParamField'
import { QueuesSection } from './QueuesSection'
import { policyPreemptive, policyTitle } from './labels'

const QUEUE_KEYS = new Set(['queues', 'balance'])

/** The policy's description and every parameter except the quantum, which sits in the toolbar. */
export function SchedulerEditor() {
  const t = useT()
  const policy = useApp((s) => s.draft.scheduler?.policy)
  const name = typeof policy === 'string' ? policy : ''
  const params = policyParams(name).filter((p) => p.key !== 'quantum')
  const engine = engineParamKeys()
  const own = params.filter((p) => !engine.has(p.key))
  // Run queues and balancing get their own section (they belong together, and balancing only
  // with per-core queues).
  const shared = params.filter((p) => engine.has(p.key) && !QUEUE_KEYS.has(p.key))
  const balance = params.find((p) => p.key === 'balance')
  const hasQueues = params.some((p) => p.key === 'queues')
  const preemptive = policyPreemptive(name)
  const hasQuantum = policyParams(name).some((p) => p.key === 'quantum')
  const valid = useValidation().scenario
  const language = useApp((s) => s.language)
  return (
    <>
      <p className="policy-summary">
        <strong>{policyTitle(name, t)}</strong> <code>{name}</code>
        {preemptive !== null && (
          <span className="chip">
            {preemptive ? t('scheduler.preemptive') : t('scheduler.nonPreemptive')}
          </span>
        )}
      </p>
      {hasQuantum && <p className="muted">{t('scheduler.quantumInToolbar')}</p>}
      {valid && <TaskSetBoundNote bound={taskSetBound(valid)} t={t} lang={language} />}
      <section className="inspector-section">
        <h3>{t('scheduler.parameters')}</h3>
        {own.length === 0 && <p className="muted">{t('scheduler.noParameters')}</p>}
        {own.map((p) => (
          <ParamField key={`${name}.${p.key}`} spec={p} path={['scheduler', p.key]} />
        ))}
      </section>
      {hasQueues && <QueuesSection balance={balance} />}
      {shared.length > 0 && (
        <section className="inspector-section">
          <h3>{t('scheduler.engine')}</h3>
          {shared.map((p) => (
            <ParamField key={`${name}.${p.key}`} spec={p} path={['scheduler', p.key]} />
          ))}
        </section>
      )}
    </>
  )
}
