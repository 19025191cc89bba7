// The timeline's keyboard map (UX.md "Keyboard"): W/S zoom, A/D and arrows pan, 0 fits,
// Space plays or pauses, F10 steps, Escape clears the selection.
export type KeyAction =
  'zoomIn' | 'zoomOut' | 'panLeft' | 'panRight' | 'fit' | 'playPause' | 'step' | 'clear'

const KEYS: Record<string, KeyAction> = {
  w: 'zoomIn',
  W: 'zoomIn',
  '+': 'zoomIn',
  '=': 'zoomIn',
  s: 'zoomOut',
  S: 'zoomOut',
  '-': 'zoomOut',
  a: 'panLeft',
  A: 'panLeft',
  ArrowLeft: 'panLeft',
  d: 'panRight',
  D: 'panRight',
  ArrowRight: 'panRight',
  '0': 'fit',
  ' ': 'playPause',
  F10: 'step',
  Escape: 'clear'
}

export function keyAction(e: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}): KeyAction | null {
  // Leave shortcuts with modifiers (Ctrl+E, Cmd+S...) to the app.
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  return Object.hasOwn(KEYS, e.key) ? KEYS[e.key] : null
}

/** Zoom factor of one W/S press, and the fraction of the span one A/D press pans. */
export const ZOOM_STEP = 0.7
export const PAN_STEP = 0.15
