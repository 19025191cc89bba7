// What the page tells main about itself: its language, so the native menus and dialogs match it.
import { z } from 'zod'
import { LANGUAGES, type Language } from './contract'
import type { Handlers } from './register'

export interface AppDeps {
  setLanguage(language: Language): void
}

export function appHandlers(deps: AppDeps): Pick<Handlers, 'app:set-language'> {
  return {
    'app:set-language': {
      args: z.tuple([z.enum(LANGUAGES)]),
      async handle(_event, language) {
        deps.setLanguage(language)
        return { ok: true, value: null }
      }
    }
  }
}
