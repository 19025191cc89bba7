// What the page itself shows of the app state: theme, language, window title, the
// unsaved-changes prompt on leaving, and autosave.
import { useEffect } from 'react'
import { useStore } from 'zustand'
import { desktopApi } from '../desktop-api'
import { startAutosave } from '../files/autosave'
import { translate } from '../i18n/translate'
import { isDirty } from '../store/scenario-slice'
import { textErrorCount } from '../store/text-errors-slice'
import type { Services } from './services'

export function useDocumentEffects({ store, storage, session }: Services): void {
  const theme = useStore(store, (s) => s.theme)
  const language = useStore(store, (s) => s.language)
  const name = useStore(store, (s) => s.draft.name)
  const dirty = useStore(store, isDirty)
  const screen = useStore(store, (s) => s.screen)

  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)')
    const apply = () => {
      const resolved = theme === 'system' ? (media?.matches ? 'dark' : 'light') : theme
      document.documentElement.dataset.theme = resolved
      document.documentElement.style.colorScheme = resolved
    }
    apply()
    media?.addEventListener?.('change', apply)
    return () => media?.removeEventListener?.('change', apply)
  }, [theme])

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en'
    // The desktop window's native menus and dialogs speak it too.
    void desktopApi()?.setLanguage(language)
  }, [language])

  useEffect(() => {
    const app = translate(language, 'app.name')
    document.title = screen === 'workbench' ? `${name || '—'}${dirty ? ' *' : ''} — ${app}` : app
  }, [name, dirty, screen, language])

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const s = store.getState()
      // The start page may be showing, but the document behind it is still open.
      if (isDirty(s) || textErrorCount(s) > 0) {
        e.preventDefault()
        e.returnValue = translate(s.language, 'files.unsavedPrompt')
      }
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [store])

  useEffect(() => {
    const write = desktopApi()?.writeRecovery
    const recovery = write ? (record: string) => void write(record) : undefined
    return startAutosave(store, storage, { session, recovery })
  }, [store, storage, session])
}
