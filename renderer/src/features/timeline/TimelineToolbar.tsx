// Buttons for the timeline: zoom, fit, playback and the thread-lane switch.
export interface TimelineToolbarProps {
  playing: boolean
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
  return (
    <div className="sl-toolbar" role="toolbar" aria-label="Timeline controls">
      <button type="button" onClick={() => p.onZoom(0.5)} title="Zoom in (W, wheel)">
        Zoom in
      </button>
      <button type="button" onClick={() => p.onZoom(2)} title="Zoom out (S, wheel)">
        Zoom out
      </button>
      <button type="button" onClick={p.onFit} title="Show the whole run (0)">
        Fit
      </button>
      <span className="sl-sep" aria-hidden="true" />
      <button type="button" onClick={p.onStep} title="Move the cursor to the next event (F10)">
        Step
      </button>
      <button type="button" onClick={p.onPlay} aria-pressed={p.playing} title="Play (Space)">
        Play
      </button>
      {/* Pause stays enabled (a no-op when stopped) so it never traps keyboard focus. */}
      <button type="button" onClick={p.onPause} title="Pause (Space)">
        Pause
      </button>
      <span className="sl-sep" aria-hidden="true" />
      <label className="sl-check">
        <input
          type="checkbox"
          checked={p.showThreads}
          onChange={(e) => p.onShowThreads(e.target.checked)}
        />
        Thread lanes ({p.threadCount})
      </label>
    </div>
  )
}
