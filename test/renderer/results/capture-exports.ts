// A desktop API whose saveExport records what the results pane writes, installed around each
// test of the file that calls this at its top level.
import { afterEach, beforeEach, vi } from 'vitest'
import type { DesktopApi } from '../../../main/ipc/contract'

export interface SavedExport {
  name: string
  data: string | Uint8Array
}

/** The list fills as the pane exports; it is emptied before each test. */
export function captureExports(): SavedExport[] {
  const saved: SavedExport[] = []
  beforeEach(() => {
    saved.length = 0
    const api: Pick<DesktopApi, 'saveExport'> = {
      saveExport: vi.fn(async (name: string, data: string | Uint8Array) => {
        saved.push({ name, data })
        return { ok: true as const, value: `/tmp/${name}` }
      })
    }
    window.schedlab = api as DesktopApi
  })
  afterEach(() => {
    delete window.schedlab
  })
  return saved
}
