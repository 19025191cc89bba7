// A desktop API whose saveExport records what the results pane writes, installed around each
// test of the file that calls this at its top level.
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect, vi } from 'vitest'
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

/**
 * Export through the Export menu's `item` and wait until the export has finished as a user
 * sees it: the file saved and the menu closed again. The menu closes a tick after the save
 * resolves; waiting only for the save let the next click on Export land while the menu was
 * still open, which closed it instead (a race CI hit under load).
 */
export async function exportVia(
  saved: readonly SavedExport[],
  item: string,
  timeout = 5000
): Promise<SavedExport> {
  const before = saved.length
  fireEvent.click(screen.getByRole('button', { name: 'Export' }))
  fireEvent.click(screen.getByRole('menuitem', { name: item }))
  await waitFor(
    () => {
      expect(saved.length).toBe(before + 1)
      expect(screen.queryByRole('menu')).toBeNull()
    },
    { timeout }
  )
  return saved[saved.length - 1]
}
