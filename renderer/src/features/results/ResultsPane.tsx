// The results of a run: summary cards, then tabs — Timeline, Utilization, Metrics, Compare —
// and an Export menu. Self-contained: it needs only the scenario, the result and the run
// state, so the app shell can place it anywhere. Derived data (lanes, series) is memoised on
// the result; the trace itself never enters React state.
import { useEffect, useMemo, useRef, useState } from 'react'
import { utilizationSeries, type Scenario, type SimResult } from '../../../../sim-core'
import { queueSeries } from '../charts/ready-queue'
import { metricRows } from '../charts/thread-metrics-data'
import type { UtilMode } from '../charts/utilization-data'
import { ComparePanel } from '../compare/ComparePanel'
import type { CompareState } from '../compare/variants'
import { ExportMenu } from '../export/ExportMenu'
import { buildLaneIndex } from '../timeline/lane-index'
import type { TimelineSnapshot } from '../timeline/snapshot'
import { Timeline } from '../timeline/Timeline'
import { lazy } from './lazy'
import { MetricsTab } from './MetricsTab'
import { buildTargets } from './result-targets'
import { RunProgress } from './RunProgress'
import { SummaryCards } from './SummaryCards'
import { TABS, type TabId } from './tabs'
import { useTheme } from './use-theme'
import { UtilizationTab } from './UtilizationTab'
import './results.css'

export interface ResultsPaneProps {
  scenario: Scenario
  result: SimResult | null
  stale: boolean
  running?: { progress: number; onCancel(): void }
  /** Force a theme; by default the app's --fg/--bg variables or the system preference decide. */
  theme?: 'light' | 'dark'
}

/** "Deadlock: a waits for db (held by b) → b waits for log (held by a)". */
function deadlockText(d: NonNullable<SimResult['deadlock']>): string {
  const steps = d.cycle.map((t, i) => {
    const lock = d.locks[i]
    const next = d.cycle[(i + 1) % d.cycle.length]
    return lock ? `${t} waits for ${lock} (held by ${next})` : t
  })
  return `Deadlock: ${steps.join(' → ')}`
}

export function ResultsPane({ scenario, result, stale, running, theme: forced }: ResultsPaneProps) {
  const rootRef = useRef<HTMLDivElement>(null)
  const theme = useTheme(rootRef, forced)
  const [tab, setTab] = useState<TabId>('timeline')
  const [selected, setSelected] = useState(-1)
  const [buckets, setBuckets] = useState(100)
  const [utilMode, setUtilMode] = useState<UtilMode>('total')
  const [compare, setCompare] = useState<CompareState | null>(null)
  const [exportSignal, setExportSignal] = useState(0)
  const snapshot = useRef<TimelineSnapshot | null>(null)

  const index = useMemo(() => (result ? buildLaneIndex(result) : null), [result])
  // Series are computed when a tab or an export first asks for them: a million-segment trace
  // viewed on the Timeline tab should not pay for charts nobody looks at.
  const util = useMemo(
    () =>
      result
        ? lazy(() => utilizationSeries(result.trace, result.cores.length, result.makespan, buckets))
        : null,
    [result, buckets]
  )
  const queue = useMemo(
    () =>
      result
        ? lazy(() => queueSeries(result.trace, result.threads.length, result.makespan, buckets))
        : null,
    [result, buckets]
  )
  const metrics = useMemo(() => (result ? metricRows(result) : null), [result])

  useEffect(() => {
    setSelected(-1)
    snapshot.current = null
  }, [result])

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
    metrics,
    compare
  })

  const onTabKey = (e: React.KeyboardEvent, i: number): void => {
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (e.key === 'Home' || e.key === 'End' || d !== 0) {
      e.preventDefault()
      const next =
        e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? TABS.length - 1
            : (i + d + TABS.length) % TABS.length
      setTab(TABS[next].id)
      document.getElementById(`sl-tab-${TABS[next].id}`)?.focus()
    }
  }

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if ((e.ctrlKey || e.metaKey) && (e.key === 'e' || e.key === 'E')) {
      e.preventDefault()
      setExportSignal((n) => n + 1)
    }
  }

  const empty = (
    <p className="sl-empty">
      {running ? 'Running the scenario…' : 'Run the scenario to see its schedule here.'}
    </p>
  )

  return (
    <div
      ref={rootRef}
      className={`sl-results${stale ? ' is-stale' : ''}`}
      data-theme={forced}
      onKeyDown={onKeyDown}
    >
      <header className="sl-results-head">
        <h2 className="sl-results-title">Results</h2>
        {result && (
          <span className="sl-badges">
            <span className="sl-badge">{result.policy}</span>
            <span className={`sl-badge${result.status === 'completed' ? '' : ' is-warn'}`}>
              {result.status}
            </span>
            {stale && <span className="sl-badge is-stale-badge">stale</span>}
          </span>
        )}
        {running && <RunProgress progress={running.progress} onCancel={running.onCancel} />}
        <span className="sl-grow" />
        <ExportMenu
          openSignal={exportSignal}
          context={{
            scenario,
            result,
            targets: targets.byTab[tab],
            reportTargets: () => targets.report
          }}
        />
      </header>
      {stale && result && (
        <div className="sl-stale-banner" role="status">
          These results are out of date: the scenario changed after this run. Run it again to update
          them.
        </div>
      )}
      {result?.status === 'deadlock' && result.deadlock && (
        <div className="sl-stale-banner is-warn" role="alert">
          {deadlockText(result.deadlock)}
        </div>
      )}
      <div className="sl-results-body">
        {result && <SummaryCards result={result} />}
        <div className="sl-tabs" role="tablist" aria-label="Result views">
          {TABS.map((t, i) => (
            <button
              key={t.id}
              id={`sl-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`sl-panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t.label}
            </button>
          ))}
        </div>
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
                onSelect={setSelected}
                snapshotRef={snapshot}
              />
            ) : (
              empty
            )}
          </div>
        )}
        {tab === 'utilization' && (
          <div
            role="tabpanel"
            id="sl-panel-utilization"
            aria-labelledby="sl-tab-utilization"
            className="sl-panel"
          >
            {result && util && queue ? (
              <UtilizationTab
                result={result}
                util={util()}
                queue={queue()}
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
                theme={theme}
                selected={selected}
                onSelect={setSelected}
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
          <ComparePanel scenario={scenario} theme={theme} state={compare} onState={setCompare} />
        </div>
      </div>
    </div>
  )
}
