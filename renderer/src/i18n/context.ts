// The language for parts of the UI that must also work outside the app's store: the results
// pane is mounted by the shell (which passes the store's language) and, alone, by component
// tests (English by default).
import { createContext, useContext, useMemo } from 'react'
import type { Language } from './language'
import { translator, type Translate } from './translate'

export const LanguageContext = createContext<Language>('en')

export function useLanguage(): Language {
  return useContext(LanguageContext)
}

/** translate() bound to the language in context; stable while the language is. */
export function useTranslate(): Translate {
  const language = useLanguage()
  return useMemo(() => translator(language), [language])
}
