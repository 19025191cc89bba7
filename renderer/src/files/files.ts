// The one small interface the builder uses for files. In a browser: a file picker (or drag and
// drop) to open, a download to save. In the desktop app: native dialogs through window.schedlab.
// The builder never knows which one it has.
import { desktopApi } from '../desktop-api'
import { createBrowserFiles } from './browser-files'
import { createDesktopFiles } from './desktop-files'

export interface OpenedText {
  name: string
  text: string
}

export type OpenOutcome =
  | { kind: 'opened'; file: OpenedText }
  | { kind: 'cancelled' }
  /** `name`: the file's, when it is known (main's dialog does not say which file failed). */
  | { kind: 'failed'; message: string; name?: string }

export type SaveOutcome =
  { kind: 'saved'; name: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string }

export interface ScenarioFiles {
  readonly mode: 'browser' | 'desktop'
  open(): Promise<OpenOutcome>
  /** `saveAs`: always ask where (the browser always downloads, so it is the same there). */
  save(suggestedName: string, text: string, saveAs: boolean): Promise<SaveOutcome>
}

export function defaultFiles(): ScenarioFiles {
  const api = desktopApi()
  return api ? createDesktopFiles(api) : createBrowserFiles()
}
