import { useT } from '../../app/hooks'
import { CheckboxField } from '../../components/CheckboxField'
import { NumberField } from '../../components/NumberField'
import { useDraftValue } from '../../components/field-hooks'
import './concurrency.css'

/**
 * A process's interpreter lock (CPython's GIL): its threads must hold it to run `cpu`. The
 * switch interval is shown only when the lock is on; it means nothing otherwise.
 */
export function GilFields({ p }: { p: number }) {
  const t = useT()
  const base = ['processes', p]
  const gil = useDraftValue([...base, 'gil']) === true
  return (
    <div className="gil-fields">
      <CheckboxField
        path={[...base, 'gil']}
        label={t('process.gil')}
        hint={t('process.gilHint')}
        fallback={false}
      />
      {gil && (
        <NumberField
          path={[...base, 'gilInterval']}
          label={t('process.gilInterval')}
          hint={t('process.gilIntervalHint')}
          placeholder="5"
          min={1}
        />
      )}
    </div>
  )
}
