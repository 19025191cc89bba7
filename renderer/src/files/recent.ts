// Recently opened or saved scenarios. A web page cannot reopen a path on disk, so the list keeps
// a copy of each file's text (scenarios are small); the desktop app uses the same list.
export interface RecentFile {
  name: string
  text: string
  /** ms since the epoch */
  at: number
}

const KEY = 'schedlab.recent.v1'
const MAX_ENTRIES = 8
const MAX_TEXT = 512 * 1024

export function loadRecent(storage: Storage | null): RecentFile[] {
  try {
    const v: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]')
    if (!Array.isArray(v)) return []
    return v.filter(
      (r): r is RecentFile =>
        r !== null &&
        typeof r === 'object' &&
        typeof (r as RecentFile).name === 'string' &&
        typeof (r as RecentFile).text === 'string' &&
        typeof (r as RecentFile).at === 'number'
    )
  } catch {
    return []
  }
}

export function addRecent(storage: Storage | null, file: RecentFile): RecentFile[] {
  const list = [file, ...loadRecent(storage).filter((r) => r.name !== file.name)].slice(
    0,
    MAX_ENTRIES
  )
  try {
    if (file.text.length <= MAX_TEXT) storage?.setItem(KEY, JSON.stringify(list))
  } catch {
    // Storage full: the recent list is a convenience, never worth an error.
  }
  return list
}

export function clearRecent(storage: Storage | null): void {
  try {
    storage?.removeItem(KEY)
  } catch {
    // ignore
  }
}
