// A bare page around ResultsPane: choose or paste a scenario, override the policy, Run (in the
// worker) and Cancel. Stands in for the app shell in development and in end-to-end tests.
import { useRef, useState } from 'react'
import {
  POLICY_NAMES,
  problemToString,
  validateScenario,
  type PolicyName,
  type Scenario,
  type SimResult
} from '../../../sim-core'
import { variantScenario } from '../features/compare/variants'
import { ResultsPane } from '../features/results/ResultsPane'
import { lastRunTiming, runInWorker, workersAvailable } from '../sim/run-in-worker'
import { DEMO_SCENARIO } from './demo-scenario'
import { PRESETS } from './presets'

const SOURCES = [...PRESETS, { name: 'demo', value: DEMO_SCENARIO as unknown }]

/** ?scenario=NAME picks a source (tests use "demo"); otherwise a preset that shows a lot. */
function initialSource(): number {
  const wanted =
    new URLSearchParams(location.search).get('scenario') ?? 'thread-per-request-vs-event-loop'
  const i = SOURCES.findIndex((s) => s.name === wanted)
  return i >= 0 ? i : 0
}
const START = initialSource()

function parse(value: unknown): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  const r = validateScenario(value)
  return r.ok ? r : { ok: false, error: r.problems.map(problemToString).join('\n') }
}

const initial = parse(SOURCES[START].value)

export function HarnessApp() {
  const [text, setText] = useState(() => JSON.stringify(SOURCES[START].value, null, 2))
  const [scenario, setScenario] = useState<Scenario | null>(initial.ok ? initial.scenario : null)
  const [problems, setProblems] = useState('')
  const [result, setResult] = useState<SimResult | null>(null)
  const [ranScenario, setRanScenario] = useState<Scenario | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [stats, setStats] = useState('')
  const abortRef = useRef<AbortController | null>(null)

  const load = (value: unknown): void => {
    const r = parse(value)
    if (r.ok) {
      setScenario(r.scenario)
      setProblems('')
    } else setProblems(r.error)
  }

  const loadText = (): void => {
    try {
      load(JSON.parse(text))
    } catch (e) {
      setProblems(`not valid JSON: ${(e as Error).message}`)
    }
  }

  const setPolicy = (policy: PolicyName): void => {
    if (!scenario) return
    const r = variantScenario(scenario, { policy, cores: scenario.machine.cores })
    if (r.ok) setScenario(r.scenario)
    else setProblems(r.error)
  }

  const run = async (): Promise<void> => {
    if (!scenario) return
    abortRef.current?.abort()
    const ac = new AbortController()
    abortRef.current = ac
    setProgress(0)
    setStats('')
    try {
      const r = await runInWorker(scenario, {
        signal: ac.signal,
        onProgress: (f) => setProgress(f)
      })
      setResult(r)
      setRanScenario(scenario)
      setStats(
        `${workersAvailable() ? 'worker' : 'main thread'}: engine ${lastRunTiming.engineMs.toFixed(0)} ms, ` +
          `total ${lastRunTiming.totalMs.toFixed(0)} ms, ${r.trace.segments} segments, ` +
          `${r.trace.states} state changes, ${r.threads.length} threads`
      )
    } catch (e) {
      setStats(
        e instanceof DOMException && e.name === 'AbortError'
          ? 'cancelled'
          : `failed: ${(e as Error).message}`
      )
    } finally {
      if (abortRef.current === ac) {
        abortRef.current = null
        setProgress(null)
      }
    }
  }

  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', padding: 12, display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>SchedLab results harness</strong>
        <label>
          Scenario{' '}
          <select
            aria-label="Scenario source"
            defaultValue={START}
            onChange={(e) => {
              const src = SOURCES[Number(e.target.value)]
              setText(JSON.stringify(src.value, null, 2))
              load(src.value)
            }}
          >
            {SOURCES.map((s, i) => (
              <option key={s.name} value={i}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Policy{' '}
          <select
            aria-label="Policy"
            value={scenario?.scheduler.policy ?? 'rr'}
            onChange={(e) => setPolicy(e.target.value as PolicyName)}
          >
            {POLICY_NAMES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void run()} disabled={!scenario || progress !== null}>
          Run
        </button>
        <span data-testid="run-stats">{stats}</span>
      </div>
      <details>
        <summary>Scenario JSON</summary>
        <textarea
          aria-label="Scenario JSON"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={10}
          style={{ width: '100%', fontFamily: 'monospace' }}
        />
        <button type="button" onClick={loadText}>
          Load JSON
        </button>
        {problems && <pre role="alert">{problems}</pre>}
      </details>
      {scenario && (
        <ResultsPane
          scenario={ranScenario ?? scenario}
          result={result}
          stale={result !== null && ranScenario !== scenario}
          running={
            progress !== null ? { progress, onCancel: () => abortRef.current?.abort() } : undefined
          }
        />
      )}
    </div>
  )
}
