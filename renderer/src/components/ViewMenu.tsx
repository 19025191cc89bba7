import { useApp, useT } from '../app/hooks'
import { Popover } from './Popover'
import { LANGUAGES, type Language } from '../i18n/language'
import type { Theme } from '../store/view-slice'

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: '简体中文' }
const THEMES: readonly Theme[] = ['light', 'dark', 'system']

interface ViewMenuProps {
  /** Offer the panel switches (the workbench has panels; the start page does not). */
  panels?: boolean
  /** Show only the icon (the accessible name stays). */
  iconOnly?: boolean
}

/** Theme, language and which panels show. */
export function ViewMenu({ panels = true, iconOnly = false }: ViewMenuProps) {
  const t = useT()
  const theme = useApp((s) => s.theme)
  const language = useApp((s) => s.language)
  const layout = useApp((s) => s.layout)
  const setTheme = useApp((s) => s.setTheme)
  const setLanguage = useApp((s) => s.setLanguage)
  const setLayout = useApp((s) => s.setLayout)
  return (
    <Popover label={t('toolbar.view')} icon="view" iconOnly={iconOnly} align="right">
      {() => (
        <>
          <fieldset>
            <legend>{t('view.theme')}</legend>
            {THEMES.map((th) => (
              <label key={th} className="radio">
                <input
                  type="radio"
                  name="theme"
                  value={th}
                  checked={theme === th}
                  onChange={() => setTheme(th)}
                />
                {t(`view.theme.${th}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('view.language')}</legend>
            {LANGUAGES.map((l) => (
              <label key={l} className="radio" lang={l}>
                <input
                  type="radio"
                  name="language"
                  value={l}
                  checked={language === l}
                  onChange={() => setLanguage(l)}
                />
                {LANGUAGE_NAMES[l]}
              </label>
            ))}
          </fieldset>
          {panels && (
            <fieldset>
              <legend>{t('view.panels')}</legend>
              <label className="radio">
                <input
                  type="checkbox"
                  checked={layout.showTree}
                  onChange={(e) => setLayout({ showTree: e.target.checked })}
                />
                {t('view.showTree')}
              </label>
              <label className="radio">
                <input
                  type="checkbox"
                  checked={layout.showInspector}
                  onChange={(e) => setLayout({ showInspector: e.target.checked })}
                />
                {t('view.showInspector')}
              </label>
            </fieldset>
          )}
        </>
      )}
    </Popover>
  )
}
