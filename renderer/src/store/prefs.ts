// View preferences (theme, language, panel layout) survive a restart; they are not part of the
// scenario and never enter undo history.
import { isLanguage, languageFromLocale } from '../i18n/language'
import { DEFAULT_LAYOUT, type Layout, type Prefs, type Theme } from './view-slice'

const KEY = 'schedlab.prefs.v1'

export function loadPrefs(storage: Storage | null, locale: string | undefined): Prefs {
  const fallback: Prefs = {
    theme: 'system',
    language: languageFromLocale(locale),
    layout: DEFAULT_LAYOUT
  }
  try {
    const raw = storage?.getItem(KEY)
    if (!raw) return fallback
    const v = JSON.parse(raw) as Partial<Record<keyof Prefs, unknown>>
    const theme: Theme =
      v.theme === 'light' || v.theme === 'dark' || v.theme === 'system' ? v.theme : fallback.theme
    const layout = (v.layout && typeof v.layout === 'object' ? v.layout : {}) as Partial<Layout>
    const num = (x: unknown, d: number) =>
      typeof x === 'number' && Number.isFinite(x) ? Math.min(900, Math.max(160, x)) : d
    return {
      theme,
      language: isLanguage(v.language) ? v.language : fallback.language,
      layout: {
        treeWidth: num(layout.treeWidth, DEFAULT_LAYOUT.treeWidth),
        inspectorWidth: num(layout.inspectorWidth, DEFAULT_LAYOUT.inspectorWidth),
        showTree: layout.showTree !== false,
        showInspector: layout.showInspector !== false
      }
    }
  } catch {
    return fallback
  }
}

export function savePrefs(storage: Storage | null, prefs: Prefs): void {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs))
  } catch {
    // A full or disabled storage only costs the remembered layout.
  }
}
