// The desktop side of the renderer's `files` interface: main shows the dialogs, reads and writes;
// the renderer never sends a path (SECURITY.md). Each window remembers the file it saved to.
import type { BrowserWindow, Dialog, IpcMainInvokeEvent } from 'electron'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { z } from 'zod'
import { LIMITS } from '../../sim-core/scenario/limits'
import { atomicWrite } from '../files/atomic-write'
import type { Handlers } from './register'

export interface FileDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>
  windowOf(event: IpcMainInvokeEvent): BrowserWindow | null
}

const SCENARIO_FILTERS = [{ name: 'SchedLab scenario', extensions: ['json'] }]
const fileName = z.string().min(1).max(255)

export type FileHandlers = Pick<Handlers, 'scenario:open' | 'scenario:save' | 'export:save'>

export function fileHandlers(deps: FileDeps): FileHandlers {
  const currentPath = new Map<number, string>()
  const askSavePath = async (
    event: IpcMainInvokeEvent,
    suggested: string,
    filters?: typeof SCENARIO_FILTERS
  ) => {
    const win = deps.windowOf(event)
    const options = { defaultPath: basename(suggested), ...(filters ? { filters } : {}) }
    const r = win
      ? await deps.dialog.showSaveDialog(win, options)
      : await deps.dialog.showSaveDialog(options)
    return r.canceled || !r.filePath ? null : r.filePath
  }
  return {
    'scenario:open': {
      args: z.tuple([]),
      async handle(event) {
        const win = deps.windowOf(event)
        const options = { properties: ['openFile' as const], filters: SCENARIO_FILTERS }
        const r = win
          ? await deps.dialog.showOpenDialog(win, options)
          : await deps.dialog.showOpenDialog(options)
        const path = r.canceled ? undefined : r.filePaths[0]
        if (!path) return { ok: true, value: null }
        const size = (await stat(path)).size
        if (size > LIMITS.maxFileBytes) {
          return {
            ok: false,
            error: `${basename(path)} is too large (${(size / 1048576).toFixed(1)} MB; at most ${LIMITS.maxFileBytes / 1048576} MB)`
          }
        }
        const text = await readFile(path, 'utf8')
        currentPath.set(event.sender.id, path)
        return { ok: true, value: { name: basename(path), text } }
      }
    },
    'scenario:save': {
      args: z.tuple([fileName, z.string().max(LIMITS.maxFileBytes), z.boolean()]),
      async handle(event, suggested, text, saveAs) {
        const known = saveAs ? undefined : currentPath.get(event.sender.id)
        const path = known ?? (await askSavePath(event, suggested, SCENARIO_FILTERS))
        if (!path) return { ok: true, value: null }
        await atomicWrite(path, text)
        currentPath.set(event.sender.id, path)
        return { ok: true, value: basename(path) }
      }
    },
    'export:save': {
      args: z.tuple([fileName, z.union([z.string(), z.instanceof(Uint8Array)])]),
      async handle(event, suggested, data) {
        const path = await askSavePath(event, suggested)
        if (!path) return { ok: true, value: null }
        await atomicWrite(path, data)
        return { ok: true, value: basename(path) }
      }
    }
  }
}
