// A validation problem in the app's language: sim-core gives a code and parameters (the CLI
// prints the English message); the dictionaries word it. A problem without a code (the schema's
// own "expected ..., got ..." messages) shows its English message.
import type { Problem } from '../../../sim-core/index'
import { en, type MessageKey } from './en'
import type { Translate } from './translate'

function isKey(k: string): k is MessageKey {
  return Object.hasOwn(en, k)
}

export function problemMessage(p: Problem, t: Translate): string {
  const key = p.code ? `problem.${p.code}` : ''
  return isKey(key) ? t(key, p.params) : p.message
}
