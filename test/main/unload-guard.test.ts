import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { guardUnload, LEAVE, STAY } = await import('../../main/unload-guard')
const { MAIN_WORDS } = await import('../../main/menu-labels')

type Listener = (event: { preventDefault(): void }) => void

/** A window whose page has cancelled beforeunload, and a dialog that answers `choice`. */
function closeWithDirtyPage(choice: number, language: 'en' | 'zh' = 'en') {
  const listeners = new Map<string, Listener>()
  const win = { webContents: { on: (name: string, l: Listener) => listeners.set(name, l) } }
  const dialog = { showMessageBoxSync: vi.fn(() => choice) }
  guardUnload(win as never, dialog, () => MAIN_WORDS[language])
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

  it('asks in the page’s language', () => {
    const { dialog } = closeWithDirtyPage(STAY, 'zh')
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        buttons: ['离开', '留下'],
        message: '有未保存的更改。仍要离开吗？'
      })
    )
  })

  it('Stay (or Escape) keeps the window and the document open', () => {
    expect(closeWithDirtyPage(STAY).preventDefault).not.toHaveBeenCalled()
  })
})
