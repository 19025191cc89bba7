// Buttons for the timeline: zoom, fit, playback and the thread-lane switch.
import { useTranslate } from '../../i18n/context'
import { PLAY_SPEEDS } from './use-playback'

export interface TimelineToolbarProps {
  playing: boolean
  speed: number
  onSpeed(speed: number): void
  showThreads: boolean
  threadCount: number
  onZoom(factor: number): void
  onFit(): void
  onStep(): void
  onPlay(): void
  onPause(): void
  onShowThreads(on: boolean): void
}

export function TimelineToolbar(p: TimelineToolbarProps) {
  const t = useTranslate()
  return (
    <div className="sl-toolbar" role="toolbar" aria-label={t('tl.controls')}>
      <button type="button" onClick={() => p.onZoom(0.5)} title={t('tl.zoomInHint')}>
        {t('tl.zoomIn')}
      </button>
      <button type="button" onClick={() => p.onZoom(2)} title={t('tl.zoomOutHint')}>
        {t('tl.zoomOut')}
      </button>
      <button type="button" onClick={p.onFit} title={t('tl.fitHint')}>
        {t('tl.fit')}
      </button>
      <span className="sl-sep" aria-hidden="true" />
      <button type="button" onClick={p.onStep} title={t('tl.stepHint')}>
        {t('tl.step')}
      </button>
      <button type="button" onClick={p.onPlay} aria-pressed={p.playing} title={t('tl.playHint')}>
        {t('tl.play')}
      </button>
      {/* Pause stays enabled (a no-op when stopped) so it never traps keyboard focus. */}
      <button type="button" onClick={p.onPause} title={t('tl.pauseHint')}>
        {t('tl.pause')}
      </button>
      <label className="sl-check">
        {t('tl.speed')}
        <select value={p.speed} onChange={(e) => p.onSpeed(Number(e.target.value))}>
          {PLAY_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <span className="sl-sep" aria-hidden="true" />
      <label className="sl-check">
        <input
          type="checkbox"
          checked={p.showThreads}
          onChange={(e) => p.onShowThreads(e.target.checked)}
        />
        {t('tl.threadLanes', { count: p.threadCount })}
      </label>
    </div>
  )
}
