// Every document loaded gets an id: the key of its autosaved draft (autosave.ts).

/** A fresh id, unique across tabs, so their drafts never share a key. */
export function newDocumentId(): string {
  const c = globalThis.crypto as Crypto | undefined
  if (c?.randomUUID) return c.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
