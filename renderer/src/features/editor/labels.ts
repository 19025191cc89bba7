// Display names for policies and scheduler parameters: from the dictionary when it has one,
// otherwise sim-core's registry title or the field's own name (a new parameter still shows).
import { POLICY_INFO } from '../../../../sim-core/index'
import { en, type MessageKey } from '../../i18n/en'
import type { Translate } from '../../i18n/translate'

function isKey(k: string): k is MessageKey {
  return Object.hasOwn(en, k)
}

export function policyTitle(policy: string, t: Translate): string {
  const key = `policy.${policy}`
  if (isKey(key)) return t(key)
  const info = (POLICY_INFO as Record<string, { title: string } | undefined>)[policy]
  return info?.title ?? policy
}

export function policyPreemptive(policy: string): boolean | null {
  const info = (POLICY_INFO as Record<string, { preemptive: boolean } | undefined>)[policy]
  return info ? info.preemptive : null
}

export function paramLabel(key: string, t: Translate): string {
  const k = `param.${key}`
  return isKey(k) ? t(k) : key
}

export function paramHint(key: string, t: Translate): string | undefined {
  const k = `param.${key}Hint`
  return isKey(k) ? t(k) : undefined
}
