// Compare's "vary a field" box: `PATH=V1,V2,...`, read by sim-core's set-path parser (the one
// `schedlab compare --set` uses), so a path and its values mean the same in the app and the CLI.
import {
  formatPath,
  parsePath,
  parseSetValues,
  pathProblem,
  type PathPart,
  type Scenario,
  type SetValue
} from '../../../../sim-core'
import type { MessageKey } from '../../i18n/en'

export type VaryField =
  | { ok: true; parts: PathPart[]; values: SetValue[] }
  | { ok: false; key: MessageKey; params: Record<string, string> }

/** Paths the panel's own controls set: a field there would fight them. */
function ownedBy(path: string, cluster: boolean): MessageKey | null {
  if (path === 'scheduler.policy') return 'cmp.policies'
  if (path === 'machine.cores') return 'cmp.cores'
  if (cluster && (path === 'services[0].replicas' || path === 'services[0].balancer'))
    return 'cmp.vary.clusterOwned'
  return null
}

/** The box's text as a path and its values; null when it is empty (nothing varied). */
export function parseVaryField(text: string, scenario: Scenario): VaryField | null {
  if (text.trim() === '') return null
  const eq = text.indexOf('=')
  if (eq < 0) return { ok: false, key: 'cmp.vary.noEquals', params: {} }
  const parts = parsePath(text.slice(0, eq).trim())
  if (!parts) return { ok: false, key: 'cmp.vary.badPath', params: {} }
  const path = formatPath(parts)
  const owner = ownedBy(path, (scenario.services?.length ?? 0) > 0)
  if (owner) return { ok: false, key: 'cmp.vary.owned', params: { path, owner } }
  const why = pathProblem(scenario, parts)
  if (why) return { ok: false, key: 'cmp.vary.missing', params: { path, why } }
  const parsed = parseSetValues(text.slice(eq + 1))
  if (!parsed.ok) return { ok: false, key: 'cmp.vary.badValues', params: { why: parsed.message } }
  return { ok: true, parts, values: parsed.values }
}
