// Compare: pick policies (and optionally core counts), run them all on the same scenario, and
// read grouped bars, overlaid utilization and a table with the best value per row marked.
import { useEffect, useRef, useState } from 'react'
import { POLICY_NAMES, type PolicyName, type Scenario } from '../../../../sim-core'
import { useLanguage, useTranslate } from '../../i18n/context'
import { ChartFrame } from '../charts/ChartFrame'
import type { ThemeColors } from '../charts/theme'
import { RunProgress } from '../../components/RunProgress'
import { createPageRunController } from '../../store/run-here'
import type { RunController } from '../../store/run-slice'
import { barRows, utilizationOverlay, variantLegend } from './compare-data'
import { CompareMetricsChart } from './CompareMetricsChart'
import { CompareTable } from './CompareTable'
import { CompareSweepChart } from './CompareSweepChart'
import { CompareUtilizationChart } from './CompareUtilizationChart'
import { COMPARE_ROWS } from './compare-rows'
import { hasSweep, sweepLegend, sweepMetric, sweepSeries } from './sweep-data'
import { runCompare } from './run-compare'
import { ClusterChoices } from './ClusterChoices'
import { parseVaryField } from './vary-field'
import type { MessageKey } from '../../i18n/en'
import {
  parseCoreCounts,
  policyTitle,
  type Balancer,
  type CompareState,
  type CompareVariant,
  type VariantSpec
} from './variants'

export interface ComparePanelProps {
  scenario: Scenario
  theme: ThemeColors
  state: CompareState | null
  onState(s: CompareState | null): void
  /**
   * Makes the controller the variants run through: the app passes its store's (Web Workers);
   * without one they run on this thread, in chunks.
   */
  createRunController?: () => RunController
}

