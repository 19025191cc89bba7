// The keyboard map of UX.md: Run, Undo/Redo, Open, Save, Save As, Export. Timeline keys (Space,
// F10, 0, W/A/S/D) belong to the timeline, which handles them while it has focus.
import { useEffect } from 'react'
import type { Commands } from './commands'
import type { AppStore } from '../store/store'

export function useShortcuts(store: AppStore, commands: Commands): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return
      const s = store.getState()
      if (s.dialog.kind !== 'none') return
      const key = e.key.toLowerCase()
      const inEditor = s.screen === 'workbench'
      let handled = true
      if (key === 'enter' && inEditor) commands.run()
      else if (key === 'z' && !e.shiftKey && inEditor) store.undo()
      else if (((key === 'z' && e.shiftKey) || key === 'y') && inEditor) store.redo()
      else if (key === 'o' && !e.shiftKey) void commands.openScenario()
      else if (key === 's' && inEditor) void commands.saveScenario(e.shiftKey)
      else if (key === 'e' && !e.shiftKey && inEditor) s.requestExport()
      else handled = false
      if (handled) e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store, commands])
}
