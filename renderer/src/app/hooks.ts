// Hooks every component uses to read the store, its undo history and translations.
import { useCallback } from 'react'
import { useStore } from 'zustand'
import { translate, type MessageKey, type Params, type Translate } from '../i18n/translate'
import type { AppState } from '../store/types'
import { validateDraft, type Validation } from '../store/validation'
import { useServices } from './services'

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useServices().store, selector)
}

export function useHistory(): { canUndo: boolean; canRedo: boolean } {
  const { store } = useServices()
  const canUndo = useStore(store.temporal, (s) => s.pastStates.length > 0)
  const canRedo = useStore(store.temporal, (s) => s.futureStates.length > 0)
  return { canUndo, canRedo }
}

export function useT(): Translate {
  const language = useApp((s) => s.language)
  return useCallback(
    (key: MessageKey, params?: Params) => translate(language, key, params),
    [language]
  )
}

export function useValidation(): Validation {
  return validateDraft(useApp((s) => s.draft))
}
