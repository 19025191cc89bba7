import { POLICY_NAMES } from '../../../../sim-core/index'
import { useApp, useT } from '../../app/hooks'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { policyParams, switchPolicy } from '../../scenario/policy-params'
import { policyTitle } from '../editor/labels'

/** The three settings people change most, always at hand: Policy, Quantum, Cores. */
export function SchedulerControls() {
  const t = useT()
  const policy = useApp((s) => s.draft.scheduler?.policy)
  const editDraft = useApp((s) => s.editDraft)
  const hasQuantum =
    typeof policy === 'string' && policyParams(policy).some((p) => p.key === 'quantum')
  const quantumDefault = policyParams(String(policy)).find((p) => p.key === 'quantum')?.defaultValue
  return (
    <div className="toolbar-group scheduler-controls">
      <SelectField
        path={['scheduler', 'policy']}
        label={t('toolbar.policy')}
        className="compact policy-select"
        hint={typeof policy === 'string' ? policyTitle(policy, t) : undefined}
        options={POLICY_NAMES.map((p) => ({ value: p, label: p }))}
        onSelect={(value) =>
          editDraft((d) => ({ ...d, scheduler: switchPolicy(d.scheduler, value) }), null)
        }
      />
      {hasQuantum ? (
        <NumberField
          path={['scheduler', 'quantum']}
          label={t('toolbar.quantum')}
          className="compact narrow"
          placeholder={typeof quantumDefault === 'number' ? String(quantumDefault) : '—'}
          min={1}
        />
      ) : (
        <div className="field compact narrow">
          <label htmlFor="quantum-unused" className="field-label">
            {t('toolbar.quantum')}
          </label>
          <input
            id="quantum-unused"
            type="number"
            disabled
            placeholder="—"
            title={t('toolbar.quantumNone')}
          />
        </div>
      )}
      <NumberField
        path={['machine', 'cores']}
        label={t('toolbar.cores')}
        className="compact narrow"
        min={1}
      />
    </div>
  )
}
