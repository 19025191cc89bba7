// The one store: scenario, run and view slices combined, then wrapped once in zundo's temporal
// middleware, which records the draft only — undo never touches results or what is on screen.
import { createStore } from 'zustand'
import { temporal } from 'zundo'
import { blankScenario } from '../scenario/blank'
import { clampSelection, type Selection } from '../scenario/selection'
import { createCoalescer } from './history'
import { loadPrefs, savePrefs } from './prefs'
import { createRunSlice, createSyncRunController, type RunController } from './run-slice'
import { createScenarioSlice, type DocumentInfo } from './scenario-slice'
import { createTextErrorsSlice, followDraft } from './text-errors-slice'
import type { AppState } from './types'
import { createViewSlice, type Prefs } from './view-slice'

export interface StoreOptions {
  document?: DocumentInfo
  screen?: 'start' | 'workbench'
  /**
   * Makes the controllers runs go through: one for the Run button, and one for each other
   * runner (Compare, sweeps), so they never supersede each other. Default: on the UI thread.
   */
  createRunController?: () => RunController
  /** The Run button's controller, when a test drives it by hand (default: createRunController()). */
  runController?: RunController
  /** Where preferences live; null keeps them in memory (tests). */
  storage?: Storage | null
  locale?: string
  prefs?: Prefs
  /** Clock for undo coalescing (tests pass a fake one). */
  now?: () => number
  /** Most undo steps kept. */
  historyLimit?: number
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function createAppStore(options: StoreOptions = {}) {
  const storage = options.storage === undefined ? defaultStorage() : options.storage
  const locale =
    options.locale ?? (typeof navigator === 'undefined' ? undefined : navigator.language)
  const prefs = options.prefs ?? loadPrefs(storage, locale)
  const coalescer = createCoalescer(options.now)
  const createRunController = options.createRunController ?? createSyncRunController
  const document: DocumentInfo = options.document ?? {
    draft: blankScenario(prefs.language === 'zh' ? '新场景' : 'New scenario'),
    source: 'new',
    fileName: null
  }

  const store = createStore<AppState>()(
    temporal(
      (...a) => ({
        ...createScenarioSlice(document, coalescer)(...a),
        ...createRunSlice(options.runController ?? createRunController())(...a),
        ...createViewSlice(prefs, options.screen ?? 'start')(...a),
        ...createTextErrorsSlice(...a)
      }),
      {
        partialize: (s) => ({ draft: s.draft }),
        equality: (a, b) => a.draft === b.draft,
        limit: options.historyLimit ?? 500,
        handleSet: (handleSet) => {
          // zundo 2.3 types this as setState but calls it with (past, replace, current, delta).
          const record = handleSet as unknown as (...args: unknown[]) => void
          return (...args) => {
            if (!coalescer.shouldMerge()) record(...args)
          }
        }
      }
    )
  )

  // An ops text that does not parse belongs to the op list it was typed over: it follows that
  // list when the list moves, and goes when the list is replaced (undo, a row edit) or removed.
  store.subscribe((s, prev) => {
    if (s.draft === prev.draft) return
    const opsTextErrors = followDraft(s.opsTextErrors, s.draft)
    if (opsTextErrors !== s.opsTextErrors) store.setState({ opsTextErrors })
  })

  store.subscribe((s, prev) => {
    if (s.theme !== prev.theme || s.language !== prev.language || s.layout !== prev.layout) {
      savePrefs(storage, { theme: s.theme, language: s.language, layout: s.layout })
    }
  })

  const history = store.temporal

  /** Opens a document: replaces the draft, forgets undo history and old results, shows the editor. */
  function loadDocument(doc: DocumentInfo, select: Selection = { kind: 'scenario' }): void {
    store.getState().cancelRun()
    store.getState().replaceDocument(doc)
    history.getState().clear()
    store.setState({
      result: null,
      resultScenario: null,
      resultDraft: null,
      runTiming: null,
      runStatus: 'idle',
      runError: null,
      runProgress: 0,
      screen: 'workbench',
      selection: select,
      dialog: { kind: 'none' },
      exportMenuOpen: false,
      opsTextErrors: {},
      // News about the document this one replaces ("Loaded the preset …") is stale now; the
      // command that opened it notifies afterwards.
      notice: null
    })
  }

  function afterTimeTravel(): void {
    const s = store.getState()
    const selection = clampSelection(s.draft, s.selection)
    if (selection !== s.selection) store.setState({ selection })
  }

  function undo(): void {
    coalescer.reset()
    history.getState().undo()
    afterTimeTravel()
  }

  function redo(): void {
    coalescer.reset()
    history.getState().redo()
    afterTimeTravel()
  }

  return Object.assign(store, {
    /** A controller of the store's kind for runs beside the Run button's (Compare, sweeps). */
    createRunController,
    loadDocument,
    undo,
    redo,
    /** Ends a typing burst, so the next edit to the same field is its own undo step. */
    endEditBurst: () => coalescer.reset()
  })
}

export type AppStore = ReturnType<typeof createAppStore>
