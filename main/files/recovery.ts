// The desktop app's crash recovery (SECURITY.md "Autosave"): the page's autosave record is also
// written to userData/recovery/, one file per window. A window that closes, or a clean quit,
// removes its file; a file still there at the next start means the app did not close properly,
// and its unsaved document is offered back.
import { rmSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { LIMITS } from '../../sim-core/scenario/limits'
import { atomicWrite } from './atomic-write'

export const RECOVERY_FOLDER = 'recovery'

export interface RecoveryStore {
  readonly folder: string
  write(windowId: number, record: string): Promise<void>
  /** Synchronous: called while a window closes or the app quits. */
  remove(windowId: number): void
  clear(): void
  /** The unsaved records a crashed session left, oldest first; their files are removed. */
  takeCrashed(): Promise<string[]>
}

/** A record worth offering: the page's autosave JSON with a draft that had unsaved changes. */
export function isUnsavedRecord(text: string): boolean {
  try {
    const v = JSON.parse(text) as { draft?: unknown; unsaved?: unknown }
    return v.unsaved === true && v.draft !== null && typeof v.draft === 'object'
  } catch {
    return false
  }
}

export function recoveryStore(userData: string): RecoveryStore {
  const folder = join(userData, RECOVERY_FOLDER)
  const fileOf = (windowId: number) => join(folder, `window-${windowId}.json`)
  // An autosave still being written when its window closes (or the app quits) would land after
  // the removal and be offered back at the next start as a crash: once a window's record is
  // removed, its writes are dropped, and one that was in flight is removed when it lands.
  // (Window ids are never reused within a session.)
  const removed = new Set<number>()
  let cleared = false
  const gone = (windowId: number) => cleared || removed.has(windowId)
  return {
    folder,
    async write(windowId, record) {
      if (gone(windowId)) return
      try {
        await mkdir(folder, { recursive: true, mode: 0o700 })
        await atomicWrite(fileOf(windowId), record)
      } catch (e) {
        // The removal may have raced the write (the folder gone under it): nothing is wanted.
        if (gone(windowId)) return
        throw e
      }
      if (gone(windowId)) rmSync(fileOf(windowId), { force: true })
    },
    remove(windowId) {
      removed.add(windowId)
      rmSync(fileOf(windowId), { force: true })
    },
    clear() {
      cleared = true
      rmSync(folder, { recursive: true, force: true })
    },
    async takeCrashed() {
      const names = await readdir(folder).catch(() => [] as string[])
      const found: { at: number; text: string }[] = []
      for (const name of names.filter((n) => /^window-\d+\.json$/.test(n))) {
        const file = join(folder, name)
        try {
          const info = await stat(file)
          if (info.isFile() && info.size <= LIMITS.maxFileBytes) {
            const text = await readFile(file, 'utf8')
            if (isUnsavedRecord(text)) found.push({ at: info.mtimeMs, text })
          }
        } catch {
          // Unreadable: nothing to offer from it.
        }
        // Never a reason to fail: the first window opens only once this returns. (A folder or
        // an undeletable file under a record's name stays; it is skipped again next time.)
        await rm(file, { force: true }).catch(() => undefined)
      }
      return found.sort((a, b) => a.at - b.at).map((f) => f.text)
    }
  }
}
