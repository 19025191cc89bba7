// Autosave: the current draft goes to localStorage shortly after every change, so a crash or a
// reload loses nothing; the start page offers it back. Works the same in the desktop window.
import { hasDraftShape, type Draft } from '../scenario/draft'
import type { AppStore } from '../store/store'
import { isDirty } from '../store/scenario-slice'

const KEY = 'schedlab.autosave.v1'
export const AUTOSAVE_DELAY_MS = 800

export interface AutosaveRecord {
  draft: Draft
  fileName: string | null
  /** True when the draft had changes not saved to a file. */
  unsaved: boolean
  at: number
}

export function readAutosave(storage: Storage | null): AutosaveRecord | null {
  try {
    const raw = storage?.getItem(KEY)
    if (!raw) return null
    const v = JSON.parse(raw) as Partial<AutosaveRecord>
    if (!hasDraftShape(v.draft)) return null
    return {
      draft: v.draft,
      fileName: typeof v.fileName === 'string' ? v.fileName : null,
      unsaved: v.unsaved === true,
      at: typeof v.at === 'number' ? v.at : 0
    }
  } catch {
    return null
  }
}

export function clearAutosave(storage: Storage | null): void {
  try {
    storage?.removeItem(KEY)
  } catch {
    // ignore
  }
}

function write(storage: Storage | null, record: AutosaveRecord): void {
  try {
    storage?.setItem(KEY, JSON.stringify(record))
  } catch {
    // Storage full or disabled: nothing else to do from a web page.
  }
}

/**
 * Starts autosaving the store's draft (debounced) while the editor is showing; returns a stop
 * function that flushes a pending save. The start page does not autosave, so the offer to
 * recover is not overwritten before the user answers it.
 */
export function startAutosave(
  store: AppStore,
  storage: Storage | null,
  delay = AUTOSAVE_DELAY_MS
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    const s = store.getState()
    if (s.screen !== 'workbench') return
    write(storage, { draft: s.draft, fileName: s.fileName, unsaved: isDirty(s), at: Date.now() })
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.screen !== 'workbench') return
    if (s.draft === prev.draft && s.baseline === prev.baseline && s.screen === prev.screen) return
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(flush, delay)
  })
  const onHide = () => flush()
  window.addEventListener('pagehide', onHide)
  return () => {
    unsubscribe()
    window.removeEventListener('pagehide', onHide)
    flush()
  }
}
