import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { guardUnload, LEAVE, STAY } = await import('../../main/unload-guard')

type Listener = (event: { preventDefault(): void }) => void

/** A window whose page has cancelled beforeunload, and a dialog that answers `choice`. */
function closeWithDirtyPage(choice: number) {
  const listeners = new Map<string, Listener>()
  const win = { webContents: { on: (name: string, l: Listener) => listeners.set(name, l) } }
  const dialog = { showMessageBoxSync: vi.fn(() => choice) }
  guardUnload(win as never, dialog)
  const preventDefault = vi.fn()
  listeners.get('will-prevent-unload')?.({ preventDefault })
  return { win, dialog, preventDefault }
}

describe('unsaved-changes prompt in the desktop window (UX.md)', () => {
  it('asks with a native question whose default and cancel answer is Stay', () => {
    const { win, dialog } = closeWithDirtyPage(STAY)
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(1)
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        type: 'question',
        buttons: ['Leave', 'Stay'],
        defaultId: 1,
        cancelId: 1,
        message: expect.stringMatching(/unsaved changes/)
      })
    )
  })

  it('Leave ignores the page’s beforeunload, so the window closes', () => {
    expect(LEAVE).toBe(0)
    expect(closeWithDirtyPage(LEAVE).preventDefault).toHaveBeenCalledTimes(1)
  })

  it('Stay (or Escape) keeps the window and the document open', () => {
    expect(closeWithDirtyPage(STAY).preventDefault).not.toHaveBeenCalled()
  })
})