export function ComparePanel(props: ComparePanelProps) {
  const { scenario, theme, state, onState } = props
  const t = useTranslate()
  // One controller for this panel's variants, apart from the Run button's: they run one at a time.
  const [controller] = useState(() => (props.createRunController ?? createPageRunController)())
  const lang = useLanguage()
  const [policies, setPolicies] = useState<Set<PolicyName>>(
    () => new Set<PolicyName>([scenario.scheduler.policy])
  )
  const [coresText, setCoresText] = useState(String(scenario.machine.cores))
  // The panel outlives the scenario it was opened on (it stays mounted while hidden): when the
  // scenario's policy or size changes, tick its own policy and count again, not the old one's.
  const [seen, setSeen] = useState({
    policy: scenario.scheduler.policy,
    cores: scenario.machine.cores
  })
  if (seen.policy !== scenario.scheduler.policy || seen.cores !== scenario.machine.cores) {
    setSeen({ policy: scenario.scheduler.policy, cores: scenario.machine.cores })
    if (seen.policy !== scenario.scheduler.policy)
      setPolicies(new Set<PolicyName>([scenario.scheduler.policy]))
    if (seen.cores !== scenario.machine.cores) setCoresText(String(scenario.machine.cores))
  }
  // A cluster: the first service's replica counts and balancers to compare.
  const service = scenario.services?.[0]
  const [replicasText, setReplicasText] = useState(String(service?.replicas.length ?? ''))
  const [balancers, setBalancers] = useState<Set<Balancer>>(
    () => new Set<Balancer>([service?.balancer ?? 'round-robin'])
  )
  // Any other field, `PATH=V1,V2` as `schedlab compare --set` takes it.
  const [varyText, setVaryText] = useState('')
  const [progress, setProgress] = useState<{ fraction: number; label: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const abortRef = useRef<AbortController | null>(null)

  // A comparison still running for a scenario that has been replaced stops.
  useEffect(
    () => () => {
      abortRef.current?.abort()
      abortRef.current = null
      setProgress(null)
    },
    [scenario]
  )

  // A cluster's cores are its nodes' (the top-level machine does not run): no core counts to
  // compare there; a node's are varied by path ("Vary a field", nodes[0].machine.cores=1,2).
  const isCluster = (scenario.nodes?.length ?? 0) > 0
  const cores = isCluster ? [scenario.machine.cores] : parseCoreCounts(coresText)
  const plain: VariantSpec[] = POLICY_NAMES.filter((p) => policies.has(p)).flatMap((policy) =>
    cores.map((c) => ({ policy, cores: c }))
  )
  const withCluster: VariantSpec[] = service
    ? plain.flatMap((spec) =>
        parseCoreCounts(replicasText).flatMap((replicas) =>
          [...balancers].map((balancer) => ({ ...spec, replicas, balancer }))
        )
      )
    : plain
  const vary = parseVaryField(varyText, scenario)
  const specs: VariantSpec[] =
    vary?.ok === true
      ? withCluster.flatMap((spec) =>
          vary.values.map((value) => ({ ...spec, field: { parts: vary.parts, value } }))
        )
      : withCluster
  const varyError =
    vary?.ok === false
      ? t(vary.key, {
          ...vary.params,
          ...(vary.params.owner ? { owner: t(vary.params.owner as MessageKey) } : {})
        })
      : null

  const toggle = (p: PolicyName, on: boolean): void =>
    setPolicies((s) => {
      const next = new Set(s)
      if (on) next.add(p)
      else next.delete(p)
      return next
    })

  const run = async (): Promise<void> => {
    abortRef.current?.abort()
    const ac = new AbortController()
    abortRef.current = ac
    setError(null)
    const partial: CompareVariant[] = []
    // The figure chosen for the sweep view stays chosen across runs.
    const chosen = state?.sweepMetric
    onState({ variants: [], timeUnit: scenario.timeUnit, sweepMetric: chosen })
    try {
      await runCompare(scenario, specs, {
        signal: ac.signal,
        controller,
        lang,
        onProgress: (fraction, label) => setProgress({ fraction, label }),
        onVariant: (v) => {
          partial.push(v)
          onState({ variants: [...partial], timeUnit: scenario.timeUnit, sweepMetric: chosen })
        }
      })
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError'))
        setError(e instanceof Error ? e.message : String(e))
    } finally {
      if (abortRef.current === ac) {
        abortRef.current = null
        setProgress(null)
      }
    }
  }

  const variants = state?.variants ?? []
  const doneCount = variants.filter((v) => v.result).length
  const unit = state?.timeUnit ?? scenario.timeUnit
  const overlay = doneCount > 0 ? utilizationOverlay(variants) : null
  const metric = sweepMetric(state?.sweepMetric)
  const sweep = hasSweep(variants) ? sweepSeries(variants, metric) : null

  return (
    <section className="sl-compare" aria-label={t('cmp.label')}>
      <div className="sl-compare-controls">
        <fieldset>
          <legend>{t('cmp.policies')}</legend>
          {POLICY_NAMES.map((p) => (
            <span key={p} className="sl-policy-choice">
              <label>
                <input
                  type="checkbox"
                  checked={policies.has(p)}
                  onChange={(e) => toggle(p, e.target.checked)}
                />
                {p}
              </label>
              <span className="sl-muted"> {policyTitle(p, lang)}</span>
            </span>
          ))}
        </fieldset>
        {isCluster ? (
          <span className="sl-muted">{t('cmp.clusterCores')}</span>
        ) : (
          <>
            <label className="sl-field">
              {t('cmp.cores')}
              <input
                type="text"
                value={coresText}
                onChange={(e) => setCoresText(e.target.value)}
                aria-describedby="sl-cores-help"
                size={12}
              />
            </label>
            <span id="sl-cores-help" className="sl-muted">
              {t('cmp.coresHelp')}
            </span>
          </>
        )}
        {service && (
          <ClusterChoices
            service={service.name}
            replicasText={replicasText}
            onReplicasText={setReplicasText}
            balancers={balancers}
            onBalancers={setBalancers}
          />
        )}
        <label className="sl-field">
          {t('cmp.vary')}
          <input
            type="text"
            value={varyText}
            onChange={(e) => setVaryText(e.target.value)}
            aria-describedby="sl-vary-help"
            aria-invalid={varyError !== null}
            placeholder="scheduler.quantum=2,4,8"
            spellCheck={false}
            size={24}
          />
        </label>
        <span id="sl-vary-help" className="sl-muted">
          {t('cmp.varyHelp')}
        </span>
        <button
          type="button"
          className="sl-primary"
          disabled={specs.length === 0 || varyError !== null || progress !== null}
          onClick={() => void run()}
        >
          {t('cmp.run')}
        </button>
        <span className="sl-muted">{t('cmp.runs', { count: specs.length })}</span>
      </div>
      {progress && (
        <RunProgress
          progress={progress.fraction}
          label={t('cmp.progress', { label: progress.label })}
          onCancel={() => abortRef.current?.abort()}
        />
      )}
      {varyError && (
        <p className="sl-error" role="alert">
          {varyError}
        </p>
      )}
      {error && (
        <p className="sl-error" role="alert">
          {error}
        </p>
      )}
      {doneCount === 0 && !progress && <p className="sl-empty">{t('cmp.empty')}</p>}
      {doneCount > 0 && overlay && (
        <>
          <div className="sl-chart-grid">
            <ChartFrame title={t('chart.compareMetrics')} note={t('cmp.metricsNote')}>
              <CompareMetricsChart
                rows={barRows(variants, lang)}
                variants={variantLegend(variants, false)}
                timeUnit={unit}
                theme={theme}
                lang={lang}
              />
            </ChartFrame>
            <ChartFrame title={t('chart.compareUtilization')} note={t('cmp.utilNote')}>
              <CompareUtilizationChart
                rows={overlay.rows}
                makespan={overlay.makespan}
                variants={variantLegend(variants, true)}
                timeUnit={unit}
                theme={theme}
                lang={lang}
              />
            </ChartFrame>
          </div>
          {sweep && state && (
            <ChartFrame
              title={t('chart.compareSweep')}
              note={t('cmp.sweepNote')}
              controls={
                <label className="sl-field">
                  {t('cmp.sweepMetric')}
                  <select
                    value={metric.key}
                    onChange={(e) => onState({ ...state, sweepMetric: e.target.value })}
                  >
                    {COMPARE_ROWS.map((r) => (
                      <option key={r.key} value={r.key}>
                        {t(r.label)}
                      </option>
                    ))}
                  </select>
                </label>
              }
            >
              <CompareSweepChart
                series={sweep}
                metric={metric}
                policies={sweepLegend(sweep.policies)}
                timeUnit={unit}
                theme={theme}
                lang={lang}
              />
            </ChartFrame>
          )}
          <CompareTable variants={variants} timeUnit={unit} />
        </>
      )}
    </section>
  )
}
