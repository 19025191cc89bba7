import { TIME_UNITS } from '../../../../sim-core/index'
import { findPreset } from '../../../presets/presets'
import { useApp, useT } from '../../app/hooks'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'

/** Name, description, time unit, seed and run limits; and the lesson when it is a preset. */
export function ScenarioEditor() {
  const t = useT()
  const presetId = useApp((s) => s.presetId)
  const language = useApp((s) => s.language)
  const preset = presetId ? findPreset(presetId) : undefined
  return (
    <>
      {preset && (
        <section className="inspector-section lesson" aria-label={t('preset.about')}>
          <h3>{t('preset.about')}</h3>
          <p>{preset.lesson[language]}</p>
          <h4>{t('preset.lookAt')}</h4>
          <p>{preset.lookAt[language]}</p>
        </section>
      )}
      <section className="inspector-section">
        <TextField path={['name']} label={t('field.name')} />
        <TextField path={['description']} label={t('field.description')} optional multiline />
        <div className="field-row">
          <SelectField
            path={['timeUnit']}
            label={t('field.timeUnit')}
            hint={t('field.timeUnitHint')}
            fallback="tick"
            options={TIME_UNITS.map((u) => ({ value: u, label: u }))}
          />
          <NumberField
            path={['seed']}
            label={t('field.seed')}
            hint={t('field.seedHint')}
            placeholder="1"
            min={0}
          />
        </div>
      </section>
      <section className="inspector-section">
        <h3>{t('field.limits')}</h3>
        <div className="field-row">
          <NumberField
            path={['limits', 'maxTime']}
            label={t('field.maxTime')}
            placeholder={t('field.optional')}
            min={1}
          />
          <NumberField
            path={['limits', 'maxEvents']}
            label={t('field.maxEvents')}
            placeholder={t('field.optional')}
            min={1}
          />
        </div>
      </section>
    </>
  )
}
