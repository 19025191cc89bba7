// The scenario slice: the document being edited. The only undoable part of the store.
import { formatPath, setAt, type Path } from '../scenario/paths'
import type { Draft } from '../scenario/draft'
import { newDocumentId } from '../files/document-id'
import type { Coalescer } from './history'
import type { SliceCreator } from './types'

/** Where the open document came from (decides what Save does and what the start page offers). */
export type DocumentSource = 'new' | 'preset' | 'file' | 'generated' | 'recovered'

export interface DocumentInfo {
  draft: Draft
  source: DocumentSource
  /** The file it was opened from or last saved to; null until saved. */
  fileName: string | null
  /** True when the document starts out with changes not saved anywhere (a recovered draft). */
  unsaved?: boolean
  /** The preset it was loaded from, whose lesson the inspector shows. */
  presetId?: string | null
  /** The autosaved draft it was restored from (whose record this document takes over). */
  recoveredFrom?: string | null
}

export interface ScenarioSlice {
  /** A fresh id for every document loaded: the key of its autosaved draft. */
  documentId: string
  recoveredFrom: string | null
  draft: Draft
  /** The draft as last loaded or saved; the document is dirty when `draft !== baseline`. */
  baseline: Draft | null
  source: DocumentSource
  fileName: string | null
  presetId: string | null
  /** Replaces the document (use the store's loadDocument(), which also clears undo history). */
  replaceDocument(doc: DocumentInfo): void
  /** One edit of the draft; edits with the same non-null key in quick succession form one undo step. */
  editDraft(recipe: (d: Draft) => Draft, key?: string | null): void
  setField(path: Path, value: unknown): void
  markSaved(fileName: string): void
}

export const createScenarioSlice =
  (initial: DocumentInfo, coalescer: Coalescer): SliceCreator<ScenarioSlice> =>
  (set, get) => ({
    documentId: newDocumentId(),
    recoveredFrom: initial.recoveredFrom ?? null,
    draft: initial.draft,
    baseline: initial.unsaved ? null : initial.draft,
    source: initial.source,
    fileName: initial.fileName,
    presetId: initial.presetId ?? null,
    replaceDocument(doc) {
      coalescer.reset()
      set({
        documentId: newDocumentId(),
        recoveredFrom: doc.recoveredFrom ?? null,
        draft: doc.draft,
        baseline: doc.unsaved ? null : doc.draft,
        source: doc.source,
        fileName: doc.fileName,
        presetId: doc.presetId ?? null
      })
    },
    editDraft(recipe, key = null) {
      const next = recipe(get().draft)
      if (next === get().draft) return
      coalescer.mark(key)
      set({ draft: next })
    },
    setField(path, value) {
      get().editDraft((d) => setAt(d, path, value), formatPath(path))
    },
    markSaved(fileName) {
      set({ baseline: get().draft, fileName, source: 'file' })
    }
  })

export function isDirty(s: Pick<ScenarioSlice, 'draft' | 'baseline'>): boolean {
  return s.draft !== s.baseline
}
