// The unsaved-changes prompt of UX.md in the desktop window. The page asks to stay by cancelling
// `beforeunload`; Electron shows no prompt for that and silently keeps the window open, so the
// window could never close. Main asks instead, with a native dialog.
import type { BrowserWindow, Dialog } from 'electron'

export const LEAVE = 0
export const STAY = 1

export function guardUnload(win: BrowserWindow, dialog: Pick<Dialog, 'showMessageBoxSync'>): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Leave', 'Stay'],
      defaultId: STAY,
      cancelId: STAY,
      title: 'SchedLab',
      message: 'You have unsaved changes. Leave anyway?',
      detail: 'Autosave keeps them: the start page offers them back next time.'
    })
    // Here preventDefault() means "ignore the page's beforeunload", so the window goes.
    if (choice === LEAVE) event.preventDefault()
  })
}
