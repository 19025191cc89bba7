// A running simulation: how far it has got, and the way out.
export interface RunProgressProps {
  progress: number
  onCancel(): void
  label?: string
}

export function RunProgress({
  progress,
  onCancel,
  label = 'Simulation progress'
}: RunProgressProps) {
  const pct = Math.round(Math.max(0, Math.min(1, progress)) * 100)
  return (
    <div className="sl-progress" role="status">
      <progress max={100} value={pct} aria-label={label} />
      <span className="sl-progress-text">
        {label === 'Simulation progress' ? 'Running…' : label} {pct} %
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
