// Autosave keeps one draft per document (issue 11: one shared slot let a second tab's New
// scenario replace the first tab's unsaved work).
import { describe, expect, it } from 'vitest'
import {
  LEGACY_KEY,
  listAutosaves,
  MAX_DRAFTS,
  MAX_DRAFT_CHARS,
  startAutosave,
  writeAutosave,
  type AutosaveRecord
} from '../../renderer/src/files/autosave'
import { blankScenario } from '../../renderer/src/scenario/blank'
import { MemoryStorage, sampleDraft, testStore } from './helpers'

const settle = () => new Promise((r) => setTimeout(r, 30))
const names = (storage: Storage) => listAutosaves(storage).map((r) => r.draft.name)

/** A tab: its own store, autosaving into the storage every tab of the browser shares. */
function tab(storage: Storage, session = new MemoryStorage()) {
  const { store } = testStore()
  const stop = startAutosave(store, storage, { delay: 5, session })
  return { store, stop, session }
}

function record(id: string, at: number, name = id): AutosaveRecord {
  return { id, draft: { ...sampleDraft(), name }, fileName: null, unsaved: true, at }
}

/** localStorage with a quota: setItem throws when the total text would pass `max`. */
class SmallStorage extends MemoryStorage {
  constructor(private readonly max: number) {
    super()
  }
  override setItem(key: string, value: string): void {
    let total = value.length
    for (let i = 0; i < this.length; i++) {
      const k = this.key(i) as string
      if (k !== key) total += (this.getItem(k) ?? '').length
    }
    if (total > this.max) throw new DOMException('full', 'QuotaExceededError')
    super.setItem(key, value)
  }
}

describe('autosave, one draft per document and tab', () => {
  it('keeps the first tab’s work when a second tab starts a new scenario', async () => {
    const storage = new MemoryStorage()
    const a = tab(storage)
    const b = tab(storage)
    a.store.getState().setField(['name'], 'tab A work')
    await settle()
    b.store.loadDocument({ draft: blankScenario('New scenario'), source: 'new', fileName: null })
    b.store.getState().setField(['name'], 'tab B work')
    await settle()
    expect(names(storage).sort()).toEqual(['tab A work', 'tab B work'])
    const aRecord = listAutosaves(storage).find((r) => r.draft.name === 'tab A work')
    expect(aRecord).toMatchObject({ id: a.store.getState().documentId, unsaved: true })
    expect(aRecord?.draft.processes).toEqual(sampleDraft().processes)
    // Each tab remembers its own document (a reload lists it first).
    expect(a.session.getItem('schedlab.tab.document')).toBe(a.store.getState().documentId)
    expect(b.session.getItem('schedlab.tab.document')).toBe(b.store.getState().documentId)
    a.stop()
    b.stop()
  })

  it('drops the draft of a document the tab replaces, and a restored draft is taken over', async () => {
    const storage = new MemoryStorage()
    const a = tab(storage)
    a.store.getState().setField(['name'], 'first')
    await settle()
    // New scenario (after "Discard changes"): the first document's draft goes.
    a.store.loadDocument({ draft: blankScenario('second'), source: 'new', fileName: null })
    await settle()
    expect(names(storage)).toEqual(['second'])

    // A reload: a fresh store; restoring the draft moves it to the new document, no copy.
    a.stop()
    const reloaded = tab(storage)
    const [kept] = listAutosaves(storage)
    reloaded.store.loadDocument({
      draft: kept.draft,
      source: 'recovered',
      fileName: kept.fileName,
      unsaved: kept.unsaved,
      recoveredFrom: kept.id
    })
    await settle()
    const after = listAutosaves(storage)
    expect(after.map((r) => [r.id, r.draft.name])).toEqual([
      [reloaded.store.getState().documentId, 'second']
    ])
    reloaded.stop()
  })

  it('keeps the newest drafts only, and none too large to store', () => {
    const storage = new MemoryStorage()
    for (let i = 1; i <= MAX_DRAFTS + 2; i++) writeAutosave(storage, record(`d${i}`, i))
    const ids = listAutosaves(storage).map((r) => r.id)
    expect(ids).toHaveLength(MAX_DRAFTS)
    // Newest first: d12 … d3; d1 and d2 were dropped.
    expect(ids[0]).toBe(`d${MAX_DRAFTS + 2}`)
    expect(ids).not.toContain('d1')
    expect(ids).not.toContain('d2')
    const huge = record('huge', 99, 'x'.repeat(MAX_DRAFT_CHARS))
    expect(writeAutosave(storage, huge)).toBe(false)
    expect(listAutosaves(storage).map((r) => r.id)).not.toContain('huge')
  })

  it('makes room in a full storage by dropping the oldest other drafts', () => {
    const one = JSON.stringify(record('x', 1)).length
    // Room for about three drafts.
    const storage = new SmallStorage(one * 3 + one / 2)
    for (let i = 1; i <= 3; i++) expect(writeAutosave(storage, record(`d${i}`, i))).toBe(true)
    expect(writeAutosave(storage, record('d4', 4))).toBe(true)
    expect(listAutosaves(storage).map((r) => r.id)).toEqual(['d4', 'd3', 'd2'])
  })

  it('moves the single slot of earlier versions into the list, once', () => {
    const storage = new MemoryStorage()
    storage.setItem(
      LEGACY_KEY,
      JSON.stringify({ draft: { ...sampleDraft(), name: 'old slot' }, fileName: 'a.json', at: 7 })
    )
    const [migrated, ...rest] = listAutosaves(storage)
    expect(rest).toEqual([])
    expect(migrated).toMatchObject({ fileName: 'a.json', unsaved: false, at: 7 })
    expect(migrated.draft.name).toBe('old slot')
    expect(storage.getItem(LEGACY_KEY)).toBeNull()
    expect(listAutosaves(storage)).toEqual([migrated])
    // Something that is not a draft is not offered.
    storage.setItem(LEGACY_KEY, JSON.stringify({ draft: { processes: 1 } }))
    expect(listAutosaves(storage)).toEqual([migrated])
  })
})
