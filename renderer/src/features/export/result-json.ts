// The full result as JSON: the same object `schedlab run --format json` prints (the policy's
// rule in English words, as the CLI says it), plus the trace with each typed-array column
// written as a plain array (whatever columns sim-core has).
import { resultForJson, type SimResult, type TraceData } from '../../../../sim-core'
import { translate } from '../../i18n/translate'

type TraceJson = { [K in keyof TraceData]: TraceData[K] extends number ? number : number[] }

export function traceToJson(t: TraceData): TraceJson {
  const out: Record<string, number | number[]> = {}
  for (const [k, v] of Object.entries(t) as [string, unknown][]) {
    if (typeof v === 'number') out[k] = v
    else if (ArrayBuffer.isView(v) && !(v instanceof DataView))
      out[k] = Array.from(v as unknown as ArrayLike<number>)
  }
  return out as TraceJson
}

export function resultJson(result: SimResult): string {
  const rule = result.policyRule
  return JSON.stringify({
    ...resultForJson(result),
    // A data file reads the same whatever the UI language is.
    policyRule: rule ? translate('en', rule.code, rule.params) : '',
    trace: traceToJson(result.trace)
  })
}
