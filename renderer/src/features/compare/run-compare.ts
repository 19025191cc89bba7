// Runs every variant, one after another, through a RunController (the app's is the worker's, so
// each can be cancelled and none blocks the UI), reporting overall progress.
import type { Scenario } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { runOnce } from '../../store/run-once'
import type { RunController } from '../../store/run-slice'
import {
  clusterLabel,
  variantLabel,
  variantScenario,
  type CompareVariant,
  type VariantSpec
} from './variants'

export interface CompareRunOptions {
  onProgress(fraction: number, label: string): void
  onVariant(v: CompareVariant, index: number): void
  signal: AbortSignal
  /** Runs each variant (one at a time). */
  controller: RunController
  /** Language of the variants' labels ("rr q=3 · 4 cores"). */
  lang?: Language
}

export async function runCompare(
  base: Scenario,
  specs: VariantSpec[],
  opts: CompareRunOptions
): Promise<CompareVariant[]> {
  const showCores = new Set(specs.map((s) => s.cores)).size > 1
  const out: CompareVariant[] = []
  for (const [i, spec] of specs.entries()) {
    const built = variantScenario(base, spec)
    const key = `${spec.policy}@${spec.cores}${clusterLabel(spec)}`
    if (!built.ok) {
      const v = {
        ...spec,
        key,
        label:
          variantLabel(
            { ...base.scheduler, policy: spec.policy } as Scenario['scheduler'],
            spec.cores,
            showCores,
            opts.lang
          ) + clusterLabel(spec, opts.lang),
        result: null,
        error: built.error
      }
      out.push(v)
      opts.onVariant(v, i)
      continue
    }
    const label =
      variantLabel(built.scenario.scheduler, spec.cores, showCores, opts.lang) +
      clusterLabel(spec, opts.lang)
    opts.onProgress(i / specs.length, label)
    const { result } = await runOnce(opts.controller, built.scenario, {
      signal: opts.signal,
      onProgress: (f) => opts.onProgress((i + f) / specs.length, label)
    })
    const v = { ...spec, key, label, result }
    out.push(v)
    opts.onVariant(v, i)
  }
  opts.onProgress(1, '')
  return out
}
