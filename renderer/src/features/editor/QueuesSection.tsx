// Run queues: one shared queue or one per core, and, with per-core queues, how they are balanced
// (SCENARIO.md §2b). Balancing means nothing with one shared queue (the schema's semantic check
// says so), so it is shown only for per-core queues, and choosing "global" drops it in the same
// edit: one undo step brings both back.
import { useApp, useT } from '../../app/hooks'
import { CheckboxField } from '../../components/CheckboxField'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { setAt } from '../../scenario/paths'
import type { ParamSpec } from '../../scenario/policy-params'
import { ParamField } from './ParamField'

/** Balance fields drawn here by hand; any others the schema gains are drawn from their spec. */
const OWN = new Set(['interval', 'steal'])

export function QueuesSection({ balance }: { balance: ParamSpec | undefined }) {
  const t = useT()
  const queues = useApp((s) => s.draft.scheduler?.queues)
  const hasBalance = useApp((s) => s.draft.scheduler?.balance !== undefined)
  const editDraft = useApp((s) => s.editDraft)
  const perCore = queues === 'per-core'
  const others =
    balance?.type.kind === 'object' ? balance.type.fields.filter((f) => !OWN.has(f.key)) : []
  return (
    <section className="inspector-section" aria-labelledby="sched-queues-title">
      <h3 id="sched-queues-title">{t('scheduler.queuesTitle')}</h3>
      <SelectField
        path={['scheduler', 'queues']}
        label={t('param.queues')}
        hint={t(perCore ? 'scheduler.queuesPerCoreHint' : 'scheduler.queuesGlobalHint')}
        fallback="global"
        options={[
          { value: 'global', label: t('scheduler.queuesGlobal') },
          { value: 'per-core', label: t('scheduler.queuesPerCore') }
        ]}
        onSelect={(v) =>
          editDraft((d) => {
            const next = setAt(d, ['scheduler', 'queues'], v)
            return v === 'per-core' ? next : setAt(next, ['scheduler', 'balance'], undefined)
          })
        }
      />
      {!perCore && hasBalance && (
        // A file may set balancing with one shared queue; say so where it can be fixed.
        // tabIndex: a clicked problem at scheduler.balance moves focus here.
        <div
          className="field-problems-note"
          role="note"
          data-path="scheduler.balance"
          tabIndex={-1}
        >
          <p>{t('scheduler.balanceUnused')}</p>
          <button
            type="button"
            className="button"
            onClick={() => editDraft((d) => setAt(d, ['scheduler', 'balance'], undefined))}
          >
            {t('scheduler.balanceRemove')}
          </button>
        </div>
      )}
      {perCore && (
        <fieldset className="param-group" data-testid="balance-fields">
          <legend>{t('scheduler.balance')}</legend>
          <NumberField
            path={['scheduler', 'balance', 'interval']}
            label={t('scheduler.balanceInterval')}
            hint={t('scheduler.balanceIntervalHint')}
            placeholder="0"
            min={0}
          />
          <CheckboxField
            path={['scheduler', 'balance', 'steal']}
            label={t('scheduler.balanceSteal')}
            hint={t('scheduler.balanceStealHint')}
            fallback={true}
          />
          {others.map((f) => (
            <ParamField key={f.key} spec={f} path={['scheduler', 'balance', f.key]} />
          ))}
        </fieldset>
      )}
    </section>
  )
}
