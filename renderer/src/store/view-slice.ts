// The view slice: what is on screen. Never undone, never saved in the scenario.
import type { Problem } from '../../../sim-core/index'
import type { Language } from '../i18n/language'
import type { Selection } from '../scenario/selection'
import type { SliceCreator } from './types'

export type Theme = 'light' | 'dark' | 'system'

export interface Layout {
  treeWidth: number
  inspectorWidth: number
  showTree: boolean
  showInspector: boolean
}

export const DEFAULT_LAYOUT: Layout = {
  treeWidth: 240,
  inspectorWidth: 360,
  showTree: true,
  showInspector: true
}

export type Dialog =
  | { kind: 'none' }
  | { kind: 'presets' }
  | { kind: 'generate' }
  /** Why a file was not opened; or, with `opened`, what of it the editor had to replace. */
  | { kind: 'open-problems'; fileName: string; problems: Problem[]; opened?: boolean }
  | { kind: 'confirm-discard'; proceed: () => void }

export interface Prefs {
  theme: Theme
  language: Language
  layout: Layout
}

export interface ViewSlice extends Prefs {
  screen: 'start' | 'workbench'
  /** The start page was reached from the editor, so there is a document to go back to. */
  canReturn: boolean
  selection: Selection
  dialog: Dialog
  /** A request to focus the field at `path` (from a clicked problem); nonce makes repeats count. */
  focusRequest: { path: string; nonce: number } | null
  /** One line in the status bar. */
  notice: { tone: 'info' | 'error'; text: string } | null
  /** Bumped by Ctrl/Cmd+E: the results pane opens its Export menu when this changes. */
  exportRequest: number
  setScreen(screen: 'start' | 'workbench'): void
  select(selection: Selection): void
  setTheme(theme: Theme): void
  setLanguage(language: Language): void
  setLayout(patch: Partial<Layout>): void
  openDialog(dialog: Dialog): void
  closeDialog(): void
  requestFocus(path: string): void
  notify(notice: ViewSlice['notice']): void
  /** Clears the status bar's notice (it expired, or the user closed it). */
  dismissNotice(): void
  requestExport(): void
}

export const createViewSlice =
  (prefs: Prefs, screen: 'start' | 'workbench'): SliceCreator<ViewSlice> =>
  (set, get) => ({
    ...prefs,
    screen,
    canReturn: false,
    selection: { kind: 'scenario' },
    dialog: { kind: 'none' },
    focusRequest: null,
    notice: null,
    exportRequest: 0,
    setScreen: (s) =>
      set({ screen: s, canReturn: get().canReturn || get().screen === 'workbench' }),
    select: (selection) => set({ selection }),
    setTheme: (theme) => set({ theme }),
    // A notice stays in the words it was written in: switching language drops it.
    setLanguage: (language) =>
      set(language === get().language ? { language } : { language, notice: null }),
    setLayout: (patch) => set({ layout: { ...get().layout, ...patch } }),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: { kind: 'none' } }),
    requestFocus: (path) =>
      set({ focusRequest: { path, nonce: (get().focusRequest?.nonce ?? 0) + 1 } }),
    notify: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null }),
    requestExport: () => set({ exportRequest: get().exportRequest + 1 })
  })
