import { POLICY_NAMES } from '../../../../sim-core/index'
import { useApp, useT } from '../../app/hooks'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { draftNodes, type NodeDraft } from '../../scenario/cluster'
import { policyParams, switchPolicy } from '../../scenario/policy-params'
import { policyTitle } from '../editor/labels'

/**
 * A cluster's size where a machine's core count would be: its nodes and their cores together,
 * read-only (the top-level machine does not run in a cluster; each node's cores are set on the
 * node's page).
 */
function ClusterSize({ nodes }: { nodes: readonly NodeDraft[] }) {
  const t = useT()
  const cores = nodes.reduce(
    (sum, n) => sum + (typeof n.machine?.cores === 'number' ? n.machine.cores : 0),
    0
  )
  return (
    <>
      <div className="field compact narrow" title={t('toolbar.nodesHint')}>
        <label htmlFor="toolbar-nodes" className="field-label">
          {t('toolbar.nodes')}
        </label>
        <input id="toolbar-nodes" type="text" readOnly value={nodes.length} />
      </div>
      <div className="field compact narrow" title={t('toolbar.clusterCoresHint')}>
        <label htmlFor="toolbar-cluster-cores" className="field-label">
          {t('toolbar.cores')}
        </label>
        <input id="toolbar-cluster-cores" type="text" readOnly value={cores} />
      </div>
    </>
  )
}

/** The three settings people change most, always at hand: Policy, Quantum, Cores (a cluster: its size). */
export function SchedulerControls() {
  const t = useT()
  const policy = useApp((s) => s.draft.scheduler?.policy)
  const nodes = useApp((s) => draftNodes(s.draft))
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
      {nodes.length > 0 ? (
        <ClusterSize nodes={nodes} />
      ) : (
        <NumberField
          path={['machine', 'cores']}
          label={t('toolbar.cores')}
          className="compact narrow"
          min={1}
        />
      )}
    </div>
  )
}
