// Native menus (ARCHITECTURE.md): each document command becomes a typed push event to the window
// the menu acted on, and the page runs it just as it runs the same keyboard shortcut.
import type { BaseWindow, BrowserWindow, MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from './ipc/contract'
import { MAIN_WORDS, type MainWords } from './menu-labels'
import { push } from './ipc/push'

/**
 * The page's keyboard map (UX.md "Keyboard", renderer/src/app/use-shortcuts.ts), shown beside
 * the items. The page handles these keys itself, so the menus only display them: registering
 * them too would run each command twice.
 */
export const MENU_ACCELERATORS: Partial<Record<MenuCommand, string>> = {
  open: 'CmdOrCtrl+O',
  save: 'CmdOrCtrl+S',
  'save-as': 'CmdOrCtrl+Shift+S',
  export: 'CmdOrCtrl+E',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
  run: 'CmdOrCtrl+Enter'
}

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Running from the dev server: adds reload and the developer tools. */
  dev: boolean
  /** The labels, in the page's language. */
  words?: MainWords
}

// A click hands over the focused window as a BaseWindow; only a BrowserWindow has a page.
const hasPage = (win: BaseWindow): win is BrowserWindow => 'webContents' in win

export function sendMenuCommand(win: BaseWindow | undefined, command: MenuCommand): void {
  if (win && hasPage(win)) push(win.webContents, 'menu:command', command)
}

function commandItem(label: string, command: MenuCommand): MenuItemConstructorOptions {
  const accelerator = MENU_ACCELERATORS[command]
  return {
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: (_item, win) => sendMenuCommand(win, command)
  }
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

export function menuTemplate({
  platform,
  dev,
  words: w = MAIN_WORDS.en
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const devItems: MenuItemConstructorOptions[] = dev
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, separator]
    : []
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    {
      label: w.file,
      submenu: [
        commandItem(w.newScenario, 'new'),
        commandItem(w.open, 'open'),
        separator,
        commandItem(w.save, 'save'),
        commandItem(w.saveAs, 'save-as'),
        commandItem(w.export, 'export'),
        separator,
        // macOS quits from the app menu; its File menu closes the window.
        mac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    {
      label: w.edit,
      submenu: [
        commandItem(w.undo, 'undo'),
        commandItem(w.redo, 'redo'),
        separator,
        // Roles, so text fields keep cut, copy, paste and select all (on macOS only menus do).
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    { label: w.run, submenu: [commandItem(w.runScenario, 'run')] },
    {
      label: w.view,
      submenu: [
        ...devItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' }
      ]
    },
    // macOS has About in the app menu and expects a Window menu.
    mac ? { role: 'windowMenu' } : { label: w.help, submenu: [{ role: 'about', label: w.about }] }
  ]
}
