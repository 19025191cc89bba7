// `schedlab run --format json`: the result without its trace, with the policy's rule in words
// (sim-core carries it as data; scripts reading `policyRule` keep getting the sentence).
import { resultForJson, type SimResult } from '../../sim-core'
import { ruleWords } from '../../present/rule-words'

export function resultJsonObject(r: SimResult): Omit<SimResult, 'trace' | 'policyRule'> & {
  policyRule: string
} {
  // Spread first, then replace: the key keeps its place, so the output reads as before.
  return { ...resultForJson(r), policyRule: ruleWords(r.policyRule) }
}
