// Buttons for the timeline: zoom, fit, playback and the thread-lane switch. It stays on one row:
// in a narrow centre panel (a 1024 px window) the buttons show glyphs only, keeping their words
// as their names and tooltips, so the toolbar never takes a second row from the timeline.
import { useTranslate } from '../../i18n/context'
import { Icon, type IconName } from '../../components/Icon'
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

interface ToolProps {
  glyph: IconName
  label: string
  hint: string
  onClick(): void
  pressed?: boolean
}

function Tool({ glyph, label, hint, onClick, pressed }: ToolProps) {
  return (
    <button type="button" className="sl-tool" onClick={onClick} title={hint} aria-pressed={pressed}>
      <Icon name={glyph} className="sl-glyph" />
      <span className="sl-tool-text">{label}</span>
    </button>
  )
}

export function TimelineToolbar(p: TimelineToolbarProps) {
  const t = useTranslate()
  const lanes = t('tl.threadLanes', { count: p.threadCount })
  return (
    <div className="sl-toolbar" role="toolbar" aria-label={t('tl.controls')}>
      <Tool
        glyph="zoomIn"
        label={t('tl.zoomIn')}
        hint={t('tl.zoomInHint')}
        onClick={() => p.onZoom(0.5)}
      />
      <Tool
        glyph="zoomOut"
        label={t('tl.zoomOut')}
        hint={t('tl.zoomOutHint')}
        onClick={() => p.onZoom(2)}
      />
      <Tool glyph="fit" label={t('tl.fit')} hint={t('tl.fitHint')} onClick={p.onFit} />
      <span className="sl-sep" aria-hidden="true" />
      <Tool glyph="step" label={t('tl.step')} hint={t('tl.stepHint')} onClick={p.onStep} />
      <Tool
        glyph="play"
        label={t('tl.play')}
        hint={t('tl.playHint')}
        onClick={p.onPlay}
        pressed={p.playing}
      />
      {/* Pause stays enabled (a no-op when stopped) so it never traps keyboard focus. */}
      <Tool glyph="pause" label={t('tl.pause')} hint={t('tl.pauseHint')} onClick={p.onPause} />
      <label className="sl-check" title={t('tl.speed')}>
        <span className="sl-tool-text">{t('tl.speed')}</span>
        <select value={p.speed} onChange={(e) => p.onSpeed(Number(e.target.value))}>
          {PLAY_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <span className="sl-sep" aria-hidden="true" />
      {/* A narrow toolbar drops the count from sight (it stays in the name and the tooltip);
          past that the words end in an ellipsis rather than wrap the row. */}
      <label className="sl-check sl-lanes" title={lanes}>
        <input
          type="checkbox"
          aria-label={lanes}
          checked={p.showThreads}
          onChange={(e) => p.onShowThreads(e.target.checked)}
        />
        <span className="sl-lanes-text sl-lanes-full" aria-hidden="true">
          {lanes}
        </span>
        <span className="sl-lanes-text sl-lanes-short" aria-hidden="true">
          {t('tl.threadLanesShort')}
        </span>
      </label>
    </div>
  )
}
