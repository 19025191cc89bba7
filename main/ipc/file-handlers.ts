// The desktop side of the renderer's `files` interface: main shows the dialogs, reads and writes;
// the renderer never sends a path (SECURITY.md). Each window remembers the file it saved to.
import type { BrowserWindow, Dialog, FileFilter, IpcMainInvokeEvent } from 'electron'
import { basename, extname } from 'node:path'
import { z } from 'zod'
import { LIMITS } from '../../sim-core/scenario/limits'
import { atomicWrite } from '../files/atomic-write'
import { readScenarioFile } from '../files/read-scenario'
import type { Handlers } from './register'

export interface FileDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>
  windowOf(event: IpcMainInvokeEvent): BrowserWindow | null
  /**
   * The file each page (by webContents id) last opened or saved, so Save writes back to it.
   * Shared with the files main opens itself (command line, the OS's "open with").
   */
  documentPaths?: Map<number, string>
}

const SCENARIO_FILTERS: FileFilter[] = [{ name: 'SchedLab scenario', extensions: ['json'] }]

/** The save dialog of an export offers the kind of file the export is (by its extension). */
const EXPORT_KINDS: Record<string, string> = {
  png: 'PNG image',
  svg: 'SVG image',
  csv: 'CSV table',
  json: 'JSON',
  html: 'HTML report'
}

export function exportFilters(suggested: string): FileFilter[] {
  const ext = extname(suggested).slice(1).toLowerCase()
  const kind = EXPORT_KINDS[ext]
  return kind ? [{ name: kind, extensions: [ext] }] : []
}

const fileName = z.string().min(1).max(255)

export type FileHandlers = Pick<Handlers, 'scenario:open' | 'scenario:save' | 'export:save'>

export function fileHandlers(deps: FileDeps): FileHandlers {
  const currentPath = deps.documentPaths ?? new Map<number, string>()
  const askSavePath = async (
    event: IpcMainInvokeEvent,
    suggested: string,
    filters: FileFilter[]
  ) => {
    const win = deps.windowOf(event)
    const options = { defaultPath: basename(suggested), ...(filters.length ? { filters } : {}) }
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
        const read = await readScenarioFile(path)
        if (read.ok) currentPath.set(event.sender.id, path)
        return read
      }
    },
    'scenario:save': {
      args: z.tuple([fileName, z.string().max(LIMITS.maxFileBytes), z.boolean()]),
      async handle(event, suggested, text, saveAs) {
        // The remembered file only while the page still shows it: a file main read but the page
        // did not take (refused, or the user kept their unsaved work) has another name, and
        // Save must not write this document over it.
        const remembered = saveAs ? undefined : currentPath.get(event.sender.id)
        const known =
          remembered !== undefined && basename(remembered) === basename(suggested)
            ? remembered
            : undefined
        const path = known ?? (await askSavePath(event, suggested, SCENARIO_FILTERS))
        if (!path) return { ok: true, value: null }
        // The one place a .bak is kept: the scenario is the user's work (docs/security.md).
        await atomicWrite(path, text, { backup: true })
        currentPath.set(event.sender.id, path)
        return { ok: true, value: basename(path) }
      }
    },
    'export:save': {
      args: z.tuple([fileName, z.union([z.string(), z.instanceof(Uint8Array)])]),
      async handle(event, suggested, data) {
        const path = await askSavePath(event, suggested, exportFilters(suggested))
        if (!path) return { ok: true, value: null }
        await atomicWrite(path, data)
        return { ok: true, value: basename(path) }
      }
    }
  }
}
