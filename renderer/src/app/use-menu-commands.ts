// The desktop window's native menus (main/menu.ts) send commands; each does what its keyboard
// shortcut does in use-shortcuts.ts, under the same conditions, since the menus stay clickable
// while the page shows a dialog or the start page.
import { useEffect } from 'react'
import type { MenuCommand } from '../../../main/ipc/contract'
import { desktopApi } from '../desktop-api'
import type { AppStore } from '../store/store'
import type { Commands } from './commands'

export function runMenuCommand(store: AppStore, commands: Commands, command: MenuCommand): void {
  const s = store.getState()
  if (s.dialog.kind !== 'none') return
  const inEditor = s.screen === 'workbench'
  switch (command) {
    case 'new':
      commands.newScenario()
      return
    case 'open':
      void commands.openScenario()
      return
    case 'save':
    case 'save-as':
      if (inEditor) void commands.saveScenario(command === 'save-as')
      return
    case 'export':
      if (inEditor) s.requestExport()
      return
    case 'undo':
      if (inEditor) store.undo()
      return
    case 'redo':
      if (inEditor) store.redo()
      return
    case 'run':
      if (inEditor) commands.run()
      return
    default:
      // A command this page does not know (a newer main): nothing to do.
      return
  }
}

export function useMenuCommands(store: AppStore, commands: Commands): void {
  useEffect(() => {
    const api = desktopApi()
    if (!api) return
    return api.onMenuCommand((command) => runMenuCommand(store, commands, command))
  }, [store, commands])
}
