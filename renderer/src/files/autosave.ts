// Autosave: each document open in a tab (or the desktop window) goes to localStorage under its
// own key shortly after every change, so a crash, a reload or a second tab loses nothing; the
// start page lists what was kept. One shared slot let a second tab's New scenario replace the
// first tab's unsaved work (issue 11).
import { hasDraftShape, type Draft } from '../scenario/draft'
import type { AppStore } from '../store/store'
import { isDirty } from '../store/scenario-slice'
import { newDocumentId } from './document-id'

const PREFIX = 'schedlab.draft.v2.'
/** The one slot of earlier versions; read once and moved to a record of its own. */
export const LEGACY_KEY = 'schedlab.autosave.v1'
/** In sessionStorage (one per tab): the document this tab last autosaved. */
const TAB_DOCUMENT_KEY = 'schedlab.tab.document'
export const AUTOSAVE_DELAY_MS = 800
/** Drafts kept: the newest, the rest are dropped when another is written. */
export const MAX_DRAFTS = 10
/** A draft larger than this (in UTF-16 units, as localStorage counts) is not autosaved. */
export const MAX_DRAFT_CHARS = 2_000_000

export interface AutosaveRecord {
  /** The document's id (the store's documentId). */
  id: string
  draft: Draft
  fileName: string | null
  /** True when the draft had changes not saved to a file. */
  unsaved: boolean
  /** ms since the epoch */
  at: number
}

function parseRecord(raw: string | null, id: string): AutosaveRecord | null {
  try {
    if (!raw) return null
    const v = JSON.parse(raw) as Partial<AutosaveRecord>
    if (!hasDraftShape(v.draft)) return null
    return {
      id,
      draft: v.draft,
      fileName: typeof v.fileName === 'string' ? v.fileName : null,
      unsaved: v.unsaved === true,
      at: typeof v.at === 'number' ? v.at : 0
    }
  } catch {
    return null
  }
}

function keys(storage: Storage): string[] {
  const out: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i)
    if (k?.startsWith(PREFIX)) out.push(k)
  }
  return out
}

/** Moves the single slot of earlier versions into a record of its own (once). */
function migrateLegacy(storage: Storage): void {
  const legacy = parseRecord(storage.getItem(LEGACY_KEY), newDocumentId())
  storage.removeItem(LEGACY_KEY)
  if (legacy) writeAutosave(storage, legacy)
}

/** Every kept draft, newest first. */
export function listAutosaves(storage: Storage | null): AutosaveRecord[] {
  try {
    if (!storage) return []
    if (storage.getItem(LEGACY_KEY) !== null) migrateLegacy(storage)
    return keys(storage)
      .map((k) => parseRecord(storage.getItem(k), k.slice(PREFIX.length)))
      .filter((r): r is AutosaveRecord => r !== null)
      .sort((a, b) => b.at - a.at)
  } catch {
    return []
  }
}

export function removeAutosave(storage: Storage | null, id: string): void {
  try {
    storage?.removeItem(PREFIX + id)
  } catch {
    // ignore
  }
}

/**
 * Writes one document's draft, keeping at most MAX_DRAFTS: the oldest others go first, also when
 * the storage is full. Each document has its own key, so tabs never write over each other.
 */
export function writeAutosave(storage: Storage | null, record: AutosaveRecord): boolean {
  if (!storage) return false
  const { id, ...rest } = record
  const text = JSON.stringify(rest)
  if (text.length > MAX_DRAFT_CHARS) return false
  try {
    const others = keys(storage)
      .filter((k) => k !== PREFIX + id)
      .map((k) => ({ k, at: parseRecord(storage.getItem(k), '')?.at ?? 0 }))
      .sort((a, b) => a.at - b.at)
    const dropOldest = (): boolean => {
      const oldest = others.shift()
      if (oldest) storage.removeItem(oldest.k)
      return oldest !== undefined
    }
    while (others.length > MAX_DRAFTS - 1) dropOldest()
    for (;;) {
      try {
        storage.setItem(PREFIX + id, text)
        return true
      } catch {
        // Full: make room by dropping the oldest other draft, while there is one left.
        if (!dropOldest()) return false
      }
    }
  } catch {
    return false
  }
}

/** The document this tab last autosaved (a reload shows it first on the start page). */
export function lastTabDocument(session: Storage | null): string | null {
  try {
    return session?.getItem(TAB_DOCUMENT_KEY) ?? null
  } catch {
    return null
  }
}

export interface AutosaveOptions {
  delay?: number
  /** This tab's sessionStorage (null: none). */
  session?: Storage | null
  /**
   * The desktop app also keeps each record (JSON) in its userData folder, where a crash cannot
   * lose it and the next start offers it back (main/files/recovery.ts).
   */
  recovery?: (record: string) => void
}

/** A record handed back by the desktop app after a crash (what `recovery` was given). */
export function parseRecoveredRecord(text: string): AutosaveRecord | null {
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id
    return parseRecord(text, typeof id === 'string' && id ? id : newDocumentId())
  } catch {
    return null
  }
}

/**
 * Autosaves the store's document (debounced) once it has been in the editor; returns a stop
 * function that flushes a pending save. A document the tab replaces loses its draft: it was
 * saved, or the user agreed to discard it. A recovered document takes over its draft.
 */
export function startAutosave(
  store: AppStore,
  storage: Storage | null,
  options: AutosaveOptions = {}
): () => void {
  const delay = options.delay ?? AUTOSAVE_DELAY_MS
  let timer: ReturnType<typeof setTimeout> | null = null
  let retired: string[] = []
  const flush = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    const s = store.getState()
    // The first document of a tab is a placeholder behind the start page until it is shown.
    if (s.screen === 'workbench' || s.canReturn) {
      const record = {
        id: s.documentId,
        draft: s.draft,
        fileName: s.fileName,
        unsaved: isDirty(s),
        at: Date.now()
      }
      options.recovery?.(JSON.stringify(record))
      if (writeAutosave(storage, record)) {
        try {
          options.session?.setItem(TAB_DOCUMENT_KEY, s.documentId)
        } catch {
          // ignore
        }
      }
    }
    for (const id of retired) if (id !== s.documentId) removeAutosave(storage, id)
    retired = []
  }
  const schedule = (ms: number) => {
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(flush, ms)
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.documentId !== prev.documentId) {
      retired.push(prev.documentId)
      if (s.recoveredFrom) retired.push(s.recoveredFrom)
      // After loadDocument has finished (it shows the editor in a second step).
      schedule(0)
      return
    }
    if (s.draft === prev.draft && s.baseline === prev.baseline && s.screen === prev.screen) return
    schedule(delay)
  })
  const onHide = () => flush()
  // A closing tab saves what is pending (no window in the unit tests).
  const win = typeof window === 'undefined' ? null : window
  win?.addEventListener('pagehide', onHide)
  return () => {
    unsubscribe()
    win?.removeEventListener('pagehide', onHide)
    flush()
  }
}
