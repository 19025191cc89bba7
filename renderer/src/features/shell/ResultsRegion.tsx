import { useCallback } from 'react'
import { createPortal } from 'react-dom'
import { useApp, useT, useValidation } from '../../app/hooks'
import { keys } from '../../app/platform'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { threadAt, threadIndex } from '../../scenario/thread-index'
import { isStale } from '../../store/selectors'
import { ResultsPane } from '../results/ResultsPane'
// After the pane's own results.css, which these rules adjust for the workbench.
import './results-region.css'

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
  const selection = useApp((s) => s.selection)
  const select = useApp((s) => s.select)
  // The tree and the results share one selected thread, by its index in the run's threads (the
  // order the scenario that ran declares them in; a cluster's node by node, where the run says).
  const spans = result?.cluster?.nodes
  const treeThread =
    ranScenario && (selection.kind === 'thread' || selection.kind === 'coroutine')
      ? threadIndex(ranScenario, selection.p, selection.t, spans)
      : null
  const onSelectThread = useCallback(
    (index: number | null) => {
      const at = index === null || !ranScenario ? null : threadAt(ranScenario, index, spans)
      if (at) select({ kind: 'thread', ...at })
    },
    [ranScenario, select, spans]
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
