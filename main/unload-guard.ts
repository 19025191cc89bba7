// The unsaved-changes prompt of UX.md in the desktop window. The page asks to stay by cancelling
// `beforeunload`; Electron shows no prompt for that and silently keeps the window open, so the
// window could never close. Main asks instead, with a native dialog.
import type { BrowserWindow, Dialog } from 'electron'
import { MAIN_WORDS, type MainWords } from './menu-labels'

export const LEAVE = 0
export const STAY = 1

export function guardUnload(
  win: BrowserWindow,
  dialog: Pick<Dialog, 'showMessageBoxSync'>,
  // Asked at each prompt: the page may have changed language since the window opened.
  words: () => MainWords = () => MAIN_WORDS.en
): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const w = words()
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: [w.leave, w.stay],
      defaultId: STAY,
      cancelId: STAY,
      title: w.unsavedTitle,
      message: w.unsavedMessage,
      detail: w.unsavedDetail
    })
    // Here preventDefault() means "ignore the page's beforeunload", so the window goes.
    if (choice === LEAVE) event.preventDefault()
  })
}
