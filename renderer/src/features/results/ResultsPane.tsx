// The results of a run: summary cards, then tabs — Timeline, Utilization, Metrics, Compare —
// and an Export menu. Self-contained: it needs only the scenario, the result and the run
// state (plus, in the app, the language and where the Export menu goes), so the shell and
// component tests can both mount it. Derived data (lanes, series) is memoised on the result; the
// trace itself never enters React state.
import { useEffect, useMemo, useRef, useState } from 'react'
import {
  taskSetBound,
  UTILIZATION_BUCKETS,
  type Scenario,
  type SimResult
} from '../../../../sim-core'
import { LanguageContext } from '../../i18n/context'
import type { Language } from '../../i18n/language'
import { translator } from '../../i18n/translate'
import type { UtilMode } from '../charts/utilization-data'
import { ComparePanel } from '../compare/ComparePanel'
import type { CompareState } from '../compare/variants'
import type { RunController } from '../../store/run-slice'
import type { TimelineSnapshot } from '../timeline/snapshot'
import { Timeline } from '../timeline/Timeline'
import { shownView, viewMetrics, type MetricsView } from '../charts/metrics-view'
import { MetricsTab } from './MetricsTab'
import { buildTargets } from './result-targets'
import { runNotices } from './run-notices'
import { ResultsHeader, type ExportPlacement, type RunTime } from './ResultsHeader'
import { ResultTabs } from './ResultTabs'
import { SummaryCards } from './SummaryCards'
import { TaskSetBoundNote } from '../../components/TaskSetBoundNote'
import type { TabId } from './tabs'
import { useResultData } from './use-result-data'
import { useTheme } from './use-theme'
import { useThreadSelection } from './use-thread-selection'
import { UtilizationTab } from './UtilizationTab'
import { RequestsTab } from './RequestsTab'
import { deadlockText } from '../charts/deadlock-text'
import './results.css'

export interface ResultsPaneProps {
  scenario: Scenario
  result: SimResult | null
  stale: boolean
  running?: { progress: number; onCancel(): void }
  /** Force a theme; by default the app's --fg/--bg variables or the system preference decide. */
  theme?: 'light' | 'dark'
  /** UI language (component tests get English). */
  language?: Language
  /** How long the run took, shown beside the badges. */
  runTime?: RunTime | null
  /** In the app: the Export menu lives in the toolbar and reports to the status bar. */
  exportPlacement?: ExportPlacement
  /** The thread selected elsewhere in the app (its index in result.threads), highlighted here too. */
  selectedThread?: number | null
  /** The user picked a thread here (a segment, a table row), by index, or cleared the pick (null). */
  onSelectThread?(index: number | null): void
  /** Makes the controllers Compare runs its variants through (the app's store's kind). */
  createRunController?: () => RunController
}

