import { useCallback } from 'react'
import { createPortal } from 'react-dom'
import { useApp, useT, useValidation } from '../../app/hooks'
import { keys } from '../../app/platform'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { isStale } from '../../store/selectors'
import { ResultsPane } from '../results/ResultsPane'

export interface ResultsRegionProps {
  /** The toolbar's Export slot (null until the toolbar has mounted). */
  exportSlot: HTMLElement | null
}

/**
 * The centre of the workbench: the results pane, fed from the store's run slice. The pane owns
 * the one progress bar (with Cancel), the one stale banner and the Export menu, which it draws
 * into the toolbar. Before any run there is only an invitation to run, and a disabled Export.
 */
export function ResultsRegion({ exportSlot }: ResultsRegionProps) {
  const t = useT()
  const { store } = useServices()
  const status = useApp((s) => s.runStatus)
  const progress = useApp((s) => s.runProgress)
  const error = useApp((s) => s.runError)
  const result = useApp((s) => s.result)
  const ranScenario = useApp((s) => s.resultScenario)
  const stale = useApp(isStale)
  const language = useApp((s) => s.language)
  const runTiming = useApp((s) => s.runTiming)
  const exportOpen = useApp((s) => s.exportMenuOpen)
  const setExportOpen = useApp((s) => s.setExportMenuOpen)
  const cancelRun = useApp((s) => s.cancelRun)
  const notify = useApp((s) => s.notify)
  const validation = useValidation()
  const draftScenario = validation.scenario
  // "Fix the problems to run" stops being true the moment they are fixed, not at the next Run.
  const showError =
    status === 'error' &&
    error !== null &&
    (error.kind !== 'invalid' || validation.problems.length > 0)
  const draft = useApp((s) => s.draft)
  const selection = useApp((s) => s.selection)
  const select = useApp((s) => s.select)
  // The tree and the results share one selected thread, named "process/thread" as in results.
  const treeThread =
    selection.kind === 'thread' || selection.kind === 'coroutine'
      ? `${draft.processes[selection.p]?.name}/${draft.processes[selection.p]?.threads[selection.t]?.name}`
      : null
  const onSelectThread = useCallback(
    (id: string | null) => {
      if (id === null) return
      const p = draft.processes.findIndex((pr) => id.startsWith(`${pr.name}/`))
      const t =
        p < 0
          ? -1
          : draft.processes[p].threads.findIndex(
              (th) => `${draft.processes[p].name}/${th.name}` === id
            )
      if (t >= 0) select({ kind: 'thread', p, t })
    },
    [draft, select]
  )
  const running = status === 'running'
  // A first run has no result yet: the pane shows its progress against the draft it runs.
  const scenario = ranScenario ?? (running ? draftScenario : null)
  const exportButton = (
    <button
      type="button"
      className="tool-button"
      disabled
      title={t('results.empty')}
      aria-label={t('exp.button')}
    >
      <Icon name="export" />
      <span className="tool-label collapse-wide">{t('exp.button')}</span>
    </button>
  )
  return (
    <section className="results-region" aria-label={t('panel.results')} data-slot="results-pane">
      {showError && error && (
        <div className="banner banner-error" role="alert">
          <Icon name="warning" />
          <span>
            {error.kind === 'invalid'
              ? t('results.invalid', { count: error.problems })
              : t('results.failed', { message: error.message })}
          </span>
        </div>
      )}
      {scenario ? (
        <ResultsPane
          scenario={scenario}
          result={result}
          stale={stale}
          running={running ? { progress, onCancel: cancelRun } : undefined}
          language={language}
          runTime={runTiming}
          selectedThread={treeThread}
          onSelectThread={onSelectThread}
          createRunController={store.createRunController}
          exportPlacement={{
            slot: exportSlot,
            open: exportOpen,
            onOpenChange: setExportOpen,
            shortcut: keys('Mod+E'),
            onNotice: (text, tone) => notify({ text, tone }),
            buttonClass: 'tool-button',
            labelClass: 'tool-label collapse-wide',
            icon: <Icon name="export" />,
            caret: <Icon name="chevronDown" size={12} />
          }}
        />
      ) : (
        <>
          <div className="empty-state">
            <Icon name="play" size={32} />
            <p>{t('results.empty')}</p>
            <p className="muted">{t('results.emptyHint', { keys: keys('Mod+Enter') })}</p>
          </div>
          {exportSlot && createPortal(exportButton, exportSlot)}
        </>
      )}
    </section>
  )
}
