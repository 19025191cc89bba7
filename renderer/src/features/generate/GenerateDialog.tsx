import { useId, useState } from 'react'
import { POLICY_NAMES, type GenerateOptions } from '../../../../sim-core/index'
import { useApp, useT } from '../../app/hooks'
import { useCommands } from '../../app/commands'
import { Dialog } from '../../components/Dialog'
import { Icon } from '../../components/Icon'
import type { MessageKey } from '../../i18n/en'
import { policyTitle } from '../editor/labels'
import { commandLine, DEFAULT_FORM, readForm, type GenerateForm } from './generate-form'

const NUMERIC: {
  key: Exclude<keyof GenerateForm, 'policy'>
  label: MessageKey
  hint?: MessageKey
  step: number
}[] = [
  { key: 'processes', label: 'generate.processes', step: 1 },
  { key: 'threads', label: 'generate.threads', step: 1 },
  { key: 'ioRatio', label: 'generate.ioRatio', hint: 'generate.ioRatioHint', step: 0.05 },
  {
    key: 'arrivalSpread',
    label: 'generate.arrivalSpread',
    hint: 'generate.arrivalSpreadHint',
    step: 1
  },
  { key: 'cores', label: 'generate.cores', step: 1 },
  { key: 'seed', label: 'generate.seed', step: 1 }
]

/** Random workload: the options of `schedlab generate`, checked by the same generator. */
export function GenerateDialog() {
  const t = useT()
  const id = useId()
  const close = useApp((s) => s.closeDialog)
  const commands = useCommands()
  const [form, setForm] = useState<GenerateForm>(DEFAULT_FORM)
  const { options, problems } = readForm(form)
  const set = (key: keyof GenerateForm, value: string) => setForm((f) => ({ ...f, [key]: value }))
  const submit = (o: GenerateOptions) => {
    close()
    commands.generate(o)
  }
  return (
    <Dialog
      title={t('generate.title')}
      onClose={close}
      closeLabel={t('dialog.close')}
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            {t('generate.cancel')}
          </button>
          <button
            type="submit"
            form={`${id}-form`}
            className="button primary"
            disabled={options === null}
          >
            {t('generate.create')}
          </button>
        </>
      }
    >
      <p className="muted">{t('generate.intro')}</p>
      <form
        id={`${id}-form`}
        className="field-grid"
        onSubmit={(e) => {
          e.preventDefault()
          if (options) submit(options)
        }}
      >
        {NUMERIC.map(({ key, label, hint, step }) => {
          const problem = problems[key]
          return (
            <div key={key} className={`field${problem ? ' field-invalid' : ''}`}>
              <label className="field-label" htmlFor={`${id}-${key}`}>
                {t(label)}
              </label>
              <div className={key === 'seed' ? 'input-with-button' : undefined}>
                <input
                  id={`${id}-${key}`}
                  type="number"
                  step={step}
                  value={form[key]}
                  aria-invalid={problem !== undefined}
                  aria-describedby={`${id}-${key}-more`}
                  onChange={(e) => set(key, e.target.value)}
                />
                {key === 'seed' && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('generate.newSeed')}
                    title={t('generate.newSeed')}
                    onClick={() => set('seed', String(Math.floor(Math.random() * 2 ** 32)))}
                  >
                    <Icon name="generate" />
                  </button>
                )}
              </div>
              <span id={`${id}-${key}-more`} className={problem ? 'field-problems' : 'field-hint'}>
                {problem ?? (hint ? t(hint) : '')}
              </span>
            </div>
          )
        })}
        <div className="field">
          <label className="field-label" htmlFor={`${id}-policy`}>
            {t('generate.policy')}
          </label>
          <select
            id={`${id}-policy`}
            value={form.policy}
            onChange={(e) => set('policy', e.target.value)}
          >
            {POLICY_NAMES.map((p) => (
              <option key={p} value={p}>
                {p} — {policyTitle(p, t)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {options && (
        <p className="muted command-line">
          {t('generate.command', { command: '' })}
          <code>{commandLine(options)}</code>
        </p>
      )}
    </Dialog>
  )
}
