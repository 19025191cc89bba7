// Theme colours as concrete values. The stylesheet maps the app's --fg/--bg variables (with
// fallbacks) to --sl-*; canvas and SVG exports need real colours, so we read them back here.
export interface ThemeColors {
  fg: string
  bg: string
  muted: string
  grid: string
  border: string
  panel: string
  accent: string
  font: string
}

export const LIGHT: ThemeColors = {
  fg: '#1f2328',
  bg: '#ffffff',
  muted: '#57606a',
  grid: '#e4e7eb',
  border: '#d0d7de',
  panel: '#f6f8fa',
  accent: '#0072B2',
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif'
}

export const DARK: ThemeColors = {
  ...LIGHT,
  fg: '#e6edf3',
  bg: '#0d1117',
  muted: '#9198a1',
  grid: '#30363d',
  border: '#3d444d',
  panel: '#151b23',
  accent: '#56B4E9'
}

const VARS: Record<keyof ThemeColors, string> = {
  fg: '--sl-fg',
  bg: '--sl-bg',
  muted: '--sl-muted',
  grid: '--sl-grid',
  border: '--sl-border',
  panel: '--sl-panel',
  accent: '--sl-accent',
  font: '--sl-font'
}

/** The theme in effect at `el` (falls back to the light theme where CSS is not computed, e.g. jsdom). */
export function readTheme(el: Element | null): ThemeColors {
  if (!el || typeof getComputedStyle === 'undefined') return LIGHT
  const style = getComputedStyle(el)
  const out = { ...LIGHT }
  for (const key of Object.keys(VARS) as (keyof ThemeColors)[]) {
    const v = style.getPropertyValue(VARS[key]).trim()
    if (v && !v.startsWith('var(')) out[key] = v
  }
  return out
}