export function ResultsPane(props: ResultsPaneProps) {
  const { scenario, result, stale, running, theme: forced, language = 'en' } = props
  const t = useMemo(() => translator(language), [language])
  const rootRef = useRef<HTMLDivElement>(null)
  const theme = useTheme(rootRef, forced)
  const [chosenTab, setTab] = useState<TabId>('timeline')
  // The Requests tab exists only for a cluster run: another run falls back to the timeline.
  const tab: TabId = chosenTab === 'requests' && !result?.cluster ? 'timeline' : chosenTab
  const [buckets, setBuckets] = useState(UTILIZATION_BUCKETS)
  const [utilMode, setUtilMode] = useState<UtilMode>('total')
  const [compare, setCompare] = useState<CompareState | null>(null)
  const [metricsView, setMetricsView] = useState<MetricsView>('threads')
  // The Export menu's open state: the app's (exportPlacement) when it keeps one, else the pane's.
  const [ownExportOpen, setOwnExportOpen] = useState(false)
  const exportOpen = props.exportPlacement?.open ?? ownExportOpen
  const setExportOpen = props.exportPlacement?.onOpenChange ?? setOwnExportOpen
  const snapshot = useRef<TimelineSnapshot | null>(null)

  const {
    index,
    util,
    queue,
    runQueues,
    cpuShare,
    metrics: threadMetrics
  } = useResultData(result, buckets, scenario)
  // The Metrics chart (and its export) shows the rows the table below it shows.
  const metrics = useMemo(
    () => (result && threadMetrics ? viewMetrics(result, metricsView, threadMetrics) : null),
    [result, metricsView, threadMetrics]
  )
  const [selected, selectThread] = useThreadSelection(
    result,
    props.selectedThread,
    props.onSelectThread
  )

  useEffect(() => {
    snapshot.current = null
  }, [result])

  // A comparison belongs to the scenario it ran on: a new run (of an edit or another file)
  // drops it rather than show another scenario's numbers.
  useEffect(() => setCompare(null), [scenario])

  const targets = buildTargets({
    scenario,
    result,
    theme,
    host: () => rootRef.current,
    index,
    snapshot,
    util,
    utilMode,
    queue,
    runQueues,
    cpuShare,
    metrics,
    compare,
    lang: language
  })

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if ((e.ctrlKey || e.metaKey) && (e.key === 'e' || e.key === 'E')) {
      e.preventDefault()
      setExportOpen(true)
    }
  }

  const notices = useMemo(
    () => (result ? runNotices(t, language, scenario, result) : []),
    [t, language, scenario, result]
  )
  const bound = useMemo(() => taskSetBound(scenario), [scenario])
  const empty = <p className="sl-empty">{t(running ? 'res.running' : 'res.empty')}</p>
  const quantum =
    'quantum' in scenario.scheduler && scenario.scheduler.quantum !== undefined
      ? scenario.scheduler.quantum
      : null

  return (
    <LanguageContext.Provider value={language}>
      <div
        ref={rootRef}
        className={`sl-results${stale ? ' is-stale' : ''}`}
        data-theme={forced}
        onKeyDown={onKeyDown}
      >
        <ResultsHeader
          result={result}
          stale={stale}
          running={running}
          runTime={props.runTime}
          exportOpen={exportOpen}
          onExportOpen={setExportOpen}
          exportPlacement={props.exportPlacement}
          exportContext={{
            scenario,
            result,
            targets: targets.byTab[tab],
            reportTargets: () => targets.report,
            lang: language,
            metricsView: result ? shownView(result, metricsView) : 'threads',
            requestsCsv: tab === 'requests'
          }}
        />
        {stale && result && (
          <div className="sl-stale-banner" role="status">
            {t('res.staleBanner')}
          </div>
        )}
        {result?.status === 'deadlock' && result.deadlock && (
          <div className="sl-stale-banner is-warn" role="alert">
            {deadlockText(t, result.deadlock)}
          </div>
        )}
        {notices.length > 0 && (
          <div className="sl-stale-banner is-warn" role="status" data-testid="run-notices">
            {notices.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        )}
        <div className="sl-results-body">
          {result && <TaskSetBoundNote bound={bound} t={t} lang={language} />}
          {result && <SummaryCards result={result} />}
          <ResultTabs tab={tab} onTab={setTab} cluster={result?.cluster !== undefined} />
          {tab === 'timeline' && (
            <div
              role="tabpanel"
              id="sl-panel-timeline"
              aria-labelledby="sl-tab-timeline"
              className="sl-panel"
            >
              {index ? (
                <Timeline
                  index={index}
                  theme={theme}
                  selected={selected}
                  onSelect={selectThread}
                  snapshotRef={snapshot}
                  quantum={quantum}
                />
              ) : (
                empty
              )}
            </div>
          )}
          {tab === 'requests' && result?.cluster && (
            <div
              role="tabpanel"
              id="sl-panel-requests"
              aria-labelledby="sl-tab-requests"
              className="sl-panel"
            >
              <RequestsTab result={result} cluster={result.cluster} theme={theme} />
            </div>
          )}
          {tab === 'utilization' && (
            <div
              role="tabpanel"
              id="sl-panel-utilization"
              aria-labelledby="sl-tab-utilization"
              className="sl-panel"
            >
              {result && util && queue && runQueues ? (
                <UtilizationTab
                  result={result}
                  util={util()}
                  queue={queue()}
                  runQueues={runQueues()}
                  cpuShare={cpuShare ? cpuShare() : undefined}
                  theme={theme}
                  mode={utilMode}
                  onMode={setUtilMode}
                  buckets={buckets}
                  onBuckets={setBuckets}
                />
              ) : (
                empty
              )}
            </div>
          )}
          {tab === 'metrics' && (
            <div
              role="tabpanel"
              id="sl-panel-metrics"
              aria-labelledby="sl-tab-metrics"
              className="sl-panel"
            >
              {result && metrics ? (
                <MetricsTab
                  result={result}
                  metrics={metrics}
                  view={metricsView}
                  onView={setMetricsView}
                  theme={theme}
                  selected={selected}
                  onSelect={selectThread}
                />
              ) : (
                empty
              )}
            </div>
          )}
          {/* Compare stays mounted so a comparison keeps running while another tab is shown. */}
          <div
            role="tabpanel"
            id="sl-panel-compare"
            aria-labelledby="sl-tab-compare"
            className="sl-panel"
            hidden={tab !== 'compare'}
          >
            <ComparePanel
              scenario={scenario}
              theme={theme}
              state={compare}
              onState={setCompare}
              createRunController={props.createRunController}
            />
          </div>
        </div>
      </div>
    </LanguageContext.Provider>
  )
}
