import './presets.css'
import { PRESETS } from '../../../presets/presets'
import { useT } from '../../app/hooks'
import { PresetCard } from './PresetCard'

/** The gallery grid, on the start page and in the Presets dialog. */
export function PresetCards({ onPicked }: { onPicked?: () => void }) {
  const t = useT()
  return (
    <ul className="preset-grid" aria-label={t('start.presets')}>
      {PRESETS.map((p) => (
        <PresetCard key={p.id} preset={p} onPicked={onPicked} />
      ))}
    </ul>
  )
}
