// Files in the desktop app: main shows the native dialogs and writes atomically; the renderer
// only ever sees names and text (SECURITY.md: the renderer never sends a path).
import type { DesktopApi } from '../../../main/ipc/contract'
import type { ScenarioFiles } from './files'

export function createDesktopFiles(api: DesktopApi): ScenarioFiles {
  return {
    mode: 'desktop',
    async open() {
      try {
        const r = await api.openScenario()
        if (!r.ok) return { kind: 'failed', message: r.error }
        return r.value ? { kind: 'opened', file: r.value } : { kind: 'cancelled' }
      } catch (e) {
        return { kind: 'failed', message: e instanceof Error ? e.message : String(e) }
      }
    },
    async save(suggestedName, text, saveAs) {
      try {
        const r = await api.saveScenario(suggestedName, text, saveAs)
        if (!r.ok) return { kind: 'failed', message: r.error }
        return r.value === null ? { kind: 'cancelled' } : { kind: 'saved', name: r.value }
      } catch (e) {
        return { kind: 'failed', message: e instanceof Error ? e.message : String(e) }
      }
    }
  }
}
