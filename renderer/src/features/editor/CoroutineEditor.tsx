import { useT } from '../../app/hooks'
import { NumberField } from '../../components/NumberField'
import { TextField } from '../../components/TextField'
import { OpsEditor } from './OpsEditor'

/** A coroutine: name, arrival and its ops (await instead of blocking io). */
export function CoroutineEditor({ p, t: ti, c }: { p: number; t: number; c: number }) {
  const t = useT()
  const base = ['processes', p, 'threads', ti, 'coroutines', c]
  return (
    <>
      <section className="inspector-section">
        <TextField path={[...base, 'name']} label={t('field.name')} />
        <NumberField
          path={[...base, 'arrival']}
          label={t('coroutine.arrival')}
          placeholder="0"
          min={0}
        />
      </section>
      <OpsEditor path={[...base, 'ops']} context="coroutine" />
    </>
  )
}
