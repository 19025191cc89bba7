import { POLICY_NAMES } from '../../../../sim-core/index'
import { useApp, useT } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { draftNodes, removeNode, renameNode } from '../../scenario/cluster'
import { shownValue } from '../../scenario/draft'
import { setAt } from '../../scenario/paths'
import { policyParams } from '../../scenario/policy-params'
import { CommitNameField } from './CommitNameField'
import { policyTitle } from './labels'

/**
 * One node: its name (a rename renames its replicas, links, faults and processes too), its
 * machine's cores and, optionally, a scheduler of its own (otherwise the scenario's runs there).
 */
export function NodeEditor({ n }: { n: number }) {
  const t = useT()
  const node = useApp((s) => draftNodes(s.draft)[n])
  const editDraft = useApp((s) => s.editDraft)
  const select = useApp((s) => s.select)
  const count = useApp((s) => draftNodes(s.draft).length)
  if (!node) return null
  const base = ['nodes', n]
  const policy = typeof node.scheduler?.policy === 'string' ? node.scheduler.policy : ''
  const hasQuantum = policy !== '' && policyParams(policy).some((p) => p.key === 'quantum')
  return (
    <>
      <section className="inspector-section">
        <CommitNameField
          path={[...base, 'name']}
          label={t('field.name')}
          name={shownValue(node.name)}
          rename={(d, name) => renameNode(d, n, name)}
        />
        <NumberField
          path={[...base, 'machine', 'cores']}
          label={t('node.cores')}
          placeholder="1"
          min={1}
        />
      </section>
      <section className="inspector-section">
        <h3>{t('node.scheduler')}</h3>
        <SelectField
          path={[...base, 'scheduler', 'policy']}
          label={t('node.policy')}
          hint={t('node.policyHint')}
          emptyLabel={t('node.sameScheduler')}
          options={POLICY_NAMES.map((p) => ({ value: p, label: `${policyTitle(p, t)} (${p})` }))}
          onSelect={(v) =>
            // A new policy starts from its own defaults: another policy's parameters would not fit.
            editDraft((d) => setAt(d, [...base, 'scheduler'], v === '' ? undefined : { policy: v }))
          }
        />
        {hasQuantum && (
          <NumberField
            path={[...base, 'scheduler', 'quantum']}
            label={t('node.quantum')}
            placeholder="4"
            min={1}
          />
        )}
      </section>
      <button
        type="button"
        className="button danger"
        onClick={() => {
          editDraft((d) => removeNode(d, n))
          select(count > 1 ? { kind: 'node', n: Math.min(n, count - 2) } : { kind: 'nodes' })
        }}
      >
        <Icon name="trash" />
        <span>{t('node.delete')}</span>
      </button>
    </>
  )
}
