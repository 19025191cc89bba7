// A running simulation: how far it has got, and the way out.
import { useTranslate } from '../i18n/context'

export interface RunProgressProps {
  progress: number
  onCancel(): void
  /** What is running ("Comparing rr q=3"); by default the simulation itself. */
  label?: string
}

export function RunProgress({ progress, onCancel, label }: RunProgressProps) {
  const t = useTranslate()
  const pct = Math.round(Math.max(0, Math.min(1, progress)) * 100)
  return (
    <div className="sl-progress" role="status">
      <progress max={100} value={pct} aria-label={label ?? t('res.progress')} />
      <span className="sl-progress-text">
        {label ? `${label} ${pct} %` : t('res.progressText', { percent: pct })}
      </span>
      <button type="button" onClick={onCancel}>
        {t('res.cancel')}
      </button>
    </div>
  )
}
