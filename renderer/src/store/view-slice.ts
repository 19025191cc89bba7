// The view slice: what is on screen. Never undone, never saved in the scenario.
import type { Problem } from '../../../sim-core/index'
import type { Repair } from '../files/draft-shape'
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
  /** Why a file was not opened (it is not a scenario). */
  | { kind: 'open-problems'; fileName: string; problems: Problem[] }
  /** A file that opened, and what of it the editor had to replace. */
  | { kind: 'open-repairs'; fileName: string; repairs: Repair[] }
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
  /**
   * A field to focus (from a clicked problem), until the editor has focused it and calls
   * focusDone(). Each request is a new object, so clicking the same problem again counts.
   */
  focusRequest: { path: string } | null
  /** One line in the status bar. */
  notice: { tone: 'info' | 'error'; text: string } | null
  /** The Export menu is open (Ctrl/Cmd+E, the File menu's Export or its button opened it). */
  exportMenuOpen: boolean
  setScreen(screen: 'start' | 'workbench'): void
  select(selection: Selection): void
  setTheme(theme: Theme): void
  setLanguage(language: Language): void
  setLayout(patch: Partial<Layout>): void
  openDialog(dialog: Dialog): void
  closeDialog(): void
  requestFocus(path: string): void
  focusDone(): void
  notify(notice: ViewSlice['notice']): void
  /** Clears the status bar's notice (it expired, or the user closed it). */
  dismissNotice(): void
  /** Opens the Export menu (Ctrl/Cmd+E, the File menu). */
  requestExport(): void
  /** Opens or closes the Export menu (its button, Escape, a click elsewhere, a finished export). */
  setExportMenuOpen(open: boolean): void
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
    exportMenuOpen: false,
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
    requestFocus: (path) => set({ focusRequest: { path } }),
    focusDone: () => set({ focusRequest: null }),
    notify: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null }),
    requestExport: () => set({ exportMenuOpen: true }),
    setExportMenuOpen: (exportMenuOpen) => set({ exportMenuOpen })
  })
