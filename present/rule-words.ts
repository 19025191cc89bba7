// The policy's pick rule in words: sim-core states it as a code and parameters (a structured
// decision), this words it from a dictionary. RULE_TEXT is the English one: the CLI's words and
// the `rule.*` entries of the app's English dictionary (renderer/src/i18n/en.ts spreads it);
// other languages pass their own. The `{name}` parameters are filled as in validation problems.
import { fillTemplate, type Decision, type RuleCode } from '../sim-core'

export const RULE_TEXT: Record<RuleCode, string> = {
  'rule.head': 'the head of the run queue',
  'rule.nextById': 'the next ready thread by id after the last one on this core',
  'rule.sjf': 'the shortest next CPU burst (ties: first queued)',
  'rule.sjfEstimated': 'the shortest estimated next CPU burst (ties: first queued)',
  'rule.srtf': 'the shortest remaining burst (ties: first queued)',
  'rule.srtfEstimated': 'the shortest estimated remaining burst (ties: first queued)',
  'rule.priority': 'the smallest priority number (ties: first queued)',
  'rule.priorityRr':
    'the smallest priority number, round robin (quantum {quantum}) among equals (ties: first queued)',
  'rule.mlfq': 'the head of the highest non-empty level (level 0 is the highest)',
  'rule.edf':
    'the periodic job with the earliest absolute deadline (ties: the thread listed first), then other threads first queued',
  'rule.rm':
    'the periodic job of the thread with the shortest period (ties: the thread listed first), then other threads first queued',
  'rule.cfs': 'the smallest virtual runtime (ties: first queued)',
  'rule.eevdf':
    'the eligible thread (lag ≥ 0) with the earliest virtual deadline (ties: first queued)',
  'rule.lottery':
    'the winner of a lottery among the ready threads, weighted by tickets (quantum {quantum})',
  'rule.stride':
    'the smallest pass (pass grows by 1 / tickets per tick run; ties: lowest thread id; quantum {quantum})'
}

/** The rule in `words` (English by default); a policy that states no rule has none (''). */
export function ruleWords(
  rule: Decision | null,
  words: Readonly<Record<RuleCode, string>> = RULE_TEXT
): string {
  return rule ? fillTemplate(words[rule.code], rule.params) : ''
}
