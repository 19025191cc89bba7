// What the toolbar, the start page, the keyboard and drag-and-drop do with documents. Every
// path to "replace the open scenario" goes through here, so each asks before discarding
// unsaved changes and leaves the document untouched when a file is bad.
import { useMemo } from 'react'
import { generateScenario, validateScenario, type GenerateOptions } from '../../../sim-core/index'
import type { Preset } from '../../presets/presets'
import { removeAutosave, type AutosaveRecord } from '../files/autosave'
import { interpretScenarioText } from '../files/open-document'
import { addRecent, type RecentFile } from '../files/recent'
import { translator } from '../i18n/translate'
import { blankScenario, fileNameFor, serializeDraft } from '../scenario/blank'
import type { Draft } from '../scenario/draft'
import { isDirty } from '../store/scenario-slice'
import type { AppStore } from '../store/store'
import { problemCount, textErrorCount } from '../store/text-errors-slice'
import { useServices, type Services } from './services'

export interface Commands {
  newScenario(): void
  openScenario(): Promise<void>
  openText(name: string, text: string): void
  saveScenario(saveAs: boolean): Promise<void>
  loadPreset(preset: Preset): void
  generate(options: GenerateOptions): void
  openRecent(file: RecentFile): void
  restoreAutosave(record: AutosaveRecord): void
  discardAutosave(record: AutosaveRecord): void
  run(): void
}

const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name

/**
 * A file that could not be read at all (too large, missing, unreadable): its reason in the
 * problems dialog, as for any file that does not open, on the start page as in the editor.
 */
export function openFailed(store: AppStore, name: string | null, message: string): void {
  store.getState().openDialog({
    kind: 'open-problems',
    fileName: name === null ? '' : baseName(name),
    problems: [{ path: '', message }]
  })
}

export function createCommands({ store, files, storage }: Services): Commands {
  const t = () => translator(store.getState().language)
  const notify = (tone: 'info' | 'error', text: string) => store.getState().notify({ tone, text })

  /** Runs `proceed` now, or after the user agrees to drop unsaved changes. */
  function guardDirty(proceed: () => void): void {
    const s = store.getState()
    // On the start page too: the document is still open behind it (a preset or a recent file
    // would replace it). Text with a syntax error is unsaved work, though the draft is unchanged.
    if (isDirty(s) || textErrorCount(s) > 0) s.openDialog({ kind: 'confirm-discard', proceed })
    else proceed()
  }

  function openText(name: string, text: string): void {
    const interpreted = interpretScenarioText(text)
    const fileName = baseName(name)
    if (!interpreted.ok) {
      store
        .getState()
        .openDialog({ kind: 'open-problems', fileName, problems: interpreted.problems })
      return
    }
    guardDirty(() => {
      const { draft, repairs } = interpreted
      // A repaired draft differs from the file, so it counts as unsaved until saved.
      store.loadDocument({ draft, source: 'file', fileName, unsaved: repairs.length > 0 })
      addRecent(storage, { name: fileName, text, at: Date.now() })
      const problems = problemCount(store.getState())
      notify(
        problems > 0 ? 'error' : 'info',
        problems > 0
          ? t()('files.openedWithProblems', { name: fileName, count: problems })
          : t()('files.opened', { name: fileName })
      )
      if (repairs.length > 0) {
        store.getState().openDialog({ kind: 'open-repairs', fileName, repairs })
      }
      // With problems this shows "fix them to run" at once, next to the problems list.
      store.getState().startRun()
    })
  }

  return {
    newScenario() {
      guardDirty(() => {
        store.loadDocument(
          { draft: blankScenario(t()('notice.newScenario')), source: 'new', fileName: null },
          { kind: 'process', p: 0 }
        )
      })
    },
    async openScenario() {
      const outcome = await files.open()
      if (outcome.kind === 'opened') openText(outcome.file.name, outcome.file.text)
      else if (outcome.kind === 'failed') openFailed(store, outcome.name ?? null, outcome.message)
    },
    openText,
    async saveScenario(saveAs) {
      const s = store.getState()
      const name = s.fileName ?? fileNameFor(s.draft.name ?? '')
      const text = serializeDraft(s.draft)
      const outcome = await files.save(name, text, saveAs || s.fileName === null)
      if (outcome.kind === 'failed') {
        notify('error', t()('files.saveFailed', { message: outcome.message }))
        return
      }
      if (outcome.kind === 'cancelled') return
      const saved = baseName(outcome.name)
      // Only the draft that was written counts as saved, even if the user typed meanwhile.
      if (store.getState().draft === s.draft) store.getState().markSaved(saved)
      addRecent(storage, { name: saved, text, at: Date.now() })
      // The file gets the last op lists that parsed; an unparsed text is a problem all the same.
      const problems = problemCount(s)
      const key = files.mode === 'browser' ? 'files.downloaded' : 'files.saved'
      notify(
        problems > 0 ? 'error' : 'info',
        problems > 0
          ? t()('files.savedWithProblems', { name: saved, count: problems })
          : t()(key, { name: saved })
      )
    },
    loadPreset(preset) {
      const checked = validateScenario(preset.scenario)
      if (!checked.ok) {
        store.getState().openDialog({
          kind: 'open-problems',
          fileName: preset.file,
          problems: checked.problems
        })
        return
      }
      guardDirty(() => {
        const lang = store.getState().language
        const draft = structuredClone(preset.scenario) as Draft
        // The preset files are written in English; the document speaks the UI's language, like
        // the lesson beside it.
        if (lang !== 'en') {
          draft.name = preset.title[lang]
          draft.description = preset.summary[lang]
        }
        store.loadDocument({ draft, source: 'preset', fileName: null, presetId: preset.id })
        notify('info', t()('notice.presetLoaded', { name: preset.title[lang] }))
        store.getState().startRun()
      })
    },
    generate(options) {
      // The schema's input type leaves ops untyped; the generator writes ordinary ops.
      const draft = generateScenario(options) as unknown as Draft
      guardDirty(() => {
        store.loadDocument({ draft, source: 'generated', fileName: null })
        notify('info', t()('notice.generated', { name: draft.name ?? '' }))
        store.getState().startRun()
      })
    },
    openRecent(file) {
      openText(file.name, file.text)
    },
    restoreAutosave(record) {
      guardDirty(() => {
        store.loadDocument({
          draft: record.draft,
          source: 'recovered',
          fileName: record.fileName,
          unsaved: record.unsaved,
          recoveredFrom: record.id
        })
        notify('info', t()('notice.restored'))
      })
    },
    discardAutosave(record) {
      removeAutosave(storage, record.id)
    },
    run() {
      const s = store.getState()
      if (s.runStatus === 'running') return
      s.startRun()
    }
  }
}

export function useCommands(): Commands {
  const services = useServices()
  return useMemo(() => createCommands(services), [services])
}
